package dev.ringside.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Against CLDR's own sample numbers (common/supplemental/plurals.xml, cardinal, whole numbers:
 * "@integer"). Fractions are out of scope: Ringside only counts whole things.
 */
class PluralRulesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void russianOneFollowsCldrSamples() {
        // one: v = 0 and i % 10 = 1 and i % 100 != 11; @integer 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …
        assertAll(RU, PluralCategory.ONE, 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, 100_001, 1_000_021);
    }

    @Test
    void russianFewFollowsCldrSamples() {
        // few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; @integer 2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002, …
        assertAll(RU, PluralCategory.FEW, 2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002);
    }

    @Test
    void russianManyFollowsCldrSamples() {
        // many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14;
        // @integer 0, 5~19, 100, 1000, 10000, 100000, 1000000, …
        assertAll(RU, PluralCategory.MANY, 0, 100, 1000, 10_000, 100_000, 1_000_000, 111, 112, 114, 1011, 1012);
        assertAll(RU, PluralCategory.MANY, LongStream.rangeClosed(5, 19).toArray());
    }

    @Test
    void englishOneIsOnlyOne() {
        // one: i = 1 and v = 0; @integer 1
        assertAll(Locale.ENGLISH, PluralCategory.ONE, 1);
        // other: @integer 0, 2~16, 100, 1000, 10000, 100000, 1000000, …
        assertAll(Locale.ENGLISH, PluralCategory.OTHER, 0, 100, 1000, 10_000, 100_000, 1_000_000, 21, 101);
        assertAll(Locale.ENGLISH, PluralCategory.OTHER, LongStream.rangeClosed(2, 16).toArray());
    }

    @Test
    void theMissedCallCountsTheIssueNames() {
        assertEquals(PluralCategory.ONE, PluralRules.select(RU, 1));
        assertEquals(PluralCategory.FEW, PluralRules.select(RU, 2));
        assertEquals(PluralCategory.MANY, PluralRules.select(RU, 5));
        assertEquals(PluralCategory.MANY, PluralRules.select(RU, 11));
        assertEquals(PluralCategory.ONE, PluralRules.select(RU, 21));
        assertEquals(PluralCategory.FEW, PluralRules.select(RU, 22));
    }

    @Test
    void otherLanguagesFallBackToEnglishRules() {
        assertEquals(PluralCategory.ONE, PluralRules.select(Locale.GERMAN, 1));
        assertEquals(PluralCategory.OTHER, PluralRules.select(Locale.GERMAN, 2));
    }

    private static void assertAll(Locale locale, PluralCategory expected, long... numbers) {
        for (long n : numbers) {
            assertEquals(expected, PluralRules.select(locale, n), locale + " " + n);
        }
    }
}
