package dev.ringside.ui.port;

import java.util.List;

/**
 * @param rows       the requested rows, newest first
 * @param totalCount how many rows match the query in all (for "101–200 of 100,000")
 */
public record HistoryPage(List<HistoryEntry> rows, long totalCount) {

    public HistoryPage {
        rows = List.copyOf(rows);
    }
}
