package dev.ringside.desk;

import java.time.Instant;

/**
 * The operator's place in one queue, as app_queue reports it.
 *
 * @param memberInterface the member's Interface ({@code Location} in QueueStatus), e.g. {@code PJSIP/777}
 * @param dynamic         logged in with QueueAdd (so QueueRemove may log it out), not from queues.conf
 * @param pausedReason    the reason given with the pause, "" when none
 * @param pausedSince     when the pause began (the member's LastPause), null when not paused
 * @param deviceStatus    the member's device state (ast_device_state: 1 free, 2 in use, 6 ringing, ...)
 */
public record Membership(String memberInterface, String memberName, boolean dynamic, boolean paused,
                         String pausedReason, Instant pausedSince, boolean inCall, int deviceStatus) {

    public Membership {
        pausedReason = pausedReason == null ? "" : pausedReason;
        if (!paused) {
            pausedSince = null;
        }
    }
}
