package dev.ringside.ui.i18n;

import java.util.Locale;

/**
 * CLDR's cardinal plural rules for the languages Ringside ships (English and Russian), for whole
 * numbers. Russian: one = n%10 is 1 and n%100 is not 11; few = n%10 in 2..4 and n%100 not in 12..14;
 * many = the rest. English: one = 1; other = the rest. Other languages fall back to English.
 */
public final class PluralRules {

    private PluralRules() {
    }

    public static PluralCategory select(Locale locale, long count) {
        long n = Math.abs(count);
        if ("ru".equals(locale.getLanguage())) {
            long mod10 = n % 10;
            long mod100 = n % 100;
            if (mod10 == 1 && mod100 != 11) {
                return PluralCategory.ONE;
            }
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return PluralCategory.FEW;
            }
            return PluralCategory.MANY;
        }
        return n == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
    }
}
