package dev.ringside.app;

import dev.ringside.ami.AmiError;
import dev.ringside.call.PbxEvent;
import dev.ringside.ami.AmiException;
import dev.ringside.ami.AmiSession;
import dev.ringside.ami.AmiSettings;
import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallTracker;
import dev.ringside.call.FilterDiagnosis;
import dev.ringside.call.InternalNumbers;
import dev.ringside.call.OperatorNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One operator's live engine: the AMI session feeds the tracker on the engine's own thread, and the
 * operator's actions (accept, reject, call back) go back to the PBX as AMI actions.
 *
 * <p>Every touch of the tracker happens on the single engine thread, so events, reconnect snapshots,
 * housekeeping and the operator's clicks are applied in one order. Nothing here blocks: AMI actions
 * complete asynchronously.
 */
public final class CallEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallEngine.class);

    private final AmiSettings settings;
    private final OperatorNumbers numbers;
    private final CallTracker tracker;
    private final AmiSession session;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    /** Events on their way to the engine thread, bounded: a tracker that falls behind slows the reader. */
    private final EngineInbox inbox;
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<PbxEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<java.util.Set<String>>> snapshotListeners = new CopyOnWriteArrayList<>();
    private final EngineTimings timings;
    private final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    private final FilterWatch filterWatch;
    private final LivenessCheck liveness;
    /** Touched on AMI threads only: a drop of the link is told to the tracker once per drop. */
    private volatile boolean linkUp;
    private volatile EngineOptions options;
    private volatile String lastSeenTech;
    private volatile List<Call> live = List.of();

    public CallEngine(AmiSettings settings, EngineOptions options) {
        this(settings, options, EngineTimings.DEFAULT);
    }

    public CallEngine(AmiSettings settings, EngineOptions options, EngineTimings timings) {
        this(settings, options, timings, Clock.systemUTC());
    }

    CallEngine(AmiSettings settings, EngineOptions options, EngineTimings timings, Clock clock) {
        this.settings = settings;
        this.options = options;
        this.timings = timings;
        this.clock = clock;
        this.numbers = new OperatorNumbers(settings.extensions());
        this.tracker = new CallTracker(numbers, InternalNumbers.DEFAULT, timings.tracker());
        this.filterWatch = new FilterWatch(settings, numbers, timings.diagnosisWindow());
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ringside-engine");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
        this.inbox = new EngineInbox(executor, EngineInbox.DEFAULT_CAPACITY, executor::isShutdown);
        tracker.addListener((before, now) -> {
            live = tracker.liveCalls();
            rememberTechnology(now);
        });
        this.session = new AmiSession(settings, new AmiSession.Listener() {
            @Override
            public void onEvent(PbxEvent event) {
                inbox.submit(() -> {
                    tracker.onEvent(event);
                    filterWatch.onEvent(event, clock.instant());
                    for (Consumer<PbxEvent> l : eventListeners) {
                        try {
                            l.accept(event);
                        } catch (RuntimeException e) {
                            log.warn("An event listener failed", e);
                        }
                    }
                });
            }

            @Override
            public void onChannelsSnapshot(List<PbxEvent> channels, Instant takenAt) {
                thread.execute(() -> {
                    tracker.onChannelsSnapshot(channels, takenAt);
                    java.util.Set<String> live = new java.util.HashSet<>();
                    tracker.liveCalls().forEach(c -> live.add(c.linkedId()));
                    snapshotListeners.forEach(l -> l.accept(live));
                });
            }

            @Override
            public void onStateChanged(ConnectionState state) {
                linkChanged(state);
                for (Consumer<ConnectionState> l : stateListeners) {
                    try {
                        l.accept(state);
                    } catch (RuntimeException e) {
                        log.warn("A connection state listener failed", e);
                    }
                }
            }
        });
        this.liveness = new LivenessCheck(tracker, session::coreShowChannels, thread, clock, timings.livenessAfter());
    }

    public OperatorNumbers numbers() {
        return numbers;
    }

    public AmiSettings settings() {
        return settings;
    }

    public EngineOptions options() {
        return options;
    }

    public void setOptions(EngineOptions options) {
        this.options = options;
    }

    /** Called on the engine thread for every change of every call. Add before {@link #start()}. */
    public void addCallListener(CallListener listener) {
        tracker.addListener(listener);
    }

    /**
     * Called on the engine thread after each list of the PBX's live channels (every login) has been
     * applied, with the Linkedids of the calls live now. Add before {@link #start()}.
     */
    public void addSnapshotListener(Consumer<java.util.Set<String>> listener) {
        snapshotListeners.add(listener);
    }

    /**
     * Runs {@code task} on the engine thread every {@code period} while calls are live, with those
     * calls (so the history can note they were still heard of). Add before {@link #start()}.
     */
    public void whileCallsLive(Duration period, Consumer<List<Call>> task) {
        heartbeats.add(new Heartbeat(period, task));
    }

    private record Heartbeat(Duration period, Consumer<List<Call>> task) {
    }

    /** Called on an AMI thread for every change of the link. Add before {@link #start()}. */
    public void addStateListener(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
    }

    public ConnectionState connectionState() {
        return session.state();
    }

    /** Calls ringing or in progress now; safe from any thread. */
    public List<Call> liveCalls() {
        return live;
    }

    /** How many calls the tracker holds (ended ones it still keeps included), read on the engine thread. */
    public CompletableFuture<Integer> trackedCalls() {
        return onEngine(tracker::trackedCalls);
    }

    /** Logs in; completes when the link is up and filtered, or fails with an {@link AmiException}. */
    public CompletableFuture<ConnectionState.Connected> start() {
        long tick = timings.tick().toMillis();
        thread.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        long period = timings.livenessPeriod().toMillis();
        thread.scheduleWithFixedDelay(liveness::run, period, period, TimeUnit.MILLISECONDS);
        for (Heartbeat h : heartbeats) {
            long every = h.period().toMillis();
            thread.scheduleWithFixedDelay(() -> {
                List<Call> now = tracker.liveCalls();
                if (!now.isEmpty()) {
                    h.task().accept(now);
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
        return session.open();
    }

    // ---------------------------------------------------------------- the operator's actions

    /** Records that the operator accepted; with remote answer on, also asks the phone to pick up. */
    public CompletableFuture<Call> accept(String linkedId) {
        Instant at = clock.instant();
        return onEngine(() -> tracker.markAccepted(linkedId, at)).thenCompose(call -> {
            if (call.isEmpty()) {
                return failed(AmiError.Kind.NOT_RINGING, "That call is no longer ringing.");
            }
            if (!options.remoteAnswer()) {
                return CompletableFuture.completedFuture(call.get());
            }
            return onEngine(() -> tracker.rejectTargets(linkedId)).thenCompose(legs -> {
                String leg = legs.isEmpty() ? call.get().operatorChannel() : legs.get(0);
                return session.remoteAnswer(leg).thenApply(ok -> call.get());
            });
        });
    }

    /**
     * Rejects a ringing call: AMI {@code Hangup} with the reject cause on the operator's ringing
     * leg(s), or on the caller when the reject mode says so. The call is marked rejected first, so
     * the PBX's hangup is read as a reject; if the Hangup fails, the mark is taken back.
     */
    public CompletableFuture<Void> reject(String linkedId) {
        Instant at = clock.instant();
        EngineOptions opts = options;
        return onEngine(() -> {
            Optional<Call> call = tracker.call(linkedId);
            if (call.isEmpty() || !call.get().status().isLive()) {
                return List.<String>of();
            }
            List<String> targets = opts.rejectMode() == EngineOptions.RejectMode.CALLER && call.get().callerChannel() != null
                    ? List.of(call.get().callerChannel())
                    : tracker.rejectTargets(linkedId);
            if (!targets.isEmpty()) {
                tracker.markRejected(linkedId, at);
            }
            return targets;
        }).thenCompose(targets -> {
            if (targets.isEmpty()) {
                return failed(AmiError.Kind.NOT_RINGING, "That call is no longer ringing.");
            }
            List<CompletableFuture<Void>> hangups = new ArrayList<>();
            for (String channel : targets) {
                hangups.add(session.hangup(channel, opts.rejectCause()));
            }
            return CompletableFuture.allOf(hangups.toArray(new CompletableFuture[0])).whenComplete((ok, error) -> {
                if (error != null) {
                    thread.execute(() -> tracker.clearRejected(linkedId));
                    log.warn("Reject of {} failed: {}", linkedId, error.getMessage());
                }
            });
        });
    }

    /** Calls a number back from the operator's own phone (AMI Originate). */
    public CompletableFuture<Void> callBack(String number) {
        String digits = number == null ? "" : number.replaceAll("[^0-9+*#]", "");
        if (digits.isEmpty()) {
            return failed(AmiError.Kind.NO_NUMBER, "There is no number to call.");
        }
        String ext = numbers.numbers().get(0);
        String tech = lastSeenTech != null ? lastSeenTech : options.originateTech();
        return session.originate(tech + "/" + ext, digits, options.originateContext(), ext);
    }

    /** Pauses or unpauses the operator in a queue (all queues when {@code queue} is blank). */
    public CompletableFuture<Void> queuePause(String queue, boolean paused, String reason) {
        String tech = lastSeenTech != null ? lastSeenTech : options.originateTech();
        return session.queuePause(queue, tech + "/" + numbers.numbers().get(0), paused, reason);
    }

    public void setNotes(String linkedId, String notes) {
        thread.execute(() -> tracker.setNotes(linkedId, notes));
    }

    @Override
    public void close() {
        session.close();
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- the PBX's filters

    /** The PBX hides the operator's own channel events (see {@link FilterDiagnosis}), while it does. */
    public Optional<FilterDiagnosis.Finding> filterProblem() {
        return filterWatch.problem();
    }

    /** Called on the engine thread when {@link #filterProblem()} changes. Add before {@link #start()}. */
    public void addFilterProblemListener(Consumer<Optional<FilterDiagnosis.Finding>> listener) {
        filterWatch.addListener(listener);
    }

    /** The command that prints a manager.conf section for this login that lets the operator's events through. */
    public String filterFixCommand() {
        return filterWatch.fixCommand();
    }

    // ---------------------------------------------------------------- internals

    private void tick() {
        Instant now = clock.instant();
        tracker.tick(now);
        filterWatch.tick(now);
    }

    /** On an AMI thread: the first drop after a login tells the tracker when the link was last alive. */
    private void linkChanged(ConnectionState state) {
        if (state instanceof ConnectionState.Connected c) {
            filterWatch.setAsteriskVersion(c.asteriskVersion());
            linkUp = true;
        } else if (linkUp && !(state instanceof ConnectionState.Connecting)) {
            linkUp = false;
            Instant lostAt = clock.instant();
            thread.execute(() -> tracker.onLinkLost(lostAt));
        }
    }

    private void rememberTechnology(Call call) {
        String channel = call.operatorChannel();
        if (channel != null && channel.indexOf('/') > 0 && !channel.regionMatches(true, 0, "Local/", 0, 6)) {
            lastSeenTech = channel.substring(0, channel.indexOf('/'));
        }
    }

    /** Called on the engine thread, after the tracker, with every event the session delivers. Add before {@link #start()}. */
    void addEventListener(Consumer<PbxEvent> listener) {
        eventListeners.add(listener);
    }

    /** The session, for the desk's own actions and lists. */
    AmiSession session() {
        return session;
    }

    /** Runs on the engine thread, after everything queued before it. */
    void execute(Runnable work) {
        thread.execute(work);
    }

    /** The channel technology of the operator's phone: as last seen on a call, else as configured. */
    String deviceTech() {
        return lastSeenTech != null ? lastSeenTech : options.originateTech();
    }

    /** A call that is ringing or in progress now. */
    Optional<Call> liveCall(String linkedId) {
        return live.stream().filter(c -> c.linkedId().equals(linkedId)).findFirst();
    }

    private <T> CompletableFuture<T> onEngine(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, thread);
    }

    private static <T> CompletableFuture<T> failed(AmiError.Kind kind, String message) {
        return CompletableFuture.failedFuture(new AmiException(kind, message));
    }
}
