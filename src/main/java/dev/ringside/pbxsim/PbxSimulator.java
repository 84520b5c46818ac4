package dev.ringside.pbxsim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PBX that speaks AMI like Asterisk 22 over TCP and plays scripted calls: the built-in demo
 * PBX of the app and the peer of the integration tests.
 *
 * <pre>
 * PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("ringside", "secret")).timeScale(0.05).build();
 * int port = sim.start(0);
 * CallHandle call = sim.play(Scenario.answered("777"));
 * </pre>
 */
public final class PbxSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PbxSimulator.class);

    private final Map<String, AmiUser> users;
    private final Technology technology;
    private final InetAddress bindAddress;
    private final String asteriskVersion;
    private final SimPbx pbx;
    private final ActionDispatcher dispatcher;
    private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
    private final ActionLog receivedActions = new ActionLog();
    private final ExecutorService calls;
    private final AtomicInteger threadCount = new AtomicInteger();
    private final long startEpoch = System.currentTimeMillis() / 1000;
    private volatile ServerSocket listener;
    private volatile Thread acceptor;
    private volatile int port;

    private PbxSimulator(Builder b) {
        this.users = Map.copyOf(b.users);
        this.technology = b.technology;
        this.bindAddress = b.bindAddress;
        this.asteriskVersion = b.asteriskVersion;
        this.pbx = new SimPbx(b.technology, b.timeScale, this::publish);
        pbx.transferRing = b.transferRing;
        synchronized (pbx) {
            pbx.queues().queue("support", "ringall");
            for (String[] m : b.queueMembers) {
                pbx.queues().staticMember(m[0], technology.memberInterface(m[1]), "Operator " + m[1],
                        technology.device(m[1]));
                pbx.hints().add(m[1], technology.device(m[1]));
            }
            for (String h : b.hints) {
                pbx.hints().add(h, technology.device(h));
            }
        }
        this.dispatcher = new ActionDispatcher(this, users);
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pbxsim-call-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- server lifecycle ----------------------------------------------------------------------

    /** Opens the AMI port (0 = any free port) and returns the bound port. */
    public synchronized int start(int requestedPort) throws IOException {
        if (listener != null) {
            throw new IllegalStateException("already started on port " + port);
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bindAddress, requestedPort));
        listener = server;
        port = server.getLocalPort();
        Thread accepting = new Thread(() -> acceptLoop(server), "pbxsim-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
        acceptor = accepting;
        log.info("PBX simulator listening on {}:{}", bindAddress.getHostAddress(), port);
        return port;
    }

    public int port() {
        return port;
    }

    public Technology technology() {
        return technology;
    }

    /** Closes the listener and every session; calls in progress are dropped. */
    public synchronized void stop() {
        closeListenerAndSessions();
        pbx.shutdown();
    }

    @Override
    public void close() {
        stop();
        calls.shutdownNow();
    }

    /** Like an Asterisk restart: every session and the listener go, then the same port opens again. */
    public void restart() throws IOException {
        restart(false);
    }

    /**
     * Drops all sessions and the listener and reopens on the same port. With {@code keepCalls}
     * the scripted calls go on (as if only the manager module reloaded); without, their channels
     * vanish without a Hangup, as after a crash.
     */
    public synchronized void restart(boolean keepCalls) throws IOException {
        int samePort = port;
        closeListenerAndSessions();
        if (!keepCalls) {
            pbx.dropAllCalls();
        }
        start(samePort);
    }

    private void closeListenerAndSessions() {
        ServerSocket server = listener;
        listener = null;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        for (AmiSession s : sessions) {
            s.close();
        }
        sessions.clear();
        // The JDK frees a listening socket only once the thread blocked in accept() has left it;
        // reopening the same port before that fails with "Address already in use".
        Thread accepting = acceptor;
        acceptor = null;
        if (accepting != null && accepting != Thread.currentThread()) {
            try {
                accepting.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void acceptLoop(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                AmiSession session = new AmiSession(socket, dispatcher);
                sessions.add(session);
                session.start("pbxsim-" + port + "-" + socket.getPort());
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                log.warn("PBX simulator accept failed: {}", e.toString());
            }
        }
    }

    void sessionClosed(AmiSession session) {
        sessions.remove(session);
    }

    /** Number of AMI sessions currently connected. */
    public int sessionCount() {
        return sessions.size();
    }

    // ---- events and actions --------------------------------------------------------------------

    void publish(AmiMessage event) {
        for (AmiSession s : sessions) {
            s.offerEvent(event);
        }
    }

    void recordAction(AmiMessage action) {
        receivedActions.record(action);
    }

    /** Every action received so far, in order, as case-insensitive header maps. */
    public List<Map<String, String>> receivedActions() {
        return receivedActions.all();
    }


    /**
     * Waits until an action with this name (case-insensitive) matching the predicate has been
     * received (including before this call); empty after the timeout.
     */
    public Optional<Map<String, String>> awaitAction(String name, Predicate<Map<String, String>> match,
                                                     Duration timeout) {
        return receivedActions.await(name, match, timeout);
    }


    // ---- calls ---------------------------------------------------------------------------------

    /** Plays a scripted call; the handle completes when all its channels are gone. */
    public CallHandle play(Scenario scenario) {
        CallHandle handle = new CallHandle(scenario);
        CallRun run = new CallRun(pbx, handle);
        startRun(run, () -> CallScripts.play(run, scenario));
        return handle;
    }

    /**
     * An outside caller who waits in {@code queue} for {@code wait}, then is answered by the
     * extension {@code answeredBy} and talks for {@code talk}, or (answeredBy null) gives up.
     */
    public CallHandle queueCaller(String queue, String callerNum, String callerName, Duration wait,
                                  String answeredBy, Duration talk) {
        CallHandle handle = new CallHandle(Scenario.queue(answeredBy == null ? "-" : answeredBy)
                .withCaller(callerNum, callerName));
        CallRun run = new CallRun(pbx, handle);
        startRun(run, () -> new WaitingCaller(run, queue, callerNum, callerName, wait, answeredBy, talk).play());
        return handle;
    }

    void originate(String channel, String exten, String context, String callerId, String actionId) {
        String techName = channel.substring(0, channel.indexOf('/'));
        Technology phoneTech = technology;
        for (Technology t : Technology.values()) {
            if (t.name().equalsIgnoreCase(techName)) {
                phoneTech = t;
            }
        }
        String endpoint = channel.substring(channel.indexOf('/') + 1).replaceAll("[/@].*$", "");
        String cidNum = callerId == null ? endpoint : callerId.replaceAll("^.*<([^>]*)>.*$", "$1").trim();
        Scenario scenario = Scenario.outbound(endpoint, exten);
        CallHandle handle = new CallHandle(scenario);
        CallRun run = new CallRun(pbx, handle);
        Technology tech = phoneTech;
        startRun(run, () -> CallScripts.originate(run, scenario, tech, cidNum, context, actionId));
    }

    private void startRun(CallRun run, Runnable script) {
        pbx.started(run);
        calls.execute(() -> {
            try {
                script.run();
            } catch (CallRun.CallOver over) {
                // torn down by a client's Hangup or dropped by a restart
            } catch (RuntimeException e) {
                log.warn("Scripted call {} failed: {}", run.handle.scenario(), e.toString(), e);
            } finally {
                if (run.isDropped()) {
                    for (SimChannel ch : run.owned()) {
                        pbx.unregister(ch);
                    }
                }
                pbx.finished(run);
                run.handle.linkedid.complete(null);
                run.handle.operatorLeg.complete(null);
                run.handle.finished.complete(null);
            }
        });
    }

    /** A phone registers (its hint goes Idle) or drops off the network (Unavailable), outside any call. */
    public void phoneReachable(String extension, boolean reachable) {
        pbx.phoneState(extension, reachable ? HintBook.IDLE : HintBook.UNAVAILABLE,
                reachable ? "NOT_INUSE" : "UNAVAILABLE");
    }

    /** Callers waiting in a queue right now. */
    public int waitingCallers(String queue) {
        synchronized (pbx) {
            return pbx.queues().waiting(queue);
        }
    }

    /** Whether the extension is a member of the queue (static, or logged in with QueueAdd). */
    public boolean isQueueMember(String queue, String extension) {
        synchronized (pbx) {
            return pbx.queues().member(queue, technology.memberInterface(extension)) != null;
        }
    }

    /** Whether app_queue would ring the extension in this queue now: a member, not paused, phone idle. */
    public boolean canTakeQueueCall(String queue, String extension) {
        synchronized (pbx) {
            QueueBook.Member m = pbx.queues().member(queue, technology.memberInterface(extension));
            return m != null && m.available();
        }
    }

    /** Whether the extension is a member of the queue and paused there. */
    public boolean isPaused(String queue, String extension) {
        synchronized (pbx) {
            QueueBook.Member m = pbx.queues().member(queue, technology.memberInterface(extension));
            return m != null && m.paused;
        }
    }

    /** Whether the extension's phone is bridged to another party: only then may a transfer start (else "Transfer invalid"). */
    public boolean isBridged(String extension) {
        synchronized (pbx) {
            return pbx.liveChannels().stream().anyMatch(c -> extension.equals(c.endpoint()) && !c.bridgeId.isEmpty());
        }
    }

    /** The channels alive now, oldest first. */
    public List<SimChannel> channels() {
        return List.copyOf(pbx.liveChannels());
    }

    SimPbx pbx() {
        return pbx;
    }

    /** What CoreSettings reports; an older one makes clients fall back to legacy filters. */
    String asteriskVersion() {
        return asteriskVersion;
    }

    String uptimeSeconds() {
        return String.valueOf(Math.max(1, System.currentTimeMillis() / 1000 - startEpoch));
    }

    long startEpoch() {
        return startEpoch;
    }

    /** Builder: users, channel technology, time scale (1.0 = real time, 0.05 = 20x faster). */
    public static final class Builder {
        private final Map<String, AmiUser> users = new ConcurrentHashMap<>();
        private Technology technology = Technology.PJSIP;
        private double timeScale = 1.0;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private String asteriskVersion = ActionDispatcher.ASTERISK_VERSION;
        private final List<String[]> queueMembers = new ArrayList<>();
        private final List<String> hints = new ArrayList<>();
        private Duration transferRing = Duration.ofSeconds(3);

        public Builder user(AmiUser user) {
            users.put(user.username(), user);
            return this;
        }

        /**
         * A static member of a queue (queues.conf {@code member => PJSIP/777,0,Operator 777,PJSIP/777}),
         * which also gets a hint; the queue is made if new (strategy ringall). Queue {@code support}
         * always exists.
         */
        public Builder queueMember(String queue, String extension) {
            queueMembers.add(new String[] {queue, extension});
            return this;
        }

        /** A dialplan hint for the extension ({@code exten => 999,hint,PJSIP/999}), listed by ExtensionStateList. */
        public Builder hint(String extension) {
            hints.add(extension);
            return this;
        }

        /**
         * How long the target of a transfer rings before it answers by itself (3 s, scaled); a
         * client's PJSIPNotify talk or Hangup of the ringing leg acts sooner.
         */
        public Builder transferTargetRing(Duration ring) {
            this.transferRing = ring;
            return this;
        }

        /** Every user of a manager.conf text, read as Asterisk reads it; what Asterisk would warn about is logged. */
        public Builder managerConf(String text) {
            try {
                ManagerConf conf = ManagerConf.parse(text);
                conf.warnings().forEach(w -> log.warn("manager.conf: {}", w));
                conf.users().forEach(this::user);
                return this;
            } catch (AsteriskConfig.Invalid e) {
                throw new IllegalArgumentException("manager.conf: " + e.getMessage(), e);
            }
        }

        public Builder technology(Technology technology) {
            this.technology = technology;
            return this;
        }

        public Builder timeScale(double timeScale) {
            if (timeScale < 0) {
                throw new IllegalArgumentException("timeScale must be >= 0");
            }
            this.timeScale = timeScale;
            return this;
        }

        /** Where to listen; loopback by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /** The version CoreSettings reports, e.g. "20.5.0" (no MatchCriteria filters); 22.10.1 by default. */
        public Builder asteriskVersion(String version) {
            this.asteriskVersion = version;
            return this;
        }

        public PbxSimulator build() {
            if (users.isEmpty()) {
                throw new IllegalStateException("add at least one AMI user");
            }
            return new PbxSimulator(this);
        }
    }
}
