package dev.ringside.ui.port;

import dev.ringside.call.Call;

/**
 * One history row.
 *
 * @param calledBack  for a missed call: the operator has called this number since; false otherwise
 * @param contactName the contact the other party's number belongs to, else null
 * @param company     that contact's company (or the company stored with the call), else null
 */
public record HistoryEntry(Call call, boolean calledBack, String contactName, String company) {

    public HistoryEntry(Call call, boolean calledBack) {
        this(call, calledBack, null, null);
    }

    /** The same row with the call replaced (a note edited). */
    public HistoryEntry withCall(Call newCall) {
        return new HistoryEntry(newCall, calledBack, contactName, company);
    }
}
