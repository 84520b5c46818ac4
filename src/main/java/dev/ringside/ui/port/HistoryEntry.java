package dev.ringside.ui.port;

import dev.ringside.call.Call;

/**
 * One history row.
 *
 * @param calledBack  for a missed call: the operator has called this number since; false otherwise
 * @param contactName the contact the other party's number belongs to, else null
 * @param company     that contact's company (or the company stored with the call), else null
 * @param contactId   the local contact, while it exists; null when unknown or from the shared directory
 */
public record HistoryEntry(Call call, boolean calledBack, String contactName, String company, Long contactId) {

    public HistoryEntry(Call call, boolean calledBack) {
        this(call, calledBack, null, null, null);
    }

    public HistoryEntry(Call call, boolean calledBack, String contactName, String company) {
        this(call, calledBack, contactName, company, null);
    }

    /** The same row with the call replaced (a note edited). */
    public HistoryEntry withCall(Call newCall) {
        return new HistoryEntry(newCall, calledBack, contactName, company, contactId);
    }
}
