package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TelLinkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tel:+1-555-123-4567          | +15551234567",
        "callto:5551234567            | 5551234567",
        "callto://5551234567          | 5551234567",
        "callto://5551234567/         | 5551234567",
        "tel:777;phone-context=example.com | 777",
        "TEL:+44 (20) 7946.0958       | +442079460958",
        "tel:%2B49%2030%20123456      | +4930123456",
        "tel:+1-555-0100?body=hi      | +15550100",
        "tel://*72#                   | *72#",
        "555 0100                     | 5550100",
        "dial-free 0800               | ",
    })
    void parsesDialableNumbers(String link, String expected) {
        if (expected == null) {
            assertThrows(IllegalArgumentException.class, () -> TelLink.parse(link));
        } else {
            assertEquals(expected, TelLink.parse(link));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel:", "callto://", "tel:;phone-context=x", "callto:echo123", "tel:555-0100x12",
        "http://example.com", "tel:1+2", "tel:%zz", "   "})
    void rejectsGarbageWithAClearMessage(String link) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TelLink.parse(link));
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("Exception"));
    }

    @Test
    void messageNamesTheOffendingText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TelLink.parse("callto:echo123"));
        assertTrue(e.getMessage().contains("callto:echo123"), e.getMessage());
    }

    @Test
    void rejectsAbsurdlyLongNumbers() {
        assertThrows(IllegalArgumentException.class, () -> TelLink.parse("tel:" + "1".repeat(33)));
        assertEquals("1".repeat(32), TelLink.parse("tel:" + "1".repeat(32)));
    }

    @Test
    void recognisesLinks() {
        assertTrue(TelLink.isLink("tel:1"));
        assertTrue(TelLink.isLink(" CallTo:1"));
        assertFalse(TelLink.isLink("dial"));
        assertFalse(TelLink.isLink(null));
    }
}
