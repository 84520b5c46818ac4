package dev.ringside.app;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ami.AmiSession;
import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.PbxEvent;
import dev.ringside.desk.BreakState;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Presence;
import dev.ringside.desk.PresenceBoard;
import dev.ringside.desk.QueueBoard;
import dev.ringside.desk.QueueState;
import dev.ringside.desk.TransferProgress;
import dev.ringside.desk.TransferWatch;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's desk on top of the call engine: the queue board and colleagues' presence, fed
 * from the PBX's lists after every login and from events on the engine thread (with QueueSummary
 * polled while connected, since a filtered session never sees other callers join); the break
 * log; transfers followed on the operator's own channel; and the actions, each an AMI action in
 * the callback form.
 */
final class OperatorDesk implements Desk, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OperatorDesk.class);
    static final Duration SUMMARY_POLL = Duration.ofSeconds(10);

    private final CallEngine engine;
    private final AmiSession session;
    private final DeskSettings settings;
    private final BreakLog breaks;
    private final Clock clock;
    private final String extension;
    private final QueueBoard board;
    private final PresenceBoard presenceBoard;
    private final TransferWatch transfers = new TransferWatch();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ringside-desk-poll");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<TransferProgress>> transferListeners = new CopyOnWriteArrayList<>();
    private volatile List<QueueState> queues = List.of();
    private volatile BreakState breakState = BreakState.NONE;
    private volatile Map<String, Presence> presence = Map.of();
    private volatile boolean connected;
    private boolean statusSeen;

    /** Wire before {@link CallEngine#start()}, so no event is missed. */
    OperatorDesk(CallEngine engine, DeskSettings settings, BreakLog breaks, Clock clock) {
        this.engine = engine;
        this.session = engine.session();
        this.settings = settings;
        this.breaks = breaks;
        this.clock = clock;
        this.extension = engine.numbers().numbers().get(0);
        Pattern mine = Pattern.compile(engine.session().filter().interfaceRegex());
        this.board = new QueueBoard(iface -> mine.matcher(iface).find());
        this.presenceBoard = new PresenceBoard(settings.colleagueExtensions());
        this.presence = presenceBoard.all();
        engine.addEventListener(this::onEvent);
        engine.addStateListener(this::onState);
        engine.addCallListener((before, now) -> {
            if (now.status().isTerminal()) {
                transfers.callEnded(now.linkedId()).ifPresent(this::transferChanged);
            }
        });
        poller.scheduleWithFixedDelay(this::pollSummary, SUMMARY_POLL.toMillis(), SUMMARY_POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    // ---- feeding the boards (engine thread) -----------------------------------------------------

    private void onState(ConnectionState state) {
        connected = state instanceof ConnectionState.Connected;
        if (connected) {
            loadLists();
        }
    }

    private void loadLists() {
        session.queueStatus(null).whenComplete((list, error) -> {
            if (error != null) {
                log.warn("QueueStatus failed: {}", error.getMessage());
                return;
            }
            engine.execute(() -> {
                board.applyStatus(list, clock.instant());
                if (!statusSeen && !board.breakState().onBreak()) {
                    breaks.ended(clock.instant()); // a break an earlier run left open is over
                }
                statusSeen = true;
                publishQueues();
            });
        });
        if (presenceBoard.all().isEmpty()) {
            return;
        }
        session.extensionStates().whenComplete((list, error) -> {
            if (error == null) {
                engine.execute(() -> applyPresence(list));
                return;
            }
            log.info("ExtensionStateList failed ({}); asking each colleague's hint", error.getMessage());
            for (Colleague c : settings.colleagues()) {
                session.extensionState(c.extension(), settings.hintContext()).thenAccept(one ->
                        engine.execute(() -> applyPresence(List.of(one))));
            }
        });
    }

    private void pollSummary() {
        if (!connected) {
            return;
        }
        session.queueSummary(null).whenComplete((list, error) -> {
            if (error == null) {
                engine.execute(() -> {
                    board.applySummary(list, clock.instant());
                    publishQueues();
                });
            } else {
                log.debug("QueueSummary failed: {}", error.getMessage());
            }
        });
    }

    private void onEvent(PbxEvent e) {
        if (board.onEvent(e)) {
            publishQueues();
        }
        if (presenceBoard.onEvent(e)) {
            presence = presenceBoard.all();
            changed();
        }
        for (TransferProgress p : transfers.onEvent(e)) {
            transferChanged(p);
        }
    }

    private void applyPresence(List<PbxEvent> list) {
        presenceBoard.applyList(list);
        presence = presenceBoard.all();
        changed();
    }

    private void publishQueues() {
        queues = board.queues();
        BreakState now = board.breakState();
        BreakState before = breakState;
        breakState = now;
        if (now.onBreak() && !before.onBreak()) {
            breaks.started(now.since() == null ? clock.instant() : now.since(), now.reason());
        } else if (!now.onBreak() && before.onBreak()) {
            breaks.ended(clock.instant());
        }
        changed();
    }

    private void changed() {
        for (Runnable l : changeListeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                log.warn("A desk listener failed", e);
            }
        }
    }

    private void transferChanged(TransferProgress p) {
        for (Consumer<TransferProgress> l : transferListeners) {
            try {
                l.accept(p);
            } catch (RuntimeException e) {
                log.warn("A transfer listener failed", e);
            }
        }
    }

    // ---- reading ----------------------------------------------------------------------------------

    @Override
    public List<QueueState> queues() {
        return queues;
    }

    @Override
    public List<String> loginQueues() {
        return settings.loginQueues();
    }

    @Override
    public BreakState breakState() {
        return breakState;
    }

    @Override
    public List<String> breakReasons() {
        return settings.breakReasons();
    }

    @Override
    public Subscription onChanged(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    @Override
    public List<Colleague> colleagues() {
        return settings.colleagues();
    }

    @Override
    public Presence presence(String ext) {
        return presence.getOrDefault(ext, Presence.UNKNOWN);
    }

    @Override
    public Optional<TransferProgress> transfer(String linkedId) {
        return transfers.progress(linkedId);
    }

    @Override
    public Subscription onTransfer(Consumer<TransferProgress> listener) {
        transferListeners.add(listener);
        return () -> transferListeners.remove(listener);
    }

    @Override
    public CompletableFuture<DayStats> myDay() {
        return breaks.dayStats(clock.instant());
    }

    // ---- queues and breaks ------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> pause(String queue, String reason) {
        return setPaused(queue, true, reason);
    }

    @Override
    public CompletableFuture<Void> unpause(String queue) {
        return setPaused(queue, false, null);
    }

    /**
     * One QueuePause per member interface the operator has: without a queue it pauses everywhere
     * that interface is a member, as Asterisk does; a queue names where.
     */
    private CompletableFuture<Void> setPaused(String queue, boolean paused, String reason) {
        Map<String, List<String>> byInterface = new LinkedHashMap<>();
        for (QueueState q : queues) {
            if (q.isMember() && (queue == null || q.queue().equals(queue))) {
                byInterface.computeIfAbsent(q.membership().memberInterface(), i -> new ArrayList<>()).add(q.queue());
            }
        }
        if (byInterface.isEmpty()) {
            // the board may not know yet: let the PBX decide for the operator's usual interface
            return session.queuePause(queue, memberInterface(), paused, reason);
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (String iface : byInterface.keySet()) {
            sent.add(session.queuePause(queue, iface, paused, reason));
        }
        return CompletableFuture.allOf(sent.toArray(new CompletableFuture[0]));
    }

    @Override
    public CompletableFuture<Void> login(String queue) {
        String name = settings.memberName().isBlank() ? extension : settings.memberName();
        return session.queueAdd(queue, memberInterface(), name, engine.deviceTech() + "/" + extension);
    }

    @Override
    public CompletableFuture<Void> logout(String queue) {
        String iface = queues.stream().filter(q -> q.queue().equals(queue) && q.isMember())
                .map(q -> q.membership().memberInterface()).findFirst().orElse(memberInterface());
        return session.queueRemove(queue, iface);
    }

    /** What app_queue dials for the operator: {@code PJSIP/777}; IAX2 needs the number too ({@code IAX2/777/777}). */
    private String memberInterface() {
        String tech = engine.deviceTech();
        return tech.equalsIgnoreCase("IAX2") ? tech + "/" + extension + "/" + extension : tech + "/" + extension;
    }

    // ---- live calls -------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> hangup(String linkedId) {
        return withLeg(linkedId).thenCompose(call -> session.hangup(call.operatorChannel(), 16));
    }

    @Override
    public CompletableFuture<Void> blindTransfer(String linkedId, String number) {
        return transfer(linkedId, number, false);
    }

    @Override
    public CompletableFuture<Void> attendedTransfer(String linkedId, String number) {
        return transfer(linkedId, number, true);
    }

    private CompletableFuture<Void> transfer(String linkedId, String number, boolean attended) {
        String target = number == null ? "" : number.replaceAll("[^0-9+*#]", "");
        if (target.isEmpty()) {
            return CompletableFuture.failedFuture(new AmiException(AmiError.Kind.NO_NUMBER, "No number to transfer to"));
        }
        return withLeg(linkedId).thenCompose(call -> {
            if (call.status() != CallStatus.ANSWERED) {
                return CompletableFuture.failedFuture(new AmiException(new AmiError(AmiError.Kind.TRANSFER_FAILED,
                        "Only an answered call can be transferred", attended ? "Atxfer" : "BlindTransfer"), null));
            }
            String channel = call.operatorChannel();
            String context = engine.options().originateContext();
            CompletableFuture<Void> started = new CompletableFuture<>();
            engine.execute(() -> {
                transferChanged(transfers.start(linkedId, channel, target, attended));
                started.complete(null);
            });
            CompletableFuture<Void> sent = started.thenCompose(v -> attended
                    ? session.atxfer(channel, target, context)
                    : session.blindTransfer(channel, target, context));
            return sent.whenComplete((ok, error) -> engine.execute(() -> {
                Optional<TransferProgress> p = error == null ? transfers.accepted(linkedId)
                        : transfers.failed(linkedId, error);
                p.ifPresent(this::transferChanged);
            }));
        });
    }

    @Override
    public CompletableFuture<Void> completeTransfer(String linkedId) {
        return withLeg(linkedId).thenCompose(call -> {
            engine.execute(() -> transfers.completing(linkedId).ifPresent(this::transferChanged));
            return session.hangup(call.operatorChannel(), 16);
        });
    }

    @Override
    public CompletableFuture<Void> cancelTransfer(String linkedId) {
        return withLeg(linkedId).thenCompose(call -> session.cancelAtxfer(call.operatorChannel()));
    }

    private CompletableFuture<Call> withLeg(String linkedId) {
        Optional<Call> call = engine.liveCall(linkedId);
        if (call.isEmpty() || call.get().operatorChannel() == null) {
            return CompletableFuture.failedFuture(new AmiException(AmiError.Kind.CALL_ENDED, "That call has already ended"));
        }
        return CompletableFuture.completedFuture(call.get());
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
