package dev.ringside.contacts;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.ringside.phone.PhoneNumbers;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The digit strings one number is found by when typed or stored in another spelling: the E.164
 * digits ({@code 79123456789}), and for a number of the home country its national significant
 * number ({@code 9123456789}) and national spelling with the trunk prefix ({@code 89123456789}),
 * plus the digits as written. Worked out from the key with string operations: an import of
 * 100,000 contacts cannot afford to parse every number a second time.
 */
final class SearchDigits {

    static final int MAX = 140;

    private final String homeCountryCode;
    private final String trunkPrefix;

    SearchDigits(PhoneNumbers phone) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        int code = util.getCountryCodeForRegion(phone.homeRegion());
        this.homeCountryCode = code == 0 ? null : "+" + code;
        String ndd = code == 0 ? null : util.getNddPrefixForRegion(phone.homeRegion(), true);
        this.trunkPrefix = ndd == null ? "" : ndd;
    }

    Set<String> variants(ContactNumber number) {
        Set<String> out = new LinkedHashSet<>();
        String key = number.key();
        add(out, PhoneNumbers.digits(key));
        if (homeCountryCode != null && key.startsWith(homeCountryCode) && key.length() > homeCountryCode.length()) {
            String nsn = key.substring(homeCountryCode.length());
            add(out, nsn);
            if (!trunkPrefix.isEmpty()) {
                add(out, trunkPrefix + nsn);
            }
        }
        add(out, PhoneNumbers.digits(number.number()));
        return out;
    }

    /** The variants in one column value, space-separated, cut to the column's width. */
    String column(ContactNumber number) {
        String joined = String.join(" ", variants(number));
        return joined.length() <= MAX ? joined : joined.substring(0, MAX);
    }

    private static void add(Set<String> out, String digits) {
        if (!digits.isEmpty()) {
            out.add(digits);
        }
    }
}
