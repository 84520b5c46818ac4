package dev.ringside.desk;

import java.time.Instant;
import java.util.List;

/**
 * Whether the operator is on a break: paused in at least one queue.
 *
 * @param since  when the earliest of the pauses began, null when not on a break
 * @param reason the reason of the latest pause, "" when none was given
 * @param queues the queues the operator is paused in
 */
public record BreakState(boolean onBreak, Instant since, String reason, List<String> queues) {

    public static final BreakState NONE = new BreakState(false, null, "", List.of());

    public BreakState {
        reason = reason == null ? "" : reason;
        queues = List.copyOf(queues);
    }
}
