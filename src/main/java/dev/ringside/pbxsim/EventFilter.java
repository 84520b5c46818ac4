package dev.ringside.pbxsim;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One AMI event filter as Asterisk keeps it: a legacy POSIX regex over the whole event text
 * (leading {@code !} excludes) or an advanced {@code MatchCriteria} filter
 * ({@code action(include|exclude),name(X),header(H),method(regex|exact|starts_with|ends_with|contains|none)}).
 */
final class EventFilter {

    enum Method { REGEX, EXACT, STARTS_WITH, ENDS_WITH, CONTAINS, NONE }

    /** Why Asterisk refuses a filter; the message is the one its Filter action answers. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    static final String FORMAT_ERROR = "Filter was formatted incorrectly";
    static final String COMPILE_ERROR = "Filter did not compile.  Check the syntax of the filter given.";

    private static final Pattern CRITERION = Pattern.compile("([a-z_]+)\\(([^()]*)\\)");
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alpha", "Alpha"), Map.entry("digit", "Digit"), Map.entry("alnum", "Alnum"),
            Map.entry("space", "Space"), Map.entry("upper", "Upper"), Map.entry("lower", "Lower"),
            Map.entry("punct", "Punct"), Map.entry("xdigit", "XDigit"), Map.entry("blank", "Blank"),
            Map.entry("cntrl", "Cntrl"), Map.entry("print", "Print"), Map.entry("graph", "Graph"));

    private final boolean include;
    private final String eventName;
    private final String header;
    private final Method method;
    private final String value;
    private final Pattern regex;

    private EventFilter(boolean include, String eventName, String header, Method method, String value)
            throws Refused {
        this.include = include;
        this.eventName = eventName;
        this.header = header;
        this.method = method;
        this.value = value;
        this.regex = method == Method.REGEX ? compilePosix(value) : null;
    }

    /** Unchecked variant for manager.conf-style configuration given in code. */
    static EventFilter parse(String matchCriteria, String filter) {
        try {
            return create(matchCriteria, filter);
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + matchCriteria + " / " + filter, e);
        }
    }

    /**
     * As the Filter action and manager.conf: criteria null or blank means a legacy filter. A value
     * starting with '!' excludes, unless the criteria say {@code action(...)} themselves.
     */
    static EventFilter create(String matchCriteria, String filter) throws Refused {
        String value = filter == null ? "" : filter;
        boolean bang = value.startsWith("!");
        if (bang) {
            value = value.substring(1);
        }
        if (matchCriteria == null || matchCriteria.isBlank()) {
            return new EventFilter(!bang, null, null, Method.REGEX, value);
        }
        Boolean include = null;
        String name = null;
        String header = null;
        Method method = null;
        for (String part : matchCriteria.split(",")) {
            Matcher m = CRITERION.matcher(part.trim());
            if (!m.matches()) {
                throw new Refused(FORMAT_ERROR);
            }
            String arg = m.group(2).trim();
            switch (m.group(1)) {
                case "action":
                    if (!arg.equals("include") && !arg.equals("exclude")) {
                        throw new Refused(FORMAT_ERROR);
                    }
                    include = arg.equals("include");
                    break;
                case "name":
                    name = arg;
                    break;
                case "header":
                    header = arg.endsWith(":") ? arg.substring(0, arg.length() - 1) : arg;
                    break;
                case "method":
                    method = method(arg);
                    break;
                default:
                    throw new Refused(FORMAT_ERROR);
            }
        }
        if (method == null) {
            method = value.isEmpty() ? Method.NONE : Method.REGEX;
        }
        return new EventFilter(include != null ? include : !bang, name, header, method, value);
    }

    private static Method method(String arg) throws Refused {
        switch (arg) {
            case "regex": return Method.REGEX;
            case "exact": return Method.EXACT;
            case "starts_with": return Method.STARTS_WITH;
            case "ends_with": return Method.ENDS_WITH;
            case "contains": return Method.CONTAINS;
            case "none": return Method.NONE;
            default: throw new Refused(FORMAT_ERROR);
        }
    }

    /** Asterisk compiles filters as POSIX extended regexes; Java needs its own class syntax. */
    private static Pattern compilePosix(String posix) throws Refused {
        String java = posix;
        for (Map.Entry<String, String> e : POSIX_CLASSES.entrySet()) {
            java = java.replace("[:" + e.getKey() + ":]", "\\p{" + e.getValue() + "}");
        }
        try {
            // regcomp(REG_EXTENDED) without REG_NEWLINE: '.' matches a line end too
            return Pattern.compile(java, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new Refused(COMPILE_ERROR);
        }
    }

    boolean isInclude() {
        return include;
    }

    /**
     * manager.c: a name is compared exactly (by hash); a header filter tests every line that
     * begins with "Header:" (case matters, so header(Channel) never reads DestChannel), skipping
     * empty values; without a header the whole event text is tested.
     */
    boolean matches(AmiMessage event) {
        if (eventName != null && !eventName.equals(event.get("Event"))) {
            return false;
        }
        if (header == null) {
            return test(event.body());
        }
        for (String[] h : event.headers()) {
            if (h[0].equals(header) && !h[1].isBlank() && test(h[1].stripLeading())) {
                return true;
            }
        }
        return false;
    }

    private boolean test(String subject) {
        switch (method) {
            case REGEX: return regex.matcher(subject).find();
            case EXACT: return subject.equals(value);
            case STARTS_WITH: return subject.startsWith(value);
            case ENDS_WITH: return subject.endsWith(value);
            case CONTAINS: return subject.contains(value);
            default: return true;
        }
    }
}
