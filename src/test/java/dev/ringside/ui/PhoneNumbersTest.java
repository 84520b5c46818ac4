package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "+15551234567, +1 555 123 4567",
        "+442079460958, +44 207 946 0958",
        "+79123456789, +7 912 345 6789",
        "+35312345678, +353 123 456 78",
        "5551234567, 555 123 4567",
        "15551234567, 1 555 123 4567",
        "777, 777",
        "2041, 2041",
        "123456, 123456",
    })
    void formatsReadably(String raw, String expected) {
        assertEquals(expected, PhoneNumbers.format(raw));
    }

    @Test
    void leavesNonNumbersAlone() {
        assertEquals("anonymous", PhoneNumbers.format("anonymous"));
        assertEquals("sip:bob@example.com", PhoneNumbers.format("sip:bob@example.com"));
        assertEquals("", PhoneNumbers.format(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+15551234567", "+4930123456789", "0049 30 1234-5678", "+1", "+12", "1234567",
        "+8613812345678", "(555) 123-4567", "+999123"})
    void neverLosesADigit(String raw) {
        String formatted = PhoneNumbers.format(raw);
        assertEquals(raw.replaceAll("\\D", ""), formatted.replaceAll("\\D", ""), formatted);
        assertEquals(raw.trim().startsWith("+"), formatted.startsWith("+"), formatted);
    }
}
