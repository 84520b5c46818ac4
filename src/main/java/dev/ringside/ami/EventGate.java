package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Where the PBX's events enter the session, on the reader thread, as raw frames: only events that
 * concern the operator pass (whatever the PBX filtered), checked by {@link EventChecks}, and only
 * those are built, once, straight from their headers. They reach the listener on the event thread
 * in wire order; the reader side only hands over.
 */
final class EventGate implements FrameRouter.EventSink {

    private final OperatorEventFilter filter;
    private final SessionThreads threads;
    private final Consumer<PbxEvent> listener;
    private final AtomicBoolean closed;
    private final InputTrouble trouble;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    EventGate(OperatorEventFilter filter, SessionThreads threads, Consumer<PbxEvent> listener, AtomicBoolean closed,
              InputTrouble trouble) {
        this.filter = filter;
        this.threads = threads;
        this.listener = listener;
        this.closed = closed;
        this.trouble = trouble;
    }

    long received() {
        return received.get();
    }

    long delivered() {
        return delivered.get();
    }

    @Override
    public void onEvent(RawFrame frame, Instant receivedAt) {
        received.incrementAndGet();
        String name = frame.eventName();
        if (!filter.accepts(name, frame::get)) {
            return;
        }
        InputTrouble.Kind problem = EventChecks.problem(name, frame);
        if (problem != null) {
            trouble.count(problem);
            return;
        }
        PbxEvent event = frame.toPbxEvent(receivedAt);
        threads.offerEvent(() -> deliver(event));
    }

    private void deliver(PbxEvent event) {
        if (closed.get()) {
            return;
        }
        delivered.incrementAndGet();
        SessionThreads.safely(() -> listener.accept(event));
    }
}
