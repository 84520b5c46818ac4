package dev.ringside.call;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a finished stream of events through a tracker and keeps each call as it ended up. */
public final class FinalCalls {

    private FinalCalls() {
    }

    /** Every call the events make for these numbers, in its last state, in order of start. */
    public static List<Call> of(List<PbxEvent> events, OperatorNumbers numbers) {
        CallTracker tracker = new CallTracker(numbers);
        Map<String, Call> latest = new LinkedHashMap<>();
        tracker.addListener((before, now) -> latest.put(now.linkedId(), now));
        events.forEach(tracker::onEvent);
        List<Call> calls = new ArrayList<>(latest.values());
        calls.sort(Comparator.comparing(Call::startedAt));
        return calls;
    }
}
