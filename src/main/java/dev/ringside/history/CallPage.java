package dev.ringside.history;

import java.util.List;

/**
 * One page of stored calls, in the query's order.
 *
 * @param calls    the calls on this page
 * @param next     where the following page starts, or null when this is the last page
 * @param previous where the page before this one ends, or null when this is the first page
 */
public record CallPage(List<StoredCall> calls, PageCursor next, PageCursor previous) {
    public CallPage {
        calls = List.copyOf(calls);
    }

    public CallPage(List<StoredCall> calls, PageCursor next) {
        this(calls, next, null);
    }

    public boolean hasMore() {
        return next != null;
    }

    public boolean hasPrevious() {
        return previous != null;
    }
}
