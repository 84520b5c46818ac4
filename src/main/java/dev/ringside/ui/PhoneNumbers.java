package dev.ringside.ui;

import java.util.Set;
import java.util.regex.Pattern;

/** Makes phone numbers readable without ever dropping a digit. */
public final class PhoneNumbers {

    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9 ()./-]+");
    /** Country codes with one or two digits (ITU E.164); all others have three. */
    private static final Set<String> SHORT_COUNTRY_CODES = Set.of(
            "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45",
            "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62",
            "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

    private PhoneNumbers() {
    }

    /**
     * {@code +15551234567} becomes {@code +1 555 123 4567}; extensions (up to 6 digits) stay as
     * they are; text that is not a number (anonymous, a SIP URI) is returned unchanged; null is "".
     */
    public static String format(String number) {
        if (number == null) {
            return "";
        }
        String trimmed = number.trim();
        if (!DIALLABLE.matcher(trimmed).matches()) {
            return trimmed;
        }
        boolean international = trimmed.startsWith("+");
        String digits = trimmed.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return trimmed;
        }
        if (!international) {
            if (digits.length() <= 6) {
                return digits;
            }
            if (digits.length() == 11 && digits.startsWith("1")) {
                return "1 " + group(digits.substring(1));
            }
            return group(digits);
        }
        String countryCode = countryCode(digits);
        String rest = digits.substring(countryCode.length());
        return rest.isEmpty() ? "+" + countryCode : "+" + countryCode + " " + group(rest);
    }

    private static String countryCode(String digits) {
        for (int length = 1; length <= 2 && length < digits.length(); length++) {
            if (SHORT_COUNTRY_CODES.contains(digits.substring(0, length))) {
                return digits.substring(0, length);
            }
        }
        return digits.substring(0, Math.min(3, digits.length() - 1));
    }

    /** Groups of three from the left, the last group taking four rather than leaving one alone. */
    private static String group(String digits) {
        if (digits.length() <= 4) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (digits.length() - i > 4) {
            out.append(digits, i, i + 3).append(' ');
            i += 3;
        }
        return out.append(digits.substring(i)).toString();
    }
}
