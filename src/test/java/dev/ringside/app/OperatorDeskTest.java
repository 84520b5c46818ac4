package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ami.AmiSettings;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Presence;
import dev.ringside.desk.QueueState;
import dev.ringside.desk.TransferProgress;
import dev.ringside.history.CallHistory;
import dev.ringside.history.Operator;
import dev.ringside.history.StoredCall;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's desk end to end: the engine over the simulator's real socket, the history in a real
 * H2 file, two operators (777 and 888) where a transfer goes from one to the other.
 */
class OperatorDeskTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration LONG = Duration.ofHours(1);

    @TempDir
    Path dir;
    private PbxSimulator sim;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void startSim(AmiUser... users) throws Exception {
        PbxSimulator.Builder b = PbxSimulator.builder().queueMember("support", "777").queueMember("support", "888")
                .queueMember("sales", "999").hint("999").timeScale(0.02);
        for (AmiUser u : users) {
            b.user(u);
        }
        sim = b.build();
        sim.start(0);
    }

    /** One operator's whole stack: engine, history file, session, desk. */
    private final class Op {
        final String ext;
        final CallHistory history;
        final Operator operator;
        final EngineOperatorSession session;
        final Desk desk;
        final BlockingQueue<Object> changes = new LinkedBlockingQueue<>();
        final List<TransferProgress> transfers = new java.util.concurrent.CopyOnWriteArrayList<>();

        Op(String ext, String user, List<Colleague> colleagues) throws Exception {
            this.ext = ext;
            history = CallHistory.open(dir.resolve("history-" + ext));
            open.add(history);
            operator = history.ensureOperator("Operator " + ext, List.of(ext));
            DeskSettings deskSettings = new DeskSettings(colleagues, List.of(), List.of("sales"), "ext-local", "");
            AmiSettings ami = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username(user).secret("pw")
                    .connectTimeout(Duration.ofSeconds(5)).extension(ext)
                    .colleagues(deskSettings.colleagueExtensions()).build();
            CallEngine engine = new CallEngine(ami, EngineOptions.defaults());
            session = new EngineOperatorSession(engine, history, operator, Settings::defaults, false, () -> { },
                    Clock.systemDefaultZone(), deskSettings);
            open.add(session::close);
            desk = session.desk().orElseThrow();
            desk.onChanged(() -> changes.add(Boolean.TRUE));
            desk.onTransfer(p -> {
                transfers.add(p);
                changes.add(p);
            });
            session.addCallListener((before, now) -> changes.add(now));
            session.onHistoryChanged(() -> changes.add(Boolean.FALSE));
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Waits, without sleeping, until the condition holds after some change the desk or history reported. */
        void await(String what, BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!condition.getAsBoolean()) {
                if (changes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) == null
                        && !condition.getAsBoolean()) {
                    throw new AssertionError(ext + ": " + what + " did not happen within " + WAIT);
                }
            }
        }

        /**
         * The phone answers before the PBX bridges it to the caller, and a transfer before the bridge is
         * "Transfer invalid", in Asterisk as here. No event tells the desk, so this looks each time one
         * comes, and at the latest every 20 ms.
         */
        void awaitBridged() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!sim.isBridged(ext)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(ext + " was never bridged to the caller within " + WAIT);
                }
                changes.poll(20, TimeUnit.MILLISECONDS);
            }
        }

        Optional<QueueState> queue(String name) {
            return desk.queues().stream().filter(q -> q.queue().equals(name)).findFirst();
        }

        Optional<Call> live(String linkedId) {
            return session.liveCalls().stream().filter(c -> c.linkedId().equals(linkedId)).findFirst();
        }

        Optional<StoredCall> stored(String linkedId) {
            return history.find(operator.id(), linkedId);
        }
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static AmiError refusal(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return assertInstanceOf(AmiException.class, e.getCause()).error();
    }

    @Test
    void aBreakWithAReasonShowsUntilTheUnpauseAndCountsInMyDay() throws Exception {
        startSim(AmiUser.admin("op777", "pw"));
        Op op = new Op("777", "op777", List.of());
        op.await("the queues after login", () -> op.queue("support").map(QueueState::isMember).orElse(false));
        get(op.desk.pause(null, "Lunch"));
        op.await("the break", () -> op.desk.breakState().onBreak());
        assertEquals("Lunch", op.desk.breakState().reason());
        assertEquals(List.of("support"), op.desk.breakState().queues());
        assertTrue(sim.isPaused("support", "777"));
        assertTrue(op.queue("support").orElseThrow().membership().paused());

        get(op.desk.unpause(null));
        op.await("the end of the break", () -> !op.desk.breakState().onBreak());
        DayStats day = get(op.desk.myDay());
        assertTrue(day.onBreak().compareTo(Duration.ZERO) >= 0);
        op.await("the break in the history", () -> op.history.breaks(op.operator.id(),
                java.time.Instant.now().minusSeconds(3600), java.time.Instant.now().plusSeconds(60)).stream()
                .anyMatch(b -> "Lunch".equals(b.reason()) && b.end() != null));
    }

    @Test
    void aLoginWithoutTheRightsIsToldWhichRightIsMissing() throws Exception {
        startSim(AmiUser.builder("op777", "pw").read("call,agent").write("call,originate").build());
        Op op = new Op("777", "op777", List.of());
        AmiError pause = refusal(op.desk.pause("support", "Lunch"));
        assertEquals(AmiError.Kind.PERMISSION_DENIED, pause.kind());
        assertEquals("QueuePause", pause.subject());
        assertEquals(AmiError.Kind.PERMISSION_DENIED, refusal(op.desk.login("sales")).kind());
        assertTrue(!sim.isPaused("support", "777"));
    }

    @Test
    void logInAndOutOfAQueueAsADynamicMember() throws Exception {
        startSim(AmiUser.admin("op777", "pw"));
        Op op = new Op("777", "op777", List.of());
        op.await("the queues", () -> op.queue("sales").isPresent());
        assertNull(op.queue("sales").orElseThrow().membership());
        get(op.desk.login("sales"));
        op.await("membership", () -> op.queue("sales").orElseThrow().isMember());
        assertTrue(op.queue("sales").orElseThrow().membership().dynamic());
        assertTrue(sim.isQueueMember("sales", "777"));
        assertEquals(AmiError.Kind.STATIC_QUEUE_MEMBER, refusal(op.desk.logout("support")).kind());
        get(op.desk.logout("sales"));
        op.await("logged out", () -> !op.queue("sales").orElseThrow().isMember());
        assertTrue(!sim.isQueueMember("sales", "777"));
    }

    @Test
    void aColleaguesPresenceFollowsTheirPhone() throws Exception {
        startSim(AmiUser.admin("op777", "pw"));
        Op op = new Op("777", "op777", List.of(new Colleague("999", "Ivan")));
        op.await("999's hint", () -> op.desk.presence("999") == Presence.IDLE);
        sim.phoneReachable("999", false);
        op.await("999 gone", () -> op.desk.presence("999") == Presence.UNAVAILABLE);
        sim.play(Scenario.answered("999").withRing(Duration.ofSeconds(10)).withTalk(LONG));
        op.await("999 ringing", () -> op.desk.presence("999") == Presence.RINGING);
        op.await("999 talking", () -> op.desk.presence("999") == Presence.IN_USE);
        assertTrue(op.session.liveCalls().isEmpty(), "the colleague's call is not the operator's");
    }

    @Test
    void aBlindTransferEndsTheCallHereAndTheColleagueGetsTheCaller() throws Exception {
        startSim(AmiUser.admin("op777", "pw"), AmiUser.admin("op888", "pw"));
        Op a = new Op("777", "op777", List.of(new Colleague("888", "")));
        Op b = new Op("888", "op888", List.of());
        String id = sim.play(Scenario.answered("777").withTalk(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        a.await("answered", () -> a.live(id).map(c -> c.status() == CallStatus.ANSWERED).orElse(false));
        a.awaitBridged();
        assertEquals(AmiError.Kind.NO_NUMBER, refusal(a.desk.blindTransfer(id, " ")).kind());

        get(a.desk.blindTransfer(id, "888"));
        a.await("transfer done", () -> a.desk.transfer(id).map(p -> p.stage() == TransferProgress.Stage.DONE)
                .orElse(a.transfers.stream().anyMatch(p -> p.stage() == TransferProgress.Stage.DONE)));
        a.await("777's part stored as completed", () -> a.stored(id).map(s -> s.call().status() == CallStatus.COMPLETED)
                .orElse(false));
        b.await("888's part stored as completed", () -> b.stored(id).map(s -> s.call().status() == CallStatus.COMPLETED)
                .orElse(false));
        Call theirs = b.stored(id).orElseThrow().call();
        assertEquals("+15551234567", theirs.callerNumber(), "888 sees the original caller");
        assertEquals(CallStatus.COMPLETED, a.stored(id).orElseThrow().call().status());
    }

    @Test
    void anAttendedTransferConsultsCompletesAndTheColleagueSeesTheOriginalCaller() throws Exception {
        startSim(AmiUser.admin("op777", "pw"), AmiUser.admin("op888", "pw"));
        Op a = new Op("777", "op777", List.of(new Colleague("888", "")));
        Op b = new Op("888", "op888", List.of());
        String id = sim.play(Scenario.answered("777").withTalk(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        a.await("answered", () -> a.live(id).map(c -> c.status() == CallStatus.ANSWERED).orElse(false));
        a.awaitBridged();

        get(a.desk.attendedTransfer(id, "888"));
        a.await("talking to 888", () -> a.transfers.stream()
                .anyMatch(p -> p.stage() == TransferProgress.Stage.TALKING_TO_TARGET));
        assertTrue(a.transfers.stream().anyMatch(p -> p.stage() == TransferProgress.Stage.RINGING_TARGET));
        get(a.desk.completeTransfer(id));
        a.await("done", () -> a.transfers.stream().anyMatch(p -> p.stage() == TransferProgress.Stage.DONE));
        a.await("777's part stored as completed", () -> a.stored(id).map(s -> s.call().status() == CallStatus.COMPLETED)
                .orElse(false));
        b.await("888's part stored as completed", () -> b.stored(id).map(s -> s.call().status() == CallStatus.COMPLETED)
                .orElse(false));
        assertEquals("+15551234567", b.stored(id).orElseThrow().call().callerNumber(),
                "the operator who took an attended transfer sees the original caller");
    }

    @Test
    void aCancelledConsultationBringsTheOperatorBackToTheCaller() throws Exception {
        startSim(AmiUser.admin("op777", "pw"));
        Op a = new Op("777", "op777", List.of());
        String id = sim.play(Scenario.answered("777").withTalk(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        a.await("answered", () -> a.live(id).map(c -> c.status() == CallStatus.ANSWERED).orElse(false));
        a.awaitBridged();
        get(a.desk.attendedTransfer(id, "999"));
        a.await("consulting", () -> a.transfers.stream().anyMatch(p -> p.stage() == TransferProgress.Stage.RINGING_TARGET));
        get(a.desk.cancelTransfer(id));
        a.await("cancelled", () -> a.transfers.stream().anyMatch(p -> p.stage() == TransferProgress.Stage.CANCELLED));
        assertEquals(CallStatus.ANSWERED, a.live(id).orElseThrow().status(), "still talking to the caller");
        get(a.desk.hangup(id));
        a.await("ended", () -> a.live(id).isEmpty());
        assertEquals(AmiError.Kind.CALL_ENDED, refusal(a.desk.hangup(id)).kind());
    }
}
