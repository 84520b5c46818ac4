package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayStatsCalculatorTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private static DayCall call(int hour, Direction d, CallStatus s, Integer ringS, Integer talkS) {
        return new DayCall(at(hour, 10), d, s, ringS == null ? null : Duration.ofSeconds(ringS),
                talkS == null ? null : Duration.ofSeconds(talkS));
    }

    @Test
    void countsTheOperatorsIncomingCallsAveragesAndHours() {
        List<DayCall> calls = List.of(
                call(9, Direction.INBOUND, CallStatus.COMPLETED, 4, 60),
                call(9, Direction.INTERNAL, CallStatus.COMPLETED, 8, 120),
                call(9, Direction.INBOUND, CallStatus.MISSED, 20, null),
                call(10, Direction.INBOUND, CallStatus.REJECTED, 3, null),
                call(10, Direction.INBOUND, CallStatus.ANSWERED, 6, null),
                call(11, Direction.OUTBOUND, CallStatus.COMPLETED, 2, 300),
                call(12, Direction.INBOUND, CallStatus.INCOMING, null, null),
                new DayCall(DAY.minusDays(1).atTime(23, 0).atZone(ZONE).toInstant(), Direction.INBOUND,
                        CallStatus.MISSED, null, null));
        List<BreakSpan> breaks = List.of(new BreakSpan(at(12, 0), at(12, 30), "Lunch"),
                new BreakSpan(at(14, 0), null, "Training"),
                new BreakSpan(DAY.minusDays(1).atTime(23, 50).atZone(ZONE).toInstant(), at(0, 10), "Night"));
        DayStats s = DayStatsCalculator.compute(DAY, ZONE, at(14, 15), calls, breaks);
        assertEquals(3, s.answered());
        assertEquals(1, s.missed());
        assertEquals(1, s.rejected());
        assertEquals(Duration.ofSeconds(6), s.averageRing(), "(4 + 8 + 6) / 3");
        assertEquals(Duration.ofSeconds(90), s.averageTalk(), "ended answered calls only");
        assertEquals(Duration.ofMinutes(30 + 15 + 10), s.onBreak(), "an open break counts until now, "
                + "one across midnight only from midnight");
        assertEquals(24, s.perHour().size());
        assertEquals(new DayStats.HourCount(9, 2, 1, 0), s.perHour().get(9));
        assertEquals(new DayStats.HourCount(10, 1, 0, 1), s.perHour().get(10));
        assertEquals(0, s.perHour().get(11).total(), "outbound calls are not counted");
    }

    @Test
    void anEmptyDayHasNoAverages() {
        DayStats s = DayStatsCalculator.compute(DAY, ZONE, at(8, 0), List.of(), List.of());
        assertEquals(0, s.answered());
        assertNull(s.averageRing());
        assertNull(s.averageTalk());
        assertEquals(Duration.ZERO, s.onBreak());
    }
}
