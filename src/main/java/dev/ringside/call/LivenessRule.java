package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the PBX's channel list says. A leg the list no longer has is closed at the moment the call
 * was last known alive: its last event, or a later list that still had it, or the moment the link
 * to the PBX dropped while it was live (a PBX that dies takes its calls with it; a reconnect
 * moment says nothing about when they ended). Listed legs confirm their call alive; listed calls
 * we never saw begin are picked up. Calls that ended long ago are forgotten.
 */
final class LivenessRule {

    private final CallBook book;
    private final TrackerTimings timings;

    LivenessRule(CallBook book, TrackerTimings timings) {
        this.book = book;
        this.timings = timings;
    }

    /** The link dropped: calls live now were alive at least until this moment. */
    void onLinkLost(Instant at) {
        for (TrackedCall t : book.all()) {
            if (!t.ended() && (t.confirmedAt == null || at.isAfter(t.confirmedAt))) {
                t.confirmedAt = at;
            }
        }
    }

    /** Closes the operator's legs missing from the list ({@code CoreShowChannel} events) and confirms the rest. */
    void closeMissing(List<PbxEvent> coreShowChannels, Instant takenAt) {
        Set<String> liveUniqueIds = new HashSet<>();
        Set<String> liveChannels = new HashSet<>();
        for (PbxEvent e : coreShowChannels) {
            liveUniqueIds.add(e.get("Uniqueid"));
            liveChannels.add(e.get("Channel"));
        }
        for (TrackedCall t : book.all()) {
            Instant lastAlive = t.aliveUntil().isAfter(takenAt) ? takenAt : t.aliveUntil();
            boolean changed = false;
            for (Leg leg : t.legs.values()) {
                if (leg.ended) {
                    continue;
                }
                if (liveUniqueIds.contains(leg.uniqueId) || liveChannels.contains(leg.channel)) {
                    t.confirmedAt = takenAt;
                } else {
                    EndRule.endLeg(t, leg, lastAlive, null);
                    changed = true;
                }
            }
            if (changed) {
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
        book.forget(t -> t.allLegsEnded() && t.endedAt != null
                && Duration.between(t.lastActivity, now).compareTo(timings.keepEnded()) > 0);
    }
}
