package dev.ringside.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The calls being tracked, by Linkedid, and which of them the event at hand changed. */
final class CallBook {

    final OperatorNumbers numbers;
    final InternalNumbers internalNumbers;
    private final Map<String, TrackedCall> calls = new LinkedHashMap<>();
    private final Set<TrackedCall> changed = new LinkedHashSet<>();

    CallBook(OperatorNumbers numbers, InternalNumbers internalNumbers) {
        this.numbers = numbers;
        this.internalNumbers = internalNumbers;
    }

    TrackedCall get(String linkedId) {
        return linkedId == null ? null : calls.get(linkedId);
    }

    TrackedCall getOrOpen(String linkedId, Instant at) {
        return calls.computeIfAbsent(linkedId, id -> new TrackedCall(id, at));
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
