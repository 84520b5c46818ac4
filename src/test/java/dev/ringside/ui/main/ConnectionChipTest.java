package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.ConnectionState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectionChipTest {

    private final Instant now = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void connected() {
        ConnectionChip chip = ConnectionChip.of(new ConnectionState.Connected("22.1.0", true), now);
        assertEquals("Connected", chip.text());
        assertEquals("ok", chip.style());
        assertEquals("Asterisk 22.1.0", chip.detail());
    }

    @Test
    void reconnectingCountsDown() {
        ConnectionState s = new ConnectionState.Reconnecting(now.plusMillis(4200), 2, "Connection lost");
        assertEquals("Reconnecting in 5 s", ConnectionChip.of(s, now).text());
        assertEquals("Reconnecting in 1 s", ConnectionChip.of(s, now.plusSeconds(4)).text());
        assertEquals("Reconnecting\u2026", ConnectionChip.of(s, now.plusSeconds(9)).text());
        assertEquals("warn", ConnectionChip.of(s, now).style());
    }

    @Test
    void failedSaysWhy() {
        ConnectionChip chip = ConnectionChip.of(new ConnectionState.Failed(
                new AmiError(AmiError.Kind.TIMEOUT, "Nothing answers at pbx.example:5038", "pbx.example:5038")), now);
        assertEquals("Failed: Nothing answers at pbx.example:5038", chip.text());
        assertEquals("error", chip.style());
    }

    @Test
    void disconnected() {
        assertEquals("Offline", ConnectionChip.of(new ConnectionState.Disconnected(), now).text());
    }
}
