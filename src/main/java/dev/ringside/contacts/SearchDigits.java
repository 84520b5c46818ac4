package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The digit strings one number is found by when typed or stored in another spelling: the E.164
 * digits ({@code 79123456789}), the home country's national spelling ({@code 89123456789}) and the
 * digits as written.
 */
final class SearchDigits {

    static final int MAX = 140;

    private SearchDigits() {
    }

    static Set<String> variants(ContactNumber number, PhoneNumbers phone) {
        Set<String> out = new LinkedHashSet<>();
        add(out, PhoneNumbers.digits(number.key()));
        add(out, PhoneNumbers.digits(phone.display(number.key())));
        add(out, PhoneNumbers.digits(number.number()));
        return out;
    }

    /** The variants in one column value, space-separated, cut to the column's width. */
    static String column(ContactNumber number, PhoneNumbers phone) {
        String joined = String.join(" ", variants(number, phone));
        return joined.length() <= MAX ? joined : joined.substring(0, MAX);
    }

    private static void add(Set<String> out, String digits) {
        if (!digits.isEmpty()) {
            out.add(digits);
        }
    }
}
