package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.asteriskjava.manager.event.BridgeEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the PBX's events enter the session: only events that concern the operator pass (whatever
 * the PBX filtered), and they reach the listener on the event thread in wire order. The wire side
 * only enqueues.
 */
final class EventGate {

    private static final Logger LOG = LoggerFactory.getLogger(EventGate.class);

    private final OperatorEventFilter filter;
    private final SessionThreads threads;
    private final Consumer<PbxEvent> listener;
    private final AtomicBoolean closed;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    EventGate(OperatorEventFilter filter, SessionThreads threads, Consumer<PbxEvent> listener, AtomicBoolean closed) {
        this.filter = filter;
        this.threads = threads;
        this.listener = listener;
        this.closed = closed;
    }

    long received() {
        return received.get();
    }

    long delivered() {
        return delivered.get();
    }

    /** Called on asterisk-java's pump thread: hand over and return at once. */
    void onManagerEvent(ManagerEvent event) {
        if (isNotForUs(event)) {
            return;
        }
        received.incrementAndGet();
        threads.offerEvent(() -> deliver(event));
    }

    /**
     * asterisk-java's own bookkeeping events, the legacy copies it makes up (a {@code DialEvent} for
     * each DialBegin, a {@code BridgeEvent} for bridges), and answers to our own list actions.
     */
    static boolean isNotForUs(ManagerEvent event) {
        if (event instanceof ConnectEvent || event instanceof DisconnectEvent) {
            return true;
        }
        if (event.getClass() == DialEvent.class || event.getClass() == BridgeEvent.class) {
            return true;
        }
        return event instanceof ResponseEvent && ((ResponseEvent) event).getInternalActionId() != null;
    }

    private void deliver(ManagerEvent event) {
        if (closed.get()) {
            return;
        }
        PbxEvent amiEvent;
        try {
            amiEvent = ManagerEventConverter.toAmiEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Could not read a {} event: {}", event.getClass().getSimpleName(), e.toString());
            return;
        }
        if (!filter.test(amiEvent)) {
            return;
        }
        delivered.incrementAndGet();
        SessionThreads.safely(() -> listener.accept(amiEvent));
    }
}
