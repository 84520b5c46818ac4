package dev.ringside.call;

import java.time.Duration;

/**
 * How long the tracker waits for evidence that never comes.
 *
 * @param dialEndGrace    a leg whose dial ended without an answer and whose Hangup never came is
 *                        closed this long after, at the time its dial ended
 * @param queueRoundGrace a queue call whose ring round timed out (AgentRingNoAnswer) stays ringing
 *                        this long for the next round before it counts as missed; queues.conf's
 *                        {@code retry} (5 s by default) is the pause between rounds
 * @param keepEnded       an ended call is kept this long to absorb late events and re-rings
 */
public record TrackerTimings(Duration dialEndGrace, Duration queueRoundGrace, Duration keepEnded) {

    public static final TrackerTimings DEFAULT =
            new TrackerTimings(Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofMinutes(10));

    public TrackerTimings withQueueRoundGrace(Duration grace) {
        return new TrackerTimings(dialEndGrace, grace, keepEnded);
    }
}
