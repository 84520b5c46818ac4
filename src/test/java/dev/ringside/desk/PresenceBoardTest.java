package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresenceBoardTest {

    private static PbxEvent status(String exten, int status) {
        return new PbxEvent("ExtensionStatus", Instant.EPOCH, Map.of("Exten", exten, "Context", "ext-local",
                "Hint", "PJSIP/" + exten, "Status", String.valueOf(status)));
    }

    @Test
    void hintStatesBecomePresence() {
        assertEquals(Presence.IDLE, Presence.fromExtensionState(0));
        assertEquals(Presence.IN_USE, Presence.fromExtensionState(1));
        assertEquals(Presence.IN_USE, Presence.fromExtensionState(2));
        assertEquals(Presence.UNAVAILABLE, Presence.fromExtensionState(4));
        assertEquals(Presence.RINGING, Presence.fromExtensionState(8));
        assertEquals(Presence.RINGING, Presence.fromExtensionState(9));
        assertEquals(Presence.IN_USE, Presence.fromExtensionState(16));
        assertEquals(Presence.UNKNOWN, Presence.fromExtensionState(-1));
    }

    @Test
    void onlyWatchedColleaguesChangeAndHintsWinOverDevices() {
        PresenceBoard board = new PresenceBoard(List.of("999", "998"));
        assertTrue(board.applyList(List.of(status("999", 0), status("201", 1))));
        assertEquals(Presence.IDLE, board.presence("999"));
        assertEquals(Presence.UNKNOWN, board.presence("998"));
        assertFalse(board.onEvent(status("201", 8)), "not watched");
        assertTrue(board.onEvent(status("999", 8)));
        assertEquals(Presence.RINGING, board.presence("999"));
        assertFalse(board.onEvent(status("999", 8)), "no change");
        assertTrue(board.onEvent(new PbxEvent("DeviceStateChange", Instant.EPOCH,
                Map.of("Device", "PJSIP/998", "State", "UNAVAILABLE"))));
        assertEquals(Presence.UNAVAILABLE, board.presence("998"));
        assertFalse(board.onEvent(new PbxEvent("DeviceStateChange", Instant.EPOCH,
                Map.of("Device", "PJSIP/999", "State", "NOT_INUSE"))), "999 has a hint: its device does not decide");
        assertEquals(List.of("999", "998"), List.copyOf(board.all().keySet()));
    }
}
