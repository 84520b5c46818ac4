package dev.ringside.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The calls being tracked, by Linkedid, and which of them the event at hand changed. It holds at
 * most {@link #MAX_CALLS} (by default): a PBX that names ever new calls (a broken or hostile one) makes the
 * oldest ended, then the oldest never shown, and last the oldest live call go (the last one ended
 * when it was last heard of, as a call the link lost is).
 */
final class CallBook {

    /** Far over what one operator's phone can ring with at once (the probe rang 10,000 calls). */
    static final int MAX_CALLS = 10_000;

    final OperatorNumbers numbers;
    final InternalNumbers internalNumbers;
    private final Map<String, TrackedCall> calls = new LinkedHashMap<>();
    private final Set<TrackedCall> changed = new LinkedHashSet<>();

    private final int maxCalls;

    CallBook(OperatorNumbers numbers, InternalNumbers internalNumbers, int maxCalls) {
        this.numbers = numbers;
        this.internalNumbers = internalNumbers;
        this.maxCalls = maxCalls;
    }

    TrackedCall get(String linkedId) {
        return linkedId == null ? null : calls.get(linkedId);
    }

    TrackedCall getOrOpen(String linkedId, Instant at) {
        TrackedCall t = calls.get(linkedId);
        if (t == null) {
            if (calls.size() >= maxCalls) {
                makeRoom();
            }
            t = new TrackedCall(linkedId, at);
            calls.put(linkedId, t);
        }
        return t;
    }

    int size() {
        return calls.size();
    }

    private void makeRoom() {
        TrackedCall victim = oldest(TrackedCall::allLegsEnded);
        if (victim == null) {
            victim = oldest(t -> !t.visible);
        }
        if (victim == null) {
            victim = oldest(t -> true);
            for (Leg leg : victim.legs.values()) {
                if (!leg.ended) {
                    EndRule.endLeg(victim, leg, victim.aliveUntil(), null);
                }
            }
            changed(victim); // its listeners hear it end before it is forgotten
        }
        calls.remove(victim.linkedId);
    }

    private TrackedCall oldest(Predicate<TrackedCall> which) {
        TrackedCall found = null;
        for (TrackedCall t : calls.values()) {
            if (which.test(t) && (found == null || t.lastActivity.isBefore(found.lastActivity))) {
                found = t;
            }
        }
        return found;
    }

    /** Every call, oldest first, as a copy the caller may change the book under. */
    List<TrackedCall> all() {
        return new ArrayList<>(calls.values());
    }

    /** The call that holds the operator's leg with this Uniqueid, or null. */
    TrackedCall callOfLeg(String uniqueId) {
        if (uniqueId == null || uniqueId.isEmpty()) {
            return null;
        }
        for (TrackedCall t : calls.values()) {
            if (t.legs.containsKey(uniqueId)) {
                return t;
            }
        }
        return null;
    }

    void remove(TrackedCall t) {
        calls.remove(t.linkedId, t);
    }

    void forget(Predicate<TrackedCall> which) {
        calls.values().removeIf(which);
    }

    /** The call changed: its listeners hear of it once the event is done. */
    void changed(TrackedCall t) {
        changed.add(t);
    }

    /** The calls changed since the last call, in the order they changed. */
    List<TrackedCall> drainChanged() {
        List<TrackedCall> list = new ArrayList<>(changed);
        changed.clear();
        return list;
    }
}
