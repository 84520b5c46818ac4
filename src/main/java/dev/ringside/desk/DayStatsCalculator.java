package dev.ringside.desk;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Works out "My day" from the calls and breaks of one local day. Calls the operator placed are
 * left out: the day counts what came to the operator. A call still ringing or talking counts as
 * nothing yet, except that an answered call in progress is answered.
 */
public final class DayStatsCalculator {

    private DayStatsCalculator() {
    }

    public static DayStats compute(LocalDate day, ZoneId zone, Instant now, Collection<DayCall> calls,
                                   Collection<BreakSpan> breaks) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant until = now.isBefore(to) ? now : to;
        int[][] hours = new int[24][3];
        int answered = 0;
        int missed = 0;
        int rejected = 0;
        long ringMs = 0;
        int ringCount = 0;
        long talkMs = 0;
        int talkCount = 0;
        for (DayCall c : calls) {
            if (c.direction() == Direction.OUTBOUND || c.startedAt().isBefore(from) || !c.startedAt().isBefore(to)) {
                continue;
            }
            int hour = c.startedAt().atZone(zone).getHour();
            CallStatus s = c.status();
            if (s == CallStatus.ANSWERED || s == CallStatus.COMPLETED) {
                answered++;
                hours[hour][0]++;
                if (c.ring() != null) {
                    ringMs += c.ring().toMillis();
                    ringCount++;
                }
                if (s == CallStatus.COMPLETED && c.talk() != null) {
                    talkMs += c.talk().toMillis();
                    talkCount++;
                }
            } else if (s == CallStatus.MISSED) {
                missed++;
                hours[hour][1]++;
            } else if (s == CallStatus.REJECTED) {
                rejected++;
                hours[hour][2]++;
            }
        }
        Duration onBreak = Duration.ZERO;
        for (BreakSpan b : breaks) {
            onBreak = onBreak.plus(b.within(from, until));
        }
        List<DayStats.HourCount> perHour = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            perHour.add(new DayStats.HourCount(h, hours[h][0], hours[h][1], hours[h][2]));
        }
        return new DayStats(answered, missed, rejected, ringCount == 0 ? null : Duration.ofMillis(ringMs / ringCount),
                talkCount == 0 ? null : Duration.ofMillis(talkMs / talkCount), onBreak, perHour);
    }
}
