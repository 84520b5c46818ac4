package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.desk.BreakSpan;
import dev.ringside.desk.DayCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's calls and the breaks "My day" is made of, in a real H2 file. */
class CallHistoryDayTest {

    @TempDir
    Path dir;
    CallHistory history;
    long op;
    long other;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
        other = history.ensureOperator("Boris", Set.of("888")).id();
    }

    @AfterEach
    void close() {
        history.close();
    }

    @Test
    void theDaysCallsComeWithStatusDirectionRingAndTalk() {
        history.save(op, Calls.ended(Calls.answered(Calls.ringing("a", "+15551234567", "A", 0), 4),
                CallStatus.COMPLETED, 64, 16).build());
        history.save(op, Calls.ended(Calls.ringing("b", "+15551234567", "A", 3600), CallStatus.MISSED, 20, 19).build());
        history.save(op, Calls.ringing("c", "+15551234567", "A", 86_400).build());
        history.save(other, Calls.ringing("d", "+15551234567", "A", 10).build());
        List<DayCall> calls = history.dayCalls(op, Calls.T0, Calls.T0.plusSeconds(86_400));
        assertEquals(2, calls.size(), "the day only, the operator only");
        DayCall first = calls.get(0);
        assertEquals(CallStatus.COMPLETED, first.status());
        assertEquals(Direction.INBOUND, first.direction());
        assertEquals(Duration.ofSeconds(4), first.ring());
        assertEquals(Duration.ofSeconds(60), first.talk());
        assertEquals(CallStatus.MISSED, calls.get(1).status());
    }

    @Test
    void aBreakOpensOnceAndEndsWithTheUnpause() {
        Instant t = Instant.parse("2026-03-02T09:00:00Z");
        assertTrue(history.startBreak(op, t, "Lunch"));
        assertFalse(history.startBreak(op, t.plusSeconds(5), "Training"), "one break at a time");
        List<BreakSpan> open = history.breaks(op, t.minusSeconds(3600), t.plusSeconds(3600));
        assertEquals(1, open.size());
        assertNull(open.get(0).end());
        assertEquals("Lunch", open.get(0).reason());

        assertTrue(history.endBreak(op, t.plusSeconds(1800)));
        assertFalse(history.endBreak(op, t.plusSeconds(1900)), "nothing left open");
        BreakSpan lunch = history.breaks(op, t, t.plusSeconds(7200)).get(0);
        assertEquals(t.plusSeconds(1800), lunch.end());
        assertEquals(List.of(), history.breaks(op, t.plusSeconds(1800), t.plusSeconds(7200)), "ended before the window");
        assertEquals(List.of(), history.breaks(other, t.minusSeconds(3600), t.plusSeconds(7200)));
        assertTrue(history.startBreak(op, t.plusSeconds(3600), "x".repeat(500)));
        assertEquals(200, history.breaks(op, t.plusSeconds(3600), t.plusSeconds(7200)).get(0).reason().length());
    }
}
