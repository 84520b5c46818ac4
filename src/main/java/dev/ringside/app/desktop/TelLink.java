package dev.ringside.app.desktop;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns what the OS hands us for a clicked {@code tel:} / {@code callto:} link (or a bare number
 * typed after {@code dial}) into a dialable number: digits, an optional leading {@code +}, and the
 * {@code *} / {@code #} keys. Visual separators are dropped, {@code ;parameters} such as
 * {@code phone-context} and {@code ?queries} are ignored.
 */
public final class TelLink {

    static final int MAX_DIGITS = 32;

    private TelLink() {
    }

    /** True if the text starts with a scheme this class understands. */
    public static boolean isLink(String text) {
        String lower = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("tel:") || lower.startsWith("callto:");
    }

    /**
     * @throws IllegalArgumentException with a message fit for the operator when the text is not a
     *     phone number
     */
    public static String parse(String link) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("No phone number given.");
        }
        String text = link.trim();
        String rest = stripScheme(text);
        rest = decode(rest, text);
        int cut = indexOfAny(rest, ";?");
        if (cut >= 0) {
            rest = rest.substring(0, cut);
        }
        StringBuilder number = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c >= '0' && c <= '9') {
                number.append(c);
                digits++;
            } else if (c == '*' || c == '#') {
                number.append(c);
            } else if (c == '+' && number.length() == 0) {
                number.append(c);
            } else if (c == '-' || c == '.' || c == ' ' || c == '(' || c == ')' || c == '/') {
                // visual separators allowed by RFC 3966
            } else {
                throw new IllegalArgumentException("\"" + text + "\" is not a phone number (unexpected '" + c + "').");
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("\"" + text + "\" holds no digits to dial.");
        }
        if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException("\"" + text + "\" is too long to be a phone number.");
        }
        return number.toString();
    }

    private static String stripScheme(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("tel:")) {
            rest = text.substring(4);
        } else if (lower.startsWith("callto:")) {
            rest = text.substring(7);
        } else {
            return text;
        }
        // browsers and Skype-era pages also write tel://... and callto://...
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest;
    }

    private static String decode(String rest, String original) {
        if (rest.indexOf('%') < 0) {
            return rest;
        }
        try {
            // keep '+' literal: in tel: URIs it is the international prefix, not a space
            return URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + original + "\" is not a valid link (bad % escape).");
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
