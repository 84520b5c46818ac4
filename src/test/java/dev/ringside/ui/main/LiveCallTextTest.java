package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.phone.HomeCountry;
import dev.ringside.ui.fake.Calls;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "Now" list's line for a call: what a caller sends can neither reverse the number nor fill the window. */
class LiveCallTextTest {

    @BeforeEach
    void us() {
        HomeCountry.set("US");
    }

    @Test
    void aRightToLeftOverrideInTheNameCannotReverseTheNumber() {
        Call c = Calls.ringing("L1", "+15551234567", "Anna\u202E Smith", "777", Instant.now());
        String line = LiveCallText.party(c);
        assertFalse(line.contains("\u202E"), line);
        assertTrue(line.endsWith("(555) 123-4567"), line);
    }

    @Test
    void aHugeNameOrNumberIsCutWithAnEllipsis() {
        Call c = Calls.ringing("L2", "+1" + "5".repeat(200), "x".repeat(5_000), "777", Instant.now());
        String line = LiveCallText.party(c);
        assertTrue(line.length() < 100, line.length() + " characters");
        assertEquals(2, line.chars().filter(ch -> ch == '\u2026').count(), line);
    }
}
