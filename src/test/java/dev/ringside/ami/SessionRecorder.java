package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records what an {@link AmiSession} tells its listener, and waits for it without sleeping. */
final class SessionRecorder implements AmiSession.Listener {

    /** A state as it was heard, with when it was heard. */
    record Heard(ConnectionState state, Instant at) {
    }

    private final BlockingQueue<PbxEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Heard> states = new LinkedBlockingQueue<>();
    private final List<Heard> allStates = new CopyOnWriteArrayList<>();
    private final BlockingQueue<List<PbxEvent>> snapshots = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(PbxEvent event) {
        events.add(event);
    }

    @Override
    public void onChannelsSnapshot(List<PbxEvent> channels, Instant takenAt) {
        snapshots.add(channels);
    }

    @Override
    public void onStateChanged(ConnectionState state) {
        Heard heard = new Heard(state, Instant.now());
        states.add(heard);
        allStates.add(heard);
    }

    List<Heard> allStates() {
        return new ArrayList<>(allStates);
    }

    PbxEvent awaitEvent(Predicate<PbxEvent> match, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            PbxEvent e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no matching event within " + seconds + " s");
            }
            if (match.test(e)) {
                return e;
            }
        }
    }

    <T extends ConnectionState> Heard awaitState(Class<T> type, long seconds) throws InterruptedException {
        return awaitState(type, s -> true, seconds);
    }

    /** The next state of that type (skipping others) that matches. */
    <T extends ConnectionState> Heard awaitState(Class<T> type, Predicate<T> match, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Heard h = states.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (h == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + seconds + " s; states: "
                        + allStates);
            }
            if (type.isInstance(h.state()) && match.test(type.cast(h.state()))) {
                return h;
            }
        }
    }

    List<PbxEvent> awaitSnapshot(long seconds) throws InterruptedException {
        List<PbxEvent> s = snapshots.poll(seconds, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no channel snapshot within " + seconds + " s");
        }
        return s;
    }
}
