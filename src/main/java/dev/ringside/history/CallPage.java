package dev.ringside.history;

import java.util.List;

/**
 * One page of stored calls, newest first.
 *
 * @param calls the calls on this page
 * @param next  the cursor for the following page, or null when this is the last page
 */
public record CallPage(List<StoredCall> calls, PageCursor next) {
    public CallPage {
        calls = List.copyOf(calls);
    }

    public boolean hasMore() {
        return next != null;
    }
}
