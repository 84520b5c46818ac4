package dev.ringside.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in an ordered list of calls: a page continues strictly after (or before) it, ties on
 * the sort value broken by start time and then by row id. Stays correct while new calls arrive.
 *
 * @param sort      the order the cursor belongs to
 * @param key       the row's sort value (a String, a Long, or null for {@link CallSort#TIME})
 * @param startedAt the row's start
 * @param id        the row id
 */
public record PageCursor(CallSort sort, Object key, Instant startedAt, long id) {

    public PageCursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(startedAt, "startedAt");
        if ((sort == CallSort.TIME) != (key == null)) {
            throw new IllegalArgumentException("a " + sort + " cursor " + (key == null ? "needs" : "has no") + " a key");
        }
    }

    /** A cursor in the newest-first (time) order. */
    public PageCursor(Instant startedAt, long id) {
        this(CallSort.TIME, null, startedAt, id);
    }
}
