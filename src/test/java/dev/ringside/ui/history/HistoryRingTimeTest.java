package dev.ringside.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.port.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The history's Ring column: never blank for a call that is still ringing. */
class HistoryRingTimeTest {

    private final Instant t = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void aRingingCallShowsHowLongItHasRungSoFar() {
        Call ringing = Calls.ringing("R1", "+15551234567", "Anna", "777", t);
        HistoryEntry row = new HistoryEntry(ringing, false, null, null, null, null, null);
        assertEquals("0:14", TimeText.duration(HistoryView.ringTime(row, t.plusSeconds(14))));
    }

    @Test
    void anEndedCallShowsTheRecordedRingTimeAndAnUnknownOneStaysUnknown() {
        Call missed = Calls.ended(Calls.ringing("M1", "+15551234567", "Anna", "777", t), CallStatus.MISSED, t.plusSeconds(20));
        HistoryEntry recorded = new HistoryEntry(missed, false, Duration.ofSeconds(20), Duration.ZERO, null, null, null);
        assertEquals("0:20", TimeText.duration(HistoryView.ringTime(recorded, t.plusSeconds(600))));
        HistoryEntry unknown = new HistoryEntry(missed, false, null, Duration.ZERO, null, null, null);
        assertNull(HistoryView.ringTime(unknown, t.plusSeconds(600)), "an ended call never counts on");
    }
}
