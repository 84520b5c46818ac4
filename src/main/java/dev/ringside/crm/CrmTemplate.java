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
            throw new IllegalArgumentException("The CRM link is empty.");
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The CRM link is longer than " + MAX_LENGTH + " characters.");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int afterScheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (afterScheme < 0) {
            throw new IllegalArgumentException("The CRM link must start with https:// or http://");
        }
        int hostEnd = endOfHost(t, afterScheme);
        if (t.substring(0, hostEnd).contains("{")) {
            throw new IllegalArgumentException("The CRM link's site must be written out: no {placeholder} before the first /.");
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
                throw new IllegalArgumentException("The CRM link has a { without its }.");
            }
            String name = t.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
            if (!PLACEHOLDERS.containsKey(name)) {
                throw new IllegalArgumentException("The CRM link has an unknown placeholder {" + t.substring(open + 1, close)
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
                throw new IllegalArgumentException("The CRM link names no site.");
            }
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("The CRM link is not a valid address: " + e.getMessage(), e);
        }
        return parsed;
    }

    /** What is wrong with {@code template} in words for the operator, or null when it can be used. */
    public static String problem(String template) {
        try {
            parse(template);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
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
