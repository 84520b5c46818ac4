package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's AMI session: login, event filters, keepalive, reconnect, and the actions the app
 * sends. Everything it tells its {@link Listener} arrives on one thread of its own, in the order
 * it came off the wire; nothing here blocks asterisk-java's reader or event pump.
 *
 * <p>Each connection is used once. When the link drops the session reports
 * {@link ConnectionState.Reconnecting}, waits per {@link ReconnectBackoff}, and logs in afresh;
 * after every login it re-sends the filters, reports {@link ConnectionState.Connected}, and then
 * hands over a channel snapshot ({@code CoreShowChannels}, else {@code Status}) so that calls which
 * ended meanwhile can be closed.
 * A changed secret ends in {@link ConnectionState.Failed}, as does any failure of the first login
 * (the person at the login form should see it, not a retry loop).
 *
 * <p>Whatever the PBX filters, the same {@link OperatorEventFilter} also runs here on every event,
 * so the stream the listener sees is the same in every {@link FilterMode}.
 *
 * <p>The work is split by concern: {@link LinkKeeper} (login, reconnect, close),
 * {@link SessionFilters}, {@link ChannelSnapshots}, {@link Keepalive}, {@link SessionActions} and
 * {@link EventGate}, on the two {@link SessionThreads}.
 */
public final class AmiSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);
    private static final long THREAD_JOIN_MILLIS = 2000;

    /** What the session reports; every call arrives on the session's event thread, in wire order. */
    public interface Listener {
        default void onEvent(PbxEvent event) {
        }

        /**
         * The PBX's live channels after every login, as {@code CoreShowChannel} events (converted
         * from {@code Status} events when the login may not send CoreShowChannels).
         */
        default void onChannelsSnapshot(List<PbxEvent> coreShowChannelEvents, Instant takenAt) {
        }

        default void onStateChanged(ConnectionState state) {
        }
    }

    private final AmiSettings settings;
    private final OperatorEventFilter filter;
    private final SessionThreads threads = new SessionThreads();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final InputTrouble trouble = new InputTrouble();
    private final EventGate gate;
    private final LinkKeeper link;
    private final SessionActions actions;
    private final DeskActions desk;
    private final DeskLists lists;
    private CompletableFuture<ConnectionState.Connected> opened;

    public AmiSession(AmiSettings settings, Listener listener) {
        this(settings, listener, ReconnectBackoff.DEFAULT);
    }

    public AmiSession(AmiSettings settings, Listener listener, ReconnectBackoff backoff) {
        this.settings = settings;
        this.filter = OperatorEventFilter.forNumbers(settings.extensions(), settings.colleagues());
        this.gate = new EventGate(filter, threads, listener::onEvent, closed, trouble);
        this.link = new LinkKeeper(settings, filter, listener, threads, backoff, closed, gate, trouble);
        this.actions = new SessionActions(settings, threads, link::current);
        this.desk = new DeskActions(actions);
        this.lists = new DeskLists(settings, threads, link::current);
    }

    /**
     * Logs in for the first time. Completes (on the event thread) once the filters are in force,
     * or fails with an {@link AmiException} within the settings' connect timeout.
     */
    public synchronized CompletableFuture<ConnectionState.Connected> open() {
        if (opened != null) {
            return opened;
        }
        CompletableFuture<ConnectionState.Connected> result = new CompletableFuture<>();
        opened = result;
        if (closed.get()) {
            result.completeExceptionally(LoginAttempt.closedError());
            return result;
        }
        LOG.info("Opening AMI session: {}", settings);
        link.publish(new ConnectionState.Connecting(settings.host(), settings.port()));
        threads.onControl(() -> {
            try {
                ConnectionState.Connected connected = link.establish(false);
                threads.onEventThread(() -> result.complete(connected));
            } catch (AmiException e) {
                if (!closed.get()) {
                    LOG.warn("AMI login to {} as {} failed: {}", settings.address(), settings.username(),
                            e.getMessage());
                    link.publish(new ConnectionState.Failed(e.error()));
                }
                threads.onEventThread(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    public ConnectionState state() {
        return link.state();
    }

    public FilterMode filterMode() {
        return link.filterMode();
    }

    public OperatorEventFilter filter() {
        return filter;
    }

    public AmiSettings settings() {
        return settings;
    }

    /** Events the PBX sent us so far (before our own filtering). */
    public long eventsReceived() {
        return gate.received();
    }

    /** Events passed to {@link Listener#onEvent}. */
    public long eventsDelivered() {
        return gate.delivered();
    }

    /** Messages from the PBX skipped or cut short because they were malformed or oversized. */
    public long malformedInput() {
        return trouble.total();
    }

    // ---- actions -----------------------------------------------------------------------------

    /** Hangs up one channel with a cause (21 rejected, 17 busy); the dialplan goes on for the others. */
    public CompletableFuture<Void> hangup(String channel, int cause) {
        return actions.hangup(channel, cause);
    }

    /** Asks a ringing desk phone to answer ({@code PJSIPNotify} with the BroadSoft talk event). */
    public CompletableFuture<Void> remoteAnswer(String channel) {
        return actions.remoteAnswer(channel);
    }

    /**
     * Rings the operator's own device and, once it answers, dials {@code number} in
     * {@code context}. Completes when the PBX has queued the call, not when it is answered.
     */
    public CompletableFuture<Void> originate(String operatorDevice, String number, String context, String callerId) {
        return actions.originate(operatorDevice, number, context, callerId);
    }

    /** Pauses or unpauses a queue member; a blank queue means all of the member's queues. */
    public CompletableFuture<Void> queuePause(String queue, String memberInterface, boolean paused, String reason) {
        return actions.queuePause(queue, memberInterface, paused, reason);
    }

    // ---- the operator's desk: queues, transfers, colleagues ------------------------------------

    /** Logs the member interface into a queue as a dynamic member (QueueAdd, write=agent). */
    public CompletableFuture<Void> queueAdd(String queue, String memberInterface, String memberName,
                                            String stateInterface) {
        return desk.queueAdd(queue, memberInterface, memberName, stateInterface);
    }

    /** Logs a dynamic member out of a queue (QueueRemove, write=agent). */
    public CompletableFuture<Void> queueRemove(String queue, String memberInterface) {
        return desk.queueRemove(queue, memberInterface);
    }

    /** Sends the bridge peer of {@code channel} to exten@context (BlindTransfer, write=call). */
    public CompletableFuture<Void> blindTransfer(String channel, String exten, String context) {
        return desk.blindTransfer(channel, exten, context);
    }

    /** Sends {@code channel} itself to exten@context, priority 1 (Redirect, write=call). */
    public CompletableFuture<Void> redirect(String channel, String exten, String context) {
        return desk.redirect(channel, exten, context);
    }

    /** Starts an attended transfer from {@code channel} to exten@context (Atxfer, write=call). */
    public CompletableFuture<Void> atxfer(String channel, String exten, String context) {
        return desk.atxfer(channel, exten, context);
    }

    /** Cancels the attended transfer {@code channel} started (CancelAtxfer, write=call). */
    public CompletableFuture<Void> cancelAtxfer(String channel) {
        return desk.cancelAtxfer(channel);
    }

    /** QueueStatus: QueueParams, QueueMember and QueueEntry events of every queue, or of {@code queue}. */
    public CompletableFuture<List<PbxEvent>> queueStatus(String queue) {
        return lists.request(EventList.QUEUE_STATUS, queue);
    }

    /** QueueSummary: one QueueSummary event per queue, or for {@code queue}. */
    public CompletableFuture<List<PbxEvent>> queueSummary(String queue) {
        return lists.request(EventList.QUEUE_SUMMARY, queue);
    }

    /** ExtensionStateList: one ExtensionStatus event per hint (write=call or reporting). */
    public CompletableFuture<List<PbxEvent>> extensionStates() {
        return lists.request(EventList.EXTENSION_STATES, null);
    }

    /** One extension's hint state, as an {@code ExtensionStatus} event (ExtensionState, write=call or reporting). */
    public CompletableFuture<PbxEvent> extensionState(String exten, String context) {
        return desk.extensionState(exten, context);
    }

    /**
     * The PBX's live channels, as {@code CoreShowChannel} events: from {@code CoreShowChannels}, or
     * from {@code Status} where the AMI user may not send that. Safe to call from any thread, at
     * any time (the engine asks now and then while calls are live); completes on the event thread.
     */
    public CompletableFuture<List<PbxEvent>> coreShowChannels() {
        CompletableFuture<List<PbxEvent>> result = new CompletableFuture<>();
        SessionConnection conn = link.current();
        if (conn == null) {
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), null));
            return result;
        }
        link.snapshots().request(conn, (list, takenAt) -> result.complete(list),
                error -> result.completeExceptionally(new AmiException(error, null)));
        return result;
    }

    /** Logs off, stops every thread it started, and reports {@link ConnectionState.Disconnected}. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Closing AMI session to {}", settings.address());
        link.close();
        CompletableFuture<ConnectionState.Connected> first;
        synchronized (this) {
            first = opened;
        }
        if (first != null && !first.isDone()) {
            threads.onEventThread(() -> first.completeExceptionally(LoginAttempt.closedError()));
        }
        threads.stopEvents(THREAD_JOIN_MILLIS);
    }
}
