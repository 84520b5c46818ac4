package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the PBX's channel list says: after a (re)connect, legs it no longer has are closed and
 * calls already ringing or up are picked up; calls that ended long ago are forgotten.
 */
final class LivenessRule {

    /** How long an ended call is kept to absorb late events (a caller's hangup after ours) and re-rings. */
    static final Duration KEEP_ENDED = Duration.ofMinutes(10);

    private final CallBook book;

    LivenessRule(CallBook book) {
        this.book = book;
    }

    /** Closes the operator's legs missing from the list ({@code CoreShowChannel} events). */
    void closeMissing(List<PbxEvent> coreShowChannels, Instant takenAt) {
        Set<String> liveUniqueIds = new HashSet<>();
        Set<String> liveChannels = new HashSet<>();
        for (PbxEvent e : coreShowChannels) {
            liveUniqueIds.add(e.get("Uniqueid"));
            liveChannels.add(e.get("Channel"));
        }
        for (TrackedCall t : book.all()) {
            boolean changed = false;
            for (Leg leg : t.legs.values()) {
                if (!leg.ended && !liveUniqueIds.contains(leg.uniqueId) && !liveChannels.contains(leg.channel)) {
                    EndRule.endLeg(t, leg, takenAt, null);
                    changed = true;
                }
            }
            if (changed) {
                t.touch(takenAt);
                book.changed(t);
            }
        }
    }

    /** A listed channel of the operator: the call was there before we saw it begin. */
    void onListed(TrackedCall t, PbxEvent e) {
        t.fromSnapshot = true;
        if (t.visible) {
            Instant started = e.time().minus(Values.hms(e.get("Duration")));
            if (started.isBefore(t.startedAt)) {
                t.startedAt = started;
            }
        }
    }

    void forgetOld(Instant now) {
        book.forget(t -> t.allLegsEnded() && Duration.between(t.lastActivity, now).compareTo(KEEP_ENDED) > 0);
    }
}
