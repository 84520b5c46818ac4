package dev.ringside.desk;

import java.time.Duration;
import java.time.Instant;

/** One break the operator took: from the pause to the unpause (end null while it lasts). */
public record BreakSpan(Instant start, Instant end, String reason) {

    public BreakSpan {
        reason = reason == null ? "" : reason;
    }

    /** How much of the break falls between {@code from} and {@code to}; an open break lasts until {@code to}. */
    public Duration within(Instant from, Instant to) {
        Instant s = start.isBefore(from) ? from : start;
        Instant e = end == null || end.isAfter(to) ? to : end;
        return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
    }
}
