package dev.ringside.ami;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Asterisk applies a session's filters, written from manager.c for the tests: legacy filters
 * are POSIX regexes over the whole event text ('!' excludes); advanced ones test one header's
 * value (or the event name) with a method; includes first, then excludes.
 */
final class AsteriskFilterModel {

    private static final Pattern CRITERIA = Pattern.compile(
            "action\\((include|exclude)\\)(?:,name\\(([^)]*)\\))?(?:,header\\(([^)]*)\\))?(?:,method\\((regex|exact|starts_with|ends_with|contains|none)\\))?");

    private AsteriskFilterModel() {
    }

    /** POSIX ERE as used here -> java.util.regex. */
    static Pattern posix(String regex) {
        // regcomp(REG_EXTENDED) without REG_NEWLINE: '.' also matches a line end
        return Pattern.compile(regex.replace("[[:space:]]", "\\s"), Pattern.DOTALL);
    }

    static boolean passes(List<OperatorEventFilter.FilterSpec> filters, TranscriptBlocks.Block event) {
        boolean anyInclude = false;
        boolean included = false;
        boolean excluded = false;
        for (OperatorEventFilter.FilterSpec spec : filters) {
            boolean exclude;
            boolean match;
            if (spec.matchCriteria() == null) {
                exclude = spec.filter().startsWith("!");
                String regex = exclude ? spec.filter().substring(1) : spec.filter();
                match = posix(regex).matcher(event.text()).find();
            } else {
                Matcher m = CRITERIA.matcher(spec.matchCriteria());
                if (!m.matches()) {
                    throw new IllegalArgumentException("Asterisk would refuse: " + spec.matchCriteria());
                }
                exclude = m.group(1).equals("exclude");
                String name = m.group(2);
                String header = m.group(3);
                String method = m.group(4) == null ? (spec.filter().isEmpty() ? "none" : "regex") : m.group(4);
                match = (name == null || name.equals(event.name()))
                        && (header == null ? matches(method, event.text(), spec.filter())
                            : event.header(header) != null && matches(method, event.header(header), spec.filter()));
            }
            if (exclude) {
                excluded |= match;
            } else {
                anyInclude = true;
                included |= match;
            }
        }
        return (!anyInclude || included) && !excluded;
    }

    private static boolean matches(String method, String value, String filter) {
        switch (method) {
            case "exact":
                return value.equals(filter);
            case "starts_with":
                return value.startsWith(filter);
            case "ends_with":
                return value.endsWith(filter);
            case "contains":
                return value.contains(filter);
            case "none":
                return true;
            default:
                return posix(filter).matcher(value).find();
        }
    }
}
