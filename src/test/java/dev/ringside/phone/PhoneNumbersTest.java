package dev.ringside.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private final PhoneNumbers ru = new PhoneNumbers("RU");
    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest(name = "{0} at home in RU -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+79123456789      | 8 (912) 345-67-89",
            "89123456789       | 8 (912) 345-67-89",
            "+4930901820       | +49 30 901820",
            "+33142685300      | +33 1 42 68 53 00",
            "+442079460958     | +44 20 7946 0958",
            "+15551234567      | +1 555-123-4567",
            "777               | 777",
            "anonymous         | anonymous"})
    void displaysUnderARussianHome(String raw, String shown) {
        assertEquals(shown, ru.display(raw));
    }

    @ParameterizedTest(name = "{0} at home in US -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+79123456789      | +7 912 345-67-89",
            "+4930901820       | +49 30 901820",
            "+33142685300      | +33 1 42 68 53 00",
            "+442079460958     | +44 20 7946 0958",
            "+15551234567      | (555) 123-4567",
            "15551234567       | (555) 123-4567",
            "777               | 777"})
    void displaysUnderAnAmericanHome(String raw, String shown) {
        assertEquals(shown, us.display(raw));
    }

    @Test
    void everySpellingOfOneNumberHasOneKey() {
        for (String spelling : new String[] {"+7 912 345-67-89", "8 (912) 345-67-89", "tel:+7-912-345-67-89",
                "0079123456789", "+79123456789"}) {
            assertEquals("+79123456789", ru.canonical(spelling), spelling);
        }
        assertEquals("+15551234567", us.canonical("tel:+1-555-123-4567"));
        assertEquals("+15551234567", us.canonical("(555) 123-4567"));
    }

    @Test
    void extensionsAndTextKeepTheirDigitsOrNothing() {
        assertEquals("777", ru.canonical("777"));
        assertTrue(PhoneNumbers.isExtension("777"));
        assertFalse(PhoneNumbers.isExtension("+777"));
        assertNull(ru.canonical("anonymous"));
        assertEquals("", ru.display(null));
    }

    @Test
    void hostileInputIsBoundedAndKept() {
        String longDigits = "1".repeat(10_000);
        assertEquals(longDigits, ru.display(longDigits));
        assertEquals(PhoneNumbers.MAX_INPUT, ru.canonical(longDigits).length());
    }

    @Test
    void homeCountryComesFromTheLocale() {
        assertEquals("RU", PhoneNumbers.forLocale(Locale.forLanguageTag("ru-RU")).homeRegion());
        assertEquals("ZZ", PhoneNumbers.forLocale(Locale.ENGLISH).homeRegion());
        assertEquals("+4930901820", PhoneNumbers.forLocale(Locale.ENGLISH).canonical("+49 30 901820"));
    }
}
