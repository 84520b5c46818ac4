package dev.ringside.history;

import dev.ringside.phone.HomeCountry;
import dev.ringside.phone.PhoneNumbers;
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

    /**
     * The key a number is stored and matched by: the digits of its E.164 form when it is a full
     * number in the operator's country ({@link HomeCountry}), so that "8 912 345-67-89" and
     * "+7 912 345 67 89" are one caller; else its digits, as {@link #of}; null when it has none.
     */
    static String key(String number) {
        String canonical = HomeCountry.numbers().canonical(number);
        return canonical == null ? null : PhoneNumbers.digits(canonical);
    }

    /** True when the text is a (possibly formatted) number rather than a name. */
    static boolean looksLikeNumber(String text) {
        return text != null && NUMBER_LIKE.matcher(text).matches();
    }
}
