package dev.ringside.ui.port;

import dev.ringside.call.Call;
import java.time.Duration;

/**
 * One history row.
 *
 * @param calledBack  for a missed or rejected call: the operator reached that number later (a later
 *                    call with it, either way, was answered); false otherwise
 * @param ringTime    how long it rang, as history recorded it (also for calls that spanned a
 *                    restart); null while ringing
 * @param talkTime    how long the parties talked; zero if never answered, null while in progress
 * @param contactName the contact the other party's number belongs to, else null
 * @param company     that contact's company (or the company stored with the call), else null
 * @param contactId   the local contact, while it exists; null when unknown or from the shared directory
 */
public record HistoryEntry(Call call, boolean calledBack, Duration ringTime, Duration talkTime, String contactName,
                           String company, Long contactId) {

    /** A row whose times follow from the call's own timestamps, without a contact. */
    public HistoryEntry(Call call, boolean calledBack) {
        this(call, calledBack, null, null, null);
    }

    /** A row whose times follow from the call's own timestamps. */
    public HistoryEntry(Call call, boolean calledBack, String contactName, String company) {
        this(call, calledBack, contactName, company, null);
    }

    /** A row whose times follow from the call's own timestamps. */
    public HistoryEntry(Call call, boolean calledBack, String contactName, String company, Long contactId) {
        this(call, calledBack, call.ringTime(), call.talkTime(), contactName, company, contactId);
    }

    /** The same row with another snapshot of its call (an edited note), its recorded times and contact kept. */
    public HistoryEntry withCall(Call newCall) {
        return new HistoryEntry(newCall, calledBack, ringTime, talkTime, contactName, company, contactId);
    }
}
