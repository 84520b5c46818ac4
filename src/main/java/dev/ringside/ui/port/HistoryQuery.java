package dev.ringside.ui.port;

import dev.ringside.call.CallStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * One page of history, newest first.
 *
 * @param text     matches caller/receiver number or caller name (substring, case-insensitive); "" for all
 * @param statuses only these statuses; empty for all
 * @param from     first day included (local time), or null
 * @param to       last day included (local time), or null
 * @param offset   rows to skip
 * @param limit    rows to return at most
 */
public record HistoryQuery(String text, Set<CallStatus> statuses, LocalDate from, LocalDate to, int offset, int limit) {

    public HistoryQuery {
        text = text == null ? "" : text.trim();
        statuses = Set.copyOf(statuses);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " limit " + limit);
        }
    }

    public HistoryQuery withPage(int newOffset, int newLimit) {
        return new HistoryQuery(text, statuses, from, to, newOffset, newLimit);
    }

    public HistoryQuery withoutStatuses() {
        return new HistoryQuery(text, Set.of(), from, to, offset, limit);
    }
}
