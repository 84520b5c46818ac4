package dev.ringside.e2e;

import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Every call change an engine reports, with waits for the change a test expects. */
final class CallRecorder implements CallListener {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Call> changes = new ArrayList<>();
    private final Map<String, Call> latest = new LinkedHashMap<>();

    @Override
    public synchronized void callChanged(Call previous, Call current) {
        changes.add(current);
        latest.put(current.linkedId(), current);
        notifyAll();
    }

    /** The first change (already seen or still to come) that matches; fails after {@link #WAIT}. */
    synchronized Call await(Predicate<Call> match, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < changes.size(); seen++) {
                if (match.test(changes.get(seen))) {
                    return changes.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no call change within " + WAIT + ": " + what + "; calls now: " + latest.values());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    Call awaitStatus(String linkedId, CallStatus status) throws InterruptedException {
        return await(c -> c.linkedId().equals(linkedId) && c.status() == status, linkedId + " " + status);
    }

    /** The latest state of every call, by start time. */
    synchronized List<Call> calls() {
        List<Call> calls = new ArrayList<>(latest.values());
        calls.sort(Comparator.comparing(Call::startedAt));
        return calls;
    }

    /** Every state one call went through, in order. */
    synchronized List<CallStatus> statusesOf(String linkedId) {
        List<CallStatus> statuses = new ArrayList<>();
        for (Call c : changes) {
            if (c.linkedId().equals(linkedId) && (statuses.isEmpty() || statuses.get(statuses.size() - 1) != c.status())) {
                statuses.add(c.status());
            }
        }
        return statuses;
    }
}
