package dev.ringside.ui.port;

import dev.ringside.call.Call;

/**
 * One history row.
 *
 * @param calledBack for a missed call: the operator has called this number since; false otherwise
 */
public record HistoryEntry(Call call, boolean calledBack) {
}
