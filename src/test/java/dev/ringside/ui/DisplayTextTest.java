package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void bidiOverridesCannotReverseANumber() {
        // "Bob" then RIGHT-TO-LEFT OVERRIDE: without the fix the number after it shows reversed
        assertEquals("Bob 1234", DisplayText.of("Bob \u202E1234\u202C", 48));
        assertEquals("Eve", DisplayText.of("\u2066\u2067E\u200Bv\u200Fe\u2069\u061C", 48));
        assertEquals("a b", DisplayText.of("a\u0000\u0007 \t\n b\u0085", 48));
    }

    @Test
    void longTextIsCutWithAnEllipsisAndShortTextStays() {
        String digits = "1".repeat(200);
        String shown = DisplayText.of(digits, DisplayText.NUMBER);
        assertEquals(DisplayText.NUMBER, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith("\u2026"));
        assertEquals("Anna Smith", DisplayText.of("  Anna   Smith ", DisplayText.NAME));
        assertEquals("12345", DisplayText.of("12345", 5));
        assertEquals("1234\u2026", DisplayText.of("123456", 5));
        assertEquals("", DisplayText.of(null, 5));
    }

    @Test
    void lettersBeyondTheBasicPlaneAreNeverSplit() {
        String emoji = "\uD83D\uDE00".repeat(10);
        String shown = DisplayText.of(emoji, 4);
        assertEquals("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\u2026", shown);
    }

    @Test
    void aHugeTextCostsNoMoreThanItsFirstFewKilobytes() {
        assertEquals(48, DisplayText.of("x".repeat(10_000_000), 48).length());
    }
}
