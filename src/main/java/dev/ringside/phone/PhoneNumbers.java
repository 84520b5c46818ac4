package dev.ringside.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Phone numbers the way the operator's country writes them, through Google's libphonenumber:
 * E.164 to store and match ({@code +79123456789}), the national format for numbers of the home
 * country ({@code 8 (912) 345-67-89}), the international one for the rest
 * ({@code +49 30 901820}). Internal extensions (short all-digit numbers) and text that is not a
 * number ({@code anonymous}, a SIP URI) stay as they are; no digit is ever dropped.
 *
 * <p>Immutable and thread-safe; one instance per home country.
 */
public final class PhoneNumbers {

    /** libphonenumber refuses longer input anyway; bounding it first keeps hostile text cheap. */
    static final int MAX_INPUT = 64;
    /** Extensions and feature codes: up to this many digits without a leading {@code +} are internal. */
    static final int MAX_EXTENSION_DIGITS = 6;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String homeRegion;

    /** @param homeRegion ISO 3166 country code ({@code RU}, {@code US}); unknown or blank means none */
    public PhoneNumbers(String homeRegion) {
        String region = homeRegion == null ? "" : homeRegion.trim().toUpperCase(Locale.ROOT);
        this.homeRegion = UTIL.getSupportedRegions().contains(region) ? region : "ZZ";
    }

    /** The home country a locale suggests: {@code ru_RU} gives RU, {@code en} alone gives none. */
    public static PhoneNumbers forLocale(Locale locale) {
        return new PhoneNumbers(locale == null ? "" : locale.getCountry());
    }

    /** The ISO codes of every country whose numbers libphonenumber knows, sorted. */
    public static SortedSet<String> regions() {
        return new TreeSet<>(UTIL.getSupportedRegions());
    }

    /** ISO code of the home country, or {@code ZZ} when none is set. */
    public String homeRegion() {
        return homeRegion;
    }

    /**
     * The number in E.164 when it is a full phone number ({@code 8 912 345-67-89} at home in RU,
     * {@code tel:+1-555-123-4567}, {@code 00 49 30 901820}); empty for extensions, partial numbers
     * and text.
     */
    public Optional<String> e164(String raw) {
        return parse(raw).map(n -> UTIL.format(n, PhoneNumberFormat.E164));
    }

    /**
     * The key a number is stored and matched by: E.164 when it is a full number, else its digits
     * (an extension, {@code *8}), else null (no digits at all). Any spelling of one number gives one key.
     */
    public String canonical(String raw) {
        Optional<String> e164 = e164(raw);
        if (e164.isPresent()) {
            return e164.get();
        }
        String digits = digits(raw);
        return digits.isEmpty() ? null : digits;
    }

    /** The number as the operator reads it; never null. */
    public String display(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        Optional<PhoneNumber> parsed = parse(trimmed);
        if (parsed.isEmpty()) {
            return trimmed;
        }
        PhoneNumber number = parsed.get();
        // by country code, not region: a Canadian number is dialled nationally from the US (+1), a
        // Kazakh one from Russia (+7), and a number in an unassigned range still reads nationally
        boolean home = number.getCountryCode() == UTIL.getCountryCodeForRegion(homeRegion);
        return UTIL.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /** True for an internal extension: a short all-digit number without {@code +}. */
    public static boolean isExtension(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_EXTENSION_DIGITS) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Only the digits of {@code raw} ("" for null). */
    public static String digits(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_INPUT));
        for (int i = 0; i < raw.length() && out.length() < MAX_INPUT; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Optional<PhoneNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.regionMatches(true, 0, "tel:", 0, 4) || s.regionMatches(true, 0, "sip:", 0, 4)) {
            s = s.substring(4);
            int params = s.indexOf(';');
            int at = s.indexOf('@');
            int cut = params < 0 ? at : at < 0 ? params : Math.min(params, at);
            if (cut >= 0) {
                s = s.substring(0, cut);
            }
        }
        if (s.isEmpty() || s.length() > MAX_INPUT || isExtension(s) || !looksDiallable(s)) {
            return Optional.empty();
        }
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(s, homeRegion);
            return UTIL.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static boolean looksDiallable(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (" +-().\u00a0/".indexOf(c) < 0) {
                return false;
            }
        }
        return digits > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumbers other && other.homeRegion.equals(homeRegion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(homeRegion);
    }

    @Override
    public String toString() {
        return "PhoneNumbers[" + homeRegion + "]";
    }
}
