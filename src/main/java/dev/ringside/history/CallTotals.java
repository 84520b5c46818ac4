package dev.ringside.history;

import dev.ringside.call.CallStatus;
import java.util.Map;

/**
 * How many calls a query matches.
 *
 * @param total    the matching calls (at most the cap asked for when not exact)
 * @param exact    false when {@code total} is a lower bound: "1,000+"
 * @param byStatus per status, the query's status filter aside; empty when not counted (a search
 *                 matching a large part of a big history)
 */
public record CallTotals(long total, boolean exact, Map<CallStatus, Long> byStatus) {
    public CallTotals {
        byStatus = Map.copyOf(byStatus);
    }
}
