package dev.ringside.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator does to a call in the app, kept with the call: Accept (when), Reject (so the
 * PBX's hangup reads as a reject whatever its cause), notes; and which channels a Reject hangs up.
 */
final class OperatorMarks {

    private final CallBook book;

    OperatorMarks(CallBook book) {
        this.book = book;
    }

    /**
     * The operator's ringing legs that were dialled by someone else (for a queue member
     * {@code Local/777@...;1}, not the phone leg its {@code ;2} dialled).
     */
    List<String> rejectTargets(String linkedId) {
        TrackedCall t = book.get(linkedId);
        if (t == null) {
            return List.of();
        }
        List<String> targets = new ArrayList<>();
        for (Leg leg : t.legs.values()) {
            if (leg.ringing && !leg.ended && !leg.up && !leg.originator
                    && (leg.dialedBy == null || !t.legs.containsKey(leg.dialedBy))) {
                targets.add(leg.channel);
            }
        }
        return targets;
    }

    /** @return the shown call, or null when there is none to accept */
    TrackedCall accepted(String linkedId, Instant at) {
        TrackedCall t = book.get(linkedId);
        if (t == null || t.emitted == null) {
            return null;
        }
        if (t.acceptedAt == null) {
            t.acceptedAt = at;
        }
        t.touch(at);
        book.changed(t);
        return t;
    }

    /** @return the shown call, or null when there is none to reject */
    TrackedCall rejected(String linkedId, Instant at) {
        TrackedCall t = book.get(linkedId);
        if (t == null || t.emitted == null) {
            return null;
        }
        t.rejectRequested = true;
        t.touch(at);
        return t;
    }

    void rejectFailed(String linkedId) {
        TrackedCall t = book.get(linkedId);
        if (t != null) {
            t.rejectRequested = false;
        }
    }

    void notes(String linkedId, String notes) {
        TrackedCall t = book.get(linkedId);
        if (t != null) {
            t.notes = notes;
            book.changed(t);
        }
    }
}
