package dev.ringside.pbxsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Every action clients sent a test server, in order, for tests to look at or wait for. */
final class ActionLog {

    private final List<AmiMessage> actions = new ArrayList<>();

    void record(AmiMessage action) {
        synchronized (actions) {
            actions.add(action);
            actions.notifyAll();
        }
    }

    /** Every action received so far, in order, as case-insensitive header maps. */
    List<Map<String, String>> all() {
        synchronized (actions) {
            List<Map<String, String>> list = new ArrayList<>();
            for (AmiMessage m : actions) {
                list.add(m.asMap());
            }
            return list;
        }
    }

    /**
     * Waits until an action with this name (case-insensitive) matching the predicate has been
     * received, counting those received before the call; empty after the timeout.
     */
    Optional<Map<String, String>> await(String name, Predicate<Map<String, String>> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (actions) {
            int seen = 0;
            while (true) {
                for (; seen < actions.size(); seen++) {
                    Map<String, String> m = actions.get(seen).asMap();
                    if (name.equalsIgnoreCase(m.get("Action")) && match.test(m)) {
                        return Optional.of(m);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    actions.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }
}
