package dev.ringside.ui.port;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.time.LocalDate;
import java.util.Set;

/**
 * One page of history, in one order, found by position rather than by offset: the first or last
 * page, or the page just after or before a row already shown. Keeps a page as quick at the millionth
 * call as at the first.
 *
 * @param text       the other party's number or name, any part of it; "" for all
 * @param statuses   only these statuses; empty for all
 * @param directions only these directions (outgoing: {@link Direction#OUTBOUND}); empty for all
 * @param from       first day included (local time), or null
 * @param to         last day included (local time), or null
 * @param sort       the column to order by
 * @param descending largest first (for {@link HistorySort#TIME}: newest first)
 * @param position   which page
 * @param cursor     for {@code AFTER} / {@code BEFORE}: the row the page follows or precedes
 * @param limit      rows per page
 */
public record HistoryRequest(String text, Set<CallStatus> statuses, Set<Direction> directions, LocalDate from,
                             LocalDate to, HistorySort sort, boolean descending, Position position,
                             HistoryCursor cursor, int limit) {

    public enum Position { FIRST, AFTER, BEFORE, LAST }

    public HistoryRequest {
        text = text == null ? "" : text.trim();
        statuses = Set.copyOf(statuses);
        directions = Set.copyOf(directions);
        sort = sort == null ? HistorySort.TIME : sort;
        position = position == null ? Position.FIRST : position;
        if ((position == Position.AFTER || position == Position.BEFORE) != (cursor != null)) {
            throw new IllegalArgumentException(position + (cursor == null ? " needs a cursor" : " takes no cursor"));
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** Newest first, no filter. */
    public static HistoryRequest newest(int limit) {
        return new HistoryRequest("", Set.of(), Set.of(), null, null, HistorySort.TIME, true, Position.FIRST, null, limit);
    }

    public HistoryRequest at(Position newPosition, HistoryCursor newCursor) {
        return new HistoryRequest(text, statuses, directions, from, to, sort, descending, newPosition, newCursor, limit);
    }
}
