package dev.ringside.desk;

import java.time.Duration;
import java.util.List;

/**
 * The operator's day so far: calls to the operator (inbound and internal) answered, missed and
 * rejected, average ring and talk time of the answered ones, time on break, and the calls per hour.
 *
 * @param averageRing null when nothing was answered
 * @param averageTalk null when no answered call has ended
 * @param perHour     24 entries, hour 0 to 23 of the day in the operator's time zone
 */
public record DayStats(int answered, int missed, int rejected, Duration averageRing, Duration averageTalk,
                       Duration onBreak, List<HourCount> perHour) {

    public DayStats {
        perHour = List.copyOf(perHour);
    }

    /** The calls of one hour of the day. */
    public record HourCount(int hour, int answered, int missed, int rejected) {
        public int total() {
            return answered + missed + rejected;
        }
    }
}
