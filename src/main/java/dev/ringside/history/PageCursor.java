package dev.ringside.history;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a newest-first page ended: the next page starts with calls strictly older than this
 * (ties on {@code startedAt} broken by row id). Stays correct while new calls arrive on top.
 */
public record PageCursor(Instant startedAt, long id) {
    public PageCursor {
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
