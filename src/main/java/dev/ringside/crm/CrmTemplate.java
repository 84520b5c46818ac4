package dev.ringside.crm;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A CRM link with placeholders, e.g. {@code https://crm.example/search?phone={number}&name={name}&call={linkedid}}.
 * Each value is percent-encoded (UTF-8, everything but RFC 3986's unreserved characters), so a
 * caller's name can neither add parameters nor leave the page the template names. Only http and
 * https templates are accepted, and no placeholder may stand in the scheme or host: a caller can
 * never choose which program or site opens.
 */
public final class CrmTemplate {

    public static final int MAX_LENGTH = 2_000;
    private static final Map<String, Function<CrmValues, String>> PLACEHOLDERS = Map.of(
            "number", CrmValues::number,
            "e164", CrmValues::e164,
            "name", CrmValues::name,
            "company", CrmValues::company,
            "linkedid", CrmValues::linkedId,
            "extension", CrmValues::extension);

    /** Why a template cannot be used; the settings screen says each in the operator's words. */
    public enum Problem {
        EMPTY, TOO_LONG, NOT_HTTP, PLACEHOLDER_IN_SITE, UNCLOSED_BRACE, UNKNOWN_PLACEHOLDER, NO_SITE, NOT_AN_ADDRESS
    }

    /** A template that cannot be used: why, in English (the log) and as a {@link Problem} (the screen). */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String detail;

        Invalid(Problem problem, String detail, String message) {
            super(message);
            this.problem = problem;
            this.detail = detail;
        }

        public Problem problem() {
            return problem;
        }

        /** The part of the template at fault (an unknown placeholder's name), else "". */
        public String detail() {
            return detail;
        }
    }

    private sealed interface Part permits Text, Placeholder {
    }

    private record Text(String text) implements Part {
    }

    private record Placeholder(String name) implements Part {
    }

    private final String template;
    private final List<Part> parts;

    private CrmTemplate(String template, List<Part> parts) {
        this.template = template;
        this.parts = parts;
    }

    /**
     * Checks and reads a template.
     *
     * @throws IllegalArgumentException with words for the operator when it cannot be used
     */
    public static CrmTemplate parse(String template) {
        String t = template == null ? "" : template.strip();
        if (t.isEmpty()) {
            throw new Invalid(Problem.EMPTY, "", "The CRM link is empty.");
        }
        if (t.length() > MAX_LENGTH) {
            throw new Invalid(Problem.TOO_LONG, "", "The CRM link is longer than " + MAX_LENGTH + " characters.");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int afterScheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (afterScheme < 0) {
            throw new Invalid(Problem.NOT_HTTP, "", "The CRM link must start with https:// or http://");
        }
        int hostEnd = endOfHost(t, afterScheme);
        if (t.substring(0, hostEnd).contains("{")) {
            throw new Invalid(Problem.PLACEHOLDER_IN_SITE, "",
                    "The CRM link's site must be written out: no {placeholder} before the first /.");
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            if (open < 0) {
                parts.add(new Text(t.substring(i)));
                break;
            }
            int close = t.indexOf('}', open);
            if (close < 0) {
                throw new Invalid(Problem.UNCLOSED_BRACE, "", "The CRM link has a { without its }.");
            }
            String name = t.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
            if (!PLACEHOLDERS.containsKey(name)) {
                throw new Invalid(Problem.UNKNOWN_PLACEHOLDER, "{" + t.substring(open + 1, close) + "}",
                        "The CRM link has an unknown placeholder {" + t.substring(open + 1, close)
                        + "}; known: {number}, {e164}, {name}, {company}, {linkedid}, {extension}.");
            }
            if (open > i) {
                parts.add(new Text(t.substring(i, open)));
            }
            parts.add(new Placeholder(name));
            i = close + 1;
        }
        CrmTemplate parsed = new CrmTemplate(t, List.copyOf(parts));
        try {
            URI sample = parsed.expand(new CrmValues("1", "+1", "a", "b", "c", "d"));
            if (sample.getHost() == null || sample.getHost().isEmpty()) {
                throw new Invalid(Problem.NO_SITE, "", "The CRM link names no site.");
            }
        } catch (IllegalStateException e) {
            Invalid invalid = new Invalid(Problem.NOT_AN_ADDRESS, "", "The CRM link is not a valid address: " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
        return parsed;
    }

    /** What is wrong with {@code template}, in English, or null when it can be used. */
    public static String problem(String template) {
        Invalid invalid = check(template);
        return invalid == null ? null : invalid.getMessage();
    }

    /** Why {@code template} cannot be used, or null when it can. */
    public static Invalid check(String template) {
        try {
            parse(template);
            return null;
        } catch (Invalid e) {
            return e;
        }
    }

    /** The link for one call, every value percent-encoded. */
    public URI expand(CrmValues values) {
        StringBuilder sb = new StringBuilder(template.length() + 64);
        for (Part part : parts) {
            if (part instanceof Text text) {
                sb.append(text.text());
            } else {
                String value = PLACEHOLDERS.get(((Placeholder) part).name()).apply(values);
                sb.append(encode(value == null ? "" : value));
            }
        }
        try {
            return new URI(sb.toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e.getReason(), e);
        }
    }

    public String text() {
        return template;
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters (so {@code +} becomes {@code %2B}). */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder(value.length() * 3);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static int endOfHost(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return t.length();
    }

    @Override
    public String toString() {
        return template;
    }
}
