package dev.ringside.history;

import java.util.regex.Pattern;

/** The digits of a phone number, so that searches and matches ignore formatting ("+7 (912) 345-67-89"). */
final class PhoneDigits {

    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9\\s+\\-().]*[0-9][0-9\\s+\\-().]*");

    private PhoneDigits() {
    }

    /** Only the digits of {@code number}; null when it has none (null, "anonymous", a SIP URI without digits). */
    static String of(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() == 0 ? null : digits.toString();
    }

    /** True when the text is a (possibly formatted) number rather than a name. */
    static boolean looksLikeNumber(String text) {
        return text != null && NUMBER_LIKE.matcher(text).matches();
    }
}
