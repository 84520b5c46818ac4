package dev.ringside.e2e;

import dev.ringside.ami.ConnectionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The connection states an engine went through, with a wait for the next one of a kind. */
final class StateRecorder implements Consumer<ConnectionState> {

    private final List<ConnectionState> states = new ArrayList<>();

    @Override
    public synchronized void accept(ConnectionState state) {
        states.add(state);
        notifyAll();
    }

    synchronized int size() {
        return states.size();
    }

    /** The first state of this type at or after position {@code from}. */
    synchronized <T extends ConnectionState> T awaitFrom(int from, Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + CallRecorder.WAIT.toNanos();
        int seen = from;
        while (true) {
            for (; seen < states.size(); seen++) {
                if (type.isInstance(states.get(seen))) {
                    return type.cast(states.get(seen));
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + CallRecorder.WAIT + "; states: " + states);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized List<ConnectionState> all() {
        return List.copyOf(states);
    }
}
