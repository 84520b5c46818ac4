package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.LogoffAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PJSIPNotifyAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.event.BridgeEvent;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
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
 */
public final class AmiSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);
    private static final long LOGOFF_WAIT_MILLIS = 1000;
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
    private final Listener listener;
    private final OperatorEventFilter filter;
    private final ReconnectBackoff backoff;
    private final ThreadPoolExecutor events;
    private final ScheduledThreadPoolExecutor control;
    private final ManagerEventListener wireListener = this::onManagerEvent;
    private final AtomicLong eventsReceived = new AtomicLong();
    private final AtomicLong eventsDelivered = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.util.Set<SessionConnection> retired = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private volatile Thread eventThread;
    private volatile ConnectionState state = new ConnectionState.Disconnected();
    private volatile FilterMode filterMode = FilterMode.CLIENT;
    /** The logged-in connection; written on the control thread only. */
    private volatile SessionConnection current;
    /** The login in progress, so that close() can cut it short. */
    private volatile CompletableFuture<SessionConnection> inflightLogin;
    private ScheduledFuture<?> pendingReconnect;
    private ScheduledFuture<?> pingTask;
    private CompletableFuture<ConnectionState.Connected> opened;

    public AmiSession(AmiSettings settings, Listener listener) {
        this(settings, listener, ReconnectBackoff.DEFAULT);
    }

    public AmiSession(AmiSettings settings, Listener listener, ReconnectBackoff backoff) {
        this.settings = settings;
        this.listener = listener;
        this.backoff = backoff;
        this.filter = OperatorEventFilter.forNumbers(settings.extensions());
        this.events = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ringside-ami-events");
            t.setDaemon(true);
            eventThread = t;
            return t;
        });
        this.control = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ringside-ami-control");
            t.setDaemon(true);
            return t;
        });
        this.control.setRemoveOnCancelPolicy(true);
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
            result.completeExceptionally(new AmiException(AmiErrors.sessionClosed(), null));
            return result;
        }
        LOG.info("Opening AMI session: {}", settings);
        publish(new ConnectionState.Connecting(settings.host(), settings.port()));
        control.execute(() -> {
            try {
                ConnectionState.Connected connected = establish();
                onEventThread(() -> result.complete(connected));
            } catch (AmiException e) {
                if (!closed.get()) {
                    LOG.warn("AMI login to {} as {} failed: {}", settings.address(), settings.username(),
                            e.getMessage());
                    publish(new ConnectionState.Failed(e.error()));
                }
                onEventThread(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    public ConnectionState state() {
        return state;
    }

    public FilterMode filterMode() {
        return filterMode;
    }

    public OperatorEventFilter filter() {
        return filter;
    }

    public AmiSettings settings() {
        return settings;
    }

    /** Events asterisk-java handed us so far (before our own filtering). */
    public long eventsReceived() {
        return eventsReceived.get();
    }

    /** Events passed to {@link Listener#onEvent}. */
    public long eventsDelivered() {
        return eventsDelivered.get();
    }

    // ---- actions -----------------------------------------------------------------------------

    /** Hangs up one channel with a cause (21 rejected, 17 busy); the dialplan goes on for the others. */
    public CompletableFuture<Void> hangup(String channel, int cause) {
        // a plain sendAction: asterisk-java's event-generating form waits for a list Asterisk only
        // sends for regex channels
        return send("Hangup", new HangupAction(channel, cause)).thenApply(r -> null);
    }

    /** Asks a ringing desk phone to answer ({@code PJSIPNotify} with the BroadSoft talk event). */
    public CompletableFuture<Void> remoteAnswer(String channel) {
        PJSIPNotifyAction notify = new PJSIPNotifyAction();
        notify.setChannel(channel);
        notify.setVariable("Event", "talk");
        return send("PJSIPNotify", notify).thenApply(r -> null);
    }

    /**
     * Rings the operator's own device and, once it answers, dials {@code number} in
     * {@code context}. Completes when the PBX has queued the call, not when it is answered.
     */
    public CompletableFuture<Void> originate(String operatorDevice, String number, String context, String callerId) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(operatorDevice);
        originate.setExten(number);
        originate.setContext(context);
        originate.setPriority(1);
        if (callerId != null && !callerId.isBlank()) {
            originate.setCallerId(callerId);
        }
        originate.setAsync(Boolean.TRUE);
        return send("Originate", originate).thenApply(r -> null);
    }

    /** Pauses or unpauses a queue member; a blank queue means all of the member's queues. */
    public CompletableFuture<Void> queuePause(String queue, String memberInterface, boolean paused, String reason) {
        QueuePauseAction pause = new QueuePauseAction(memberInterface, paused);
        if (queue != null && !queue.isBlank()) {
            pause.setQueue(queue);
        }
        if (reason != null && !reason.isBlank()) {
            pause.setReason(reason);
        }
        return send("QueuePause", pause).thenApply(r -> null);
    }

    /**
     * The PBX's live channels, as {@code CoreShowChannel} events: from {@code CoreShowChannels}, or
     * from {@code Status} where the AMI user may not send that.
     */
    public CompletableFuture<List<PbxEvent>> coreShowChannels() {
        CompletableFuture<List<PbxEvent>> result = new CompletableFuture<>();
        SessionConnection conn = current;
        if (conn == null) {
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), null));
            return result;
        }
        requestChannels(conn, (list, takenAt) -> result.complete(list),
                error -> result.completeExceptionally(new AmiException(error, null)));
        failOnTimeout(result, "the channel list");
        return result;
    }

    private CompletableFuture<ManagerResponse> send(String name, ManagerAction action) {
        CompletableFuture<ManagerResponse> result = new CompletableFuture<>();
        SessionConnection conn = current;
        if (conn == null) {
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), null));
            return result;
        }
        try {
            conn.sendAction(action, response -> {
                AmiError error = AmiErrors.actionFailure(name, response);
                if (error != null) {
                    LOG.warn("{} failed: {} (PBX said: {})", name, error.message(),
                            response == null ? "nothing, link dropped" : response.getMessage());
                }
                onEventThread(() -> {
                    if (error == null) {
                        result.complete(response);
                    } else {
                        result.completeExceptionally(new AmiException(error, null));
                    }
                });
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            LOG.warn("Could not send {}: {}", name, e.toString());
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), e));
            return result;
        }
        failOnTimeout(result, name);
        return result;
    }

    private void failOnTimeout(CompletableFuture<?> result, String name) {
        long millis = settings.connectTimeout().toMillis();
        try {
            control.schedule(() -> {
                if (!result.isDone()) {
                    onEventThread(() -> result.completeExceptionally(new AmiException(AmiErrors.actionTimeout(name), null)));
                }
            }, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new AmiException(AmiErrors.sessionClosed(), null));
        }
    }

    // ---- connecting (control thread) -----------------------------------------------------------

    private ConnectionState.Connected establish() throws AmiException {
        SessionConnection conn = connectOnce();
        current = conn;
        FilterMode mode;
        try {
            mode = applyFilters(conn);
        } catch (AmiException e) {
            current = null;
            retire(conn);
            throw e;
        }
        filterMode = mode;
        ConnectionState.Connected connected = new ConnectionState.Connected(conn.asteriskVersion(),
                mode.serverFiltered());
        publish(connected);
        requestChannels(conn, (list, takenAt) -> safely(() -> listener.onChannelsSnapshot(list, takenAt)),
                error -> LOG.warn("No channel snapshot after login, calls that ended while offline stay open "
                        + "until their next event: {}", error.message()));
        startPing();
        return connected;
    }

    /** Socket, banner, login and version, all within the connect timeout. */
    private SessionConnection connectOnce() throws AmiException {
        long deadline = System.nanoTime() + settings.connectTimeout().toNanos();
        AtomicReference<AmiSocket.Phase> phase = new AtomicReference<>(AmiSocket.Phase.CONNECTING);
        AtomicReference<SessionConnection> made = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<SessionConnection> result = new CompletableFuture<>();
        inflightLogin = result;
        if (closed.get()) {
            throw new AmiException(AmiErrors.sessionClosed(), null);
        }
        Thread login = new Thread(() -> {
            try {
                AmiSocket socket = AmiSocket.open(settings, deadline, phase::set);
                phase.set(AmiSocket.Phase.LOGIN);
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                SessionConnection conn = new SessionConnection(settings, socket, left, this::onLinkLost);
                made.set(conn);
                if (abandoned.get()) {
                    return;
                }
                conn.addEventListener(wireListener);
                conn.login();
                result.complete(conn);
            } catch (AmiException e) {
                result.completeExceptionally(e);
            } catch (AuthenticationFailedException e) {
                result.completeExceptionally(loginFailure(e, deadline));
            } catch (Exception e) {
                LOG.info("AMI login to {} broke off: {}", settings.address(), e.toString());
                result.completeExceptionally(System.nanoTime() - deadline >= 0
                        ? new AmiException(AmiErrors.loginTimeout(settings.address()), e)
                        : new AmiException(AmiErrors.loginBroken(settings.address()), e));
            } finally {
                SessionConnection conn = made.get();
                if (abandoned.get() && conn != null) {
                    conn.abort();
                }
            }
        }, "ringside-ami-login");
        login.setDaemon(true);
        login.start();
        try {
            long waitNanos = Math.max(1, deadline - System.nanoTime());
            return result.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            retire(made.get());
            login.interrupt();
            AmiError error = timeoutError(phase.get());
            LOG.info("AMI login to {} gave up after {} ms while {}", settings.address(),
                    settings.connectTimeout().toMillis(), phase.get());
            throw new AmiException(error, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned.set(true);
            throw new AmiException(AmiError.Kind.OTHER, "Interrupted while logging in");
        } catch (ExecutionException e) {
            abandoned.set(true);
            retire(made.get());
            if (e.getCause() instanceof AmiException) {
                throw (AmiException) e.getCause();
            }
            throw new AmiException(new AmiError(AmiError.Kind.OTHER, "Login failed"), e.getCause());
        } finally {
            inflightLogin = null;
        }
    }

    private AmiError timeoutError(AmiSocket.Phase phase) {
        switch (phase) {
            case CONNECTING:
                return AmiErrors.nothingAnswers(settings.address());
            case BANNER:
                return AmiErrors.notAmi();
            default:
                return AmiErrors.loginTimeout(settings.address());
        }
    }

    private AmiException loginFailure(AuthenticationFailedException e, long deadline) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.getCause() == null && !message.startsWith("Unable to")) {
            // the PBX answered the Login action with an error: the secret, the name, or an ACL
            LOG.warn("AMI login as {} refused by {}: {}", settings.username(), settings.address(), message);
            return new AmiException(AmiErrors.wrongCredentials(), e);
        }
        LOG.info("AMI login to {} failed: {} ({})", settings.address(), message,
                e.getCause() == null ? "" : e.getCause().toString());
        if (System.nanoTime() - deadline >= 0 || e.getCause() instanceof org.asteriskjava.manager.TimeoutException) {
            return new AmiException(AmiErrors.loginTimeout(settings.address()), e);
        }
        return new AmiException(AmiErrors.loginBroken(settings.address()), e);
    }

    /** Advanced filters where the PBX takes them, else legacy, else none (we filter ourselves). */
    private FilterMode applyFilters(SessionConnection conn) throws AmiException {
        String version = conn.asteriskVersion();
        if (AsteriskVersions.supportsMatchCriteria(version)) {
            FilterOutcome outcome = sendFilters(conn, filter.advancedFilters());
            if (outcome.ok()) {
                LOG.info("Event filtering: on the PBX with MatchCriteria filters (Asterisk {}); {}", version,
                        filter.describe());
                return FilterMode.ADVANCED;
            }
            if (outcome.denied()) {
                return clientFiltering(outcome);
            }
            LOG.warn("The PBX refused a MatchCriteria filter ({}); trying legacy regex filters", outcome.message());
        } else {
            LOG.info("Asterisk version '{}' takes no MatchCriteria filters; using legacy regex filters",
                    version.isEmpty() ? "unknown" : version);
        }
        FilterOutcome outcome = sendFilters(conn, filter.legacyFilters());
        if (outcome.ok()) {
            LOG.info("Event filtering: on the PBX with legacy regex filters; {}", filter.describe());
            return FilterMode.LEGACY;
        }
        return clientFiltering(outcome);
    }

    private FilterMode clientFiltering(FilterOutcome outcome) {
        if (outcome.denied()) {
            LOG.warn("Event filtering: in this app, event by event. The AMI user {} may not add filters "
                    + "(needs write=system); every event of the PBX crosses the network. An eventfilter in "
                    + "manager.conf does the same on the PBX.", settings.username());
        } else {
            LOG.warn("Event filtering: in this app, event by event. The PBX refused the filters: {}",
                    outcome.message());
        }
        return FilterMode.CLIENT;
    }

    private record FilterOutcome(boolean ok, boolean denied, String message) {
    }

    private FilterOutcome sendFilters(SessionConnection conn, List<OperatorEventFilter.FilterSpec> specs)
            throws AmiException {
        for (OperatorEventFilter.FilterSpec spec : specs) {
            CompletableFuture<ManagerResponse> answer = new CompletableFuture<>();
            try {
                conn.sendAction(MatchCriteriaFilterAction.of(spec), answer::complete);
            } catch (IOException | IllegalStateException e) {
                throw new AmiException(new AmiError(AmiError.Kind.LINK_LOST,
                        "The connection to the PBX dropped during login"), e);
            }
            ManagerResponse response;
            try {
                response = answer.get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AmiException(new AmiError(AmiError.Kind.LOGIN_TIMEOUT,
                        "The PBX at " + settings.address() + " did not answer the Filter action", settings.address()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AmiException(AmiError.Kind.OTHER, "Interrupted while logging in");
            } catch (ExecutionException e) {
                throw new AmiException(AmiErrors.linkLost(), e.getCause());
            }
            if (response == null) {
                throw new AmiException(new AmiError(AmiError.Kind.LINK_LOST,
                        "The connection to the PBX dropped during login"), null);
            }
            AmiError error = AmiErrors.actionFailure("Filter", response);
            if (error != null) {
                LOG.info("Filter {} / {} refused: {}", spec.matchCriteria(), spec.filter(), response.getMessage());
                return new FilterOutcome(false, error.kind() == AmiError.Kind.PERMISSION_DENIED,
                        String.valueOf(response.getMessage()));
            }
        }
        return new FilterOutcome(true, false, "");
    }

    private interface ChannelsHandler {
        void accept(List<PbxEvent> channels, Instant takenAt);
    }

    /**
     * Takes the list of live channels: {@code CoreShowChannels}, or {@code Status} when the PBX
     * refuses that (it wants {@code write=system} or {@code reporting}; Status also takes
     * {@code call}). Both handlers run on the event thread; {@code onError} gets a refusal of both
     * as {@link AmiError.Kind#PERMISSION_DENIED} or {@link AmiError.Kind#ACTION_FAILED}.
     */
    private void requestChannels(SessionConnection conn, ChannelsHandler onList,
                                 java.util.function.Consumer<AmiError> onError) {
        requestList(conn, ChannelListAction.CORE_SHOW_CHANNELS, onList, error -> {
            if (!refused(error)) {
                onError.accept(error);
                return;
            }
            LOG.info("{}; taking the channel snapshot with Status instead", error.message());
            requestList(conn, ChannelListAction.STATUS, onList, statusError -> onError.accept(
                    refused(statusError) ? bothRefused(statusError) : statusError));
        });
    }

    private AmiError bothRefused(AmiError statusError) {
        if (statusError.kind() == AmiError.Kind.PERMISSION_DENIED) {
            return new AmiError(statusError.kind(), "The AMI user " + settings.username()
                    + " may send neither CoreShowChannels nor Status (Status needs write=call, reporting or system)",
                    "CoreShowChannels, Status");
        }
        return new AmiError(statusError.kind(), "The PBX refused both CoreShowChannels and Status ("
                + statusError.message() + ")", "CoreShowChannels, Status");
    }

    /** The PBX answered with an error, as opposed to the link dropping before it answered. */
    private static boolean refused(AmiError error) {
        return error.kind() == AmiError.Kind.PERMISSION_DENIED || error.kind() == AmiError.Kind.ACTION_FAILED
                || error.kind() == AmiError.Kind.CALL_ENDED;
    }

    /**
     * Sends one list action through asterisk-java's callback form; both handlers run on the event
     * thread, after every event that came before the list's end. A list cut short by a dropped link
     * is never handed over: a partial list would close live calls.
     */
    private void requestList(SessionConnection conn, ChannelListAction list, ChannelsHandler onList,
                             java.util.function.Consumer<AmiError> onError) {
        AtomicBoolean answered = new AtomicBoolean();
        EventGeneratingAction action = list.newAction();
        try {
            conn.sendEventGeneratingAction(action, responseEvents -> {
                if (!answered.compareAndSet(false, true)) {
                    return;
                }
                Instant takenAt = Instant.now();
                ManagerResponse response = responseEvents.getResponse();
                AmiError error = AmiErrors.actionFailure(list.actionName(), response);
                boolean complete = responseEvents.getEvents().stream()
                        .anyMatch(e -> action.getActionCompleteEventClass().isInstance(e));
                if (error == null && !complete) {
                    error = AmiErrors.linkLost();
                }
                if (error != null) {
                    AmiError failure = error;
                    onEventThread(() -> onError.accept(failure));
                    return;
                }
                List<ResponseEvent> raw = new ArrayList<>(responseEvents.getEvents());
                onEventThread(() -> {
                    List<PbxEvent> channels = new ArrayList<>();
                    for (ResponseEvent e : raw) {
                        PbxEvent channel = list.toCoreShowChannel(e);
                        if (channel != null) {
                            channels.add(channel);
                        }
                    }
                    LOG.info("Channel snapshot ({}): {} live channel(s)", list.actionName(), channels.size());
                    onList.accept(List.copyOf(channels), takenAt);
                });
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            onEventThread(() -> onError.accept(AmiErrors.notConnected()));
        }
    }

    private void startPing() {
        stopPing();
        long millis = settings.pingInterval().toMillis();
        pingTask = control.scheduleWithFixedDelay(() -> {
            SessionConnection conn = current;
            if (conn == null) {
                return;
            }
            try {
                // the answer only matters as traffic: the socket's read timeout notices a dead link
                conn.sendAction(new PingAction(), null);
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Ping not sent: {}", e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void stopPing() {
        if (pingTask != null) {
            pingTask.cancel(false);
            pingTask = null;
        }
    }

    // ---- losing the link and coming back (control thread) ----------------------------------------

    /** Called on asterisk-java's event pump thread: hand over and return at once. */
    private void onLinkLost(SessionConnection conn, String reason) {
        try {
            control.execute(() -> handleLinkLost(conn, reason));
        } catch (RejectedExecutionException e) {
            LOG.debug("Link lost after close: {}", reason);
        }
    }

    private void handleLinkLost(SessionConnection conn, String reason) {
        if (closed.get() || conn != current) {
            return;
        }
        current = null;
        stopPing();
        LOG.warn("AMI link to {} lost: {}", settings.address(), reason);
        retire(conn);
        scheduleReconnect(1, reason);
    }

    private void scheduleReconnect(int attempt, String reason) {
        if (closed.get()) {
            return;
        }
        Duration delay = backoff.delay(attempt);
        Instant next = Instant.now().plus(delay);
        publish(new ConnectionState.Reconnecting(next, attempt, reason));
        LOG.info("Reconnect attempt {} to {} in {} ms", attempt, settings.address(), delay.toMillis());
        pendingReconnect = control.schedule(() -> reconnect(attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reconnect(int attempt) {
        if (closed.get()) {
            return;
        }
        try {
            establish();
            LOG.info("Reconnected to {} on attempt {}", settings.address(), attempt);
        } catch (AmiException e) {
            if (closed.get()) {
                return;
            }
            if (e.error().kind() == AmiError.Kind.WRONG_CREDENTIALS) {
                LOG.error("Giving up on {}: the AMI login is refused now ({})", settings.address(), e.getMessage());
                publish(new ConnectionState.Failed(e.error()));
                return;
            }
            LOG.info("Reconnect attempt {} to {} failed: {}", attempt, settings.address(), e.getMessage());
            scheduleReconnect(attempt + 1, e.getMessage());
        }
    }

    /** Drops a connection we are done with, and soon after makes sure its threads have ended. */
    private void retire(SessionConnection conn) {
        if (conn == null) {
            return;
        }
        conn.abort();
        retired.add(conn);
        try {
            control.schedule(() -> {
                conn.joinThreads(THREAD_JOIN_MILLIS);
                retired.remove(conn);
            }, 200, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing: close() joins what is left in retired
        }
    }

    // ---- events (asterisk-java's pump thread -> our event thread) --------------------------------

    private void onManagerEvent(ManagerEvent event) {
        if (isNotForUs(event)) {
            return;
        }
        eventsReceived.incrementAndGet();
        try {
            events.execute(() -> deliver(event));
        } catch (RejectedExecutionException e) {
            // closing: nobody listens any more
        }
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
        eventsDelivered.incrementAndGet();
        safely(() -> listener.onEvent(amiEvent));
    }

    // ---- state and threads -------------------------------------------------------------------------

    private void publish(ConnectionState newState) {
        state = newState;
        onEventThread(() -> safely(() -> listener.onStateChanged(newState)));
    }

    private void onEventThread(Runnable task) {
        try {
            events.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    private void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("AMI session listener failed", e);
        }
    }

    /** Logs off, stops every thread it started, and reports {@link ConnectionState.Disconnected}. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Closing AMI session to {}", settings.address());
        CompletableFuture<SessionConnection> login = inflightLogin;
        if (login != null) {
            login.completeExceptionally(new AmiException(AmiErrors.sessionClosed(), null));
        }
        AtomicReference<SessionConnection> last = new AtomicReference<>();
        Future<?> stopping = control.submit(() -> {
            if (pendingReconnect != null) {
                pendingReconnect.cancel(false);
            }
            stopPing();
            SessionConnection conn = current;
            current = null;
            last.set(conn);
            if (conn != null) {
                logoff(conn);
            }
        });
        try {
            stopping.get(settings.connectTimeout().toMillis() + LOGOFF_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("AMI session did not stop cleanly: {}", e.toString());
        }
        control.shutdownNow();
        awaitQuietly(control, THREAD_JOIN_MILLIS);
        SessionConnection conn = last.get();
        if (conn == null) {
            conn = current;
        }
        if (conn != null) {
            conn.abort();
            conn.joinThreads(THREAD_JOIN_MILLIS);
        }
        for (SessionConnection old : retired) {
            old.joinThreads(THREAD_JOIN_MILLIS);
        }
        retired.clear();
        publish(new ConnectionState.Disconnected());
        CompletableFuture<ConnectionState.Connected> first;
        synchronized (this) {
            first = opened;
        }
        if (first != null && !first.isDone()) {
            onEventThread(() -> first.completeExceptionally(
                    new AmiException(AmiErrors.sessionClosed(), null)));
        }
        events.shutdown();
        if (Thread.currentThread() != eventThread) {
            awaitQuietly(events, THREAD_JOIN_MILLIS);
        }
    }

    private void logoff(SessionConnection conn) {
        CompletableFuture<ManagerResponse> bye = new CompletableFuture<>();
        try {
            conn.sendAction(new LogoffAction(), bye::complete);
            bye.get(LOGOFF_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException | IllegalStateException | ExecutionException | TimeoutException e) {
            LOG.debug("Logoff: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        conn.abort();
    }

    private static void awaitQuietly(java.util.concurrent.ExecutorService executor, long millis) {
        try {
            if (!executor.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
