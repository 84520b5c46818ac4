package dev.ringside.ui.port;

import dev.ringside.call.CallStatus;
import java.util.List;
import java.util.Map;

/**
 * A page of history and the counts of the whole query.
 *
 * @param rows       in the requested order
 * @param previous   where the page before ends, or null when this is the first page
 * @param next       where the page after starts, or null when this is the last page
 * @param total      how many rows match in all
 * @param totalExact false when {@code total} is a lower bound ("1,000+": a search matching much of a big history)
 * @param byStatus   matching rows per status (the status filter aside); empty when not counted
 */
public record HistoryResult(List<HistoryEntry> rows, HistoryCursor previous, HistoryCursor next, long total,
                            boolean totalExact, Map<CallStatus, Long> byStatus) {
    public HistoryResult {
        rows = List.copyOf(rows);
        byStatus = Map.copyOf(byStatus);
    }
}
