package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchRequestTest {

    @Test
    void noArgumentsOrShowMeanShow() {
        assertEquals(Optional.of(LaunchRequest.show()), LaunchRequest.parse(List.of()));
        assertEquals(Optional.of(LaunchRequest.show()), LaunchRequest.parse(List.of("show")));
    }

    @Test
    void dialAndLinksMeanDial() {
        assertEquals(Optional.of(LaunchRequest.dial("5550100")), LaunchRequest.parse(List.of("dial", "555-0100")));
        assertEquals(Optional.of(LaunchRequest.dial("+15551234567")),
                LaunchRequest.parse(List.of("tel:+1-555-123-4567")));
    }

    @Test
    void otherCommandsAreNotDesktopLaunches() {
        assertTrue(LaunchRequest.parse(List.of("replay", "x.txt")).isEmpty());
        assertTrue(LaunchRequest.parse(List.of("--version")).isEmpty());
    }

    @Test
    void badNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LaunchRequest.parse(List.of("dial")));
        assertThrows(IllegalArgumentException.class, () -> LaunchRequest.parse(List.of("callto:someone")));
    }

    @Test
    void toArgsRoundTrips() {
        LaunchRequest dial = LaunchRequest.dial("+15550100");
        assertEquals(Optional.of(dial), LaunchRequest.parse(dial.toArgs()));
        assertEquals(Optional.of(LaunchRequest.show()), LaunchRequest.parse(LaunchRequest.show().toArgs()));
    }
}
