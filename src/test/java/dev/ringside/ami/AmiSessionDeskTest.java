package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The desk's actions and lists through the real session, against the simulator over loopback TCP. */
class AmiSessionDeskTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "op777-secret";

    private PbxSimulator sim;
    private AmiSession session;
    private final BlockingQueue<PbxEvent> events = new LinkedBlockingQueue<>();

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void start(AmiUser user, String asteriskVersion) throws Exception {
        sim = PbxSimulator.builder().user(user).asteriskVersion(asteriskVersion).queueMember("support", "777")
                .queueMember("support", "999").queueMember("sales", "999").hint("998").hint("201").timeScale(0.02)
                .transferTargetRing(Duration.ofHours(1)).build();
        sim.start(0);
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username("op777")
                .secret(SECRET).connectTimeout(WAIT).extension("777").colleagues(List.of("999", "998")).build();
        session = new AmiSession(settings, new AmiSession.Listener() {
            @Override
            public void onEvent(PbxEvent event) {
                events.add(event);
            }
        });
        session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void start(AmiUser user) throws Exception {
        start(user, "22.10.1");
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private PbxEvent await(Predicate<PbxEvent> match) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            PbxEvent e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no such event within " + WAIT);
            }
            if (match.test(e)) {
                return e;
            }
        }
    }

    private static AmiError refusal(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return assertInstanceOf(AmiException.class, e.getCause()).error();
    }

    @Test
    void queueStatusAndSummaryListEveryQueue() throws Exception {
        start(AmiUser.admin("op777", SECRET));
        sim.queueCaller("sales", "+15550001111", "Waiting", Duration.ofHours(1), null, Duration.ZERO)
                .linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        List<PbxEvent> status = get(session.queueStatus(null));
        assertTrue(status.stream().anyMatch(e -> e.is("QueueMember") && "PJSIP/777".equals(e.get("Location"))
                && "support".equals(e.get("Queue"))), status.toString());
        assertTrue(status.stream().anyMatch(e -> e.is("QueueParams") && "sales".equals(e.get("Queue"))));
        List<PbxEvent> summary = get(session.queueSummary("sales"));
        assertEquals(1, summary.size());
        assertTrue(summary.get(0).getInt("Callers") <= 1 && summary.get(0).is("QueueSummary"));
    }

    @Test
    void pauseWithAReasonAndUnpauseArriveAsMemberEvents() throws Exception {
        start(AmiUser.admin("op777", SECRET));
        get(session.queuePause("support", "PJSIP/777", true, "Lunch"));
        PbxEvent paused = await(e -> e.is("QueueMemberPause"));
        assertEquals("1", paused.get("Paused"));
        assertEquals("Lunch", paused.get("PausedReason"));
        get(session.queuePause(null, "PJSIP/777", false, null));
        assertEquals("0", await(e -> e.is("QueueMemberPause")).get("Paused"));
        assertEquals(AmiError.Kind.NOT_IN_QUEUE, refusal(session.queuePause("sales", "PJSIP/777", true, "x")).kind());
    }

    @Test
    void queueLoginAndLogoutAsADynamicMember() throws Exception {
        start(AmiUser.admin("op777", SECRET));
        get(session.queueAdd("sales", "PJSIP/777", "Operator 777", "PJSIP/777"));
        PbxEvent added = await(e -> e.is("QueueMemberAdded"));
        assertEquals("dynamic", added.get("Membership"));
        assertEquals(AmiError.Kind.ALREADY_IN_QUEUE, refusal(session.queueAdd("sales", "PJSIP/777", null, null)).kind());
        assertEquals(AmiError.Kind.NO_SUCH_QUEUE, refusal(session.queueAdd("nosuch", "PJSIP/777", null, null)).kind());
        get(session.queueRemove("sales", "PJSIP/777"));
        assertEquals("sales", await(e -> e.is("QueueMemberRemoved")).get("Queue"));
        AmiError stat = refusal(session.queueRemove("support", "PJSIP/777"));
        assertEquals(AmiError.Kind.STATIC_QUEUE_MEMBER, stat.kind());
    }

    @Test
    void missingRightsAreRefusedByKindNamingTheAction() throws Exception {
        start(AmiUser.builder("op777", SECRET).read("call,agent").write("originate").build());
        AmiError pause = refusal(session.queuePause("support", "PJSIP/777", true, "Lunch"));
        assertEquals(AmiError.Kind.PERMISSION_DENIED, pause.kind());
        assertEquals("QueuePause", pause.subject());
        assertEquals(WriteRight.AGENT, WriteRight.of(pause.subject()));
        assertEquals("QueueAdd", refusal(session.queueAdd("sales", "PJSIP/777", null, null)).subject());
        CallHandle call = sim.play(Scenario.answered("777").withTalk(Duration.ofHours(1)));
        String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        AmiError transfer = refusal(session.blindTransfer(leg, "999", "from-internal"));
        assertEquals(AmiError.Kind.PERMISSION_DENIED, transfer.kind());
        assertEquals(WriteRight.CALL, WriteRight.of(transfer.subject()));
        AmiError hints = refusal(session.extensionStates());
        assertEquals(WriteRight.CALL_OR_REPORTING, WriteRight.of(hints.subject()));
        assertEquals(2, get(session.queueStatus(null)).stream().filter(e -> e.is("QueueParams")).count(),
                "QueueStatus needs no write class");
    }

    @Test
    void transfersOfALiveCall() throws Exception {
        start(AmiUser.admin("op777", SECRET));
        CallHandle ringing = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
        String ringingLeg = ringing.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(AmiError.Kind.TRANSFER_FAILED, refusal(session.blindTransfer(ringingLeg, "999", "from-internal"))
                .kind(), "a ringing call is not connected yet");
        get(session.hangup(ringingLeg, 21));

        CallHandle call = sim.play(Scenario.answered("777").withTalk(Duration.ofHours(1)));
        String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        await(e -> e.is("BridgeEnter") && leg.equals(e.get("Channel")));
        get(session.atxfer(leg, "999", "from-internal"));
        PbxEvent consulting = await(e -> e.is("BridgeEnter") && leg.equals(e.get("Channel")));
        get(session.cancelAtxfer(leg));
        PbxEvent back = await(e -> e.is("BridgeEnter") && leg.equals(e.get("Channel")));
        assertTrue(!consulting.get("BridgeUniqueid").equals(back.get("BridgeUniqueid")), "back in the first bridge");
        get(session.blindTransfer(leg, "999", "from-internal"));
        PbxEvent gone = await(e -> e.is("Hangup") && leg.equals(e.get("Channel")));
        assertEquals("16", gone.get("Cause"), "the transferer's leg ends normally once the caller is passed on");
        assertEquals(AmiError.Kind.CALL_ENDED, refusal(session.blindTransfer(leg, "999", "from-internal")).kind());
    }

    @ParameterizedTest
    @EnumSource(FilterMode.class)
    void colleaguesPresenceArrivesWhateverFiltersThePbx(FilterMode mode) throws Exception {
        AmiUser user = mode == FilterMode.CLIENT
                ? AmiUser.builder("op777", SECRET).read("call,agent").write("call,agent").build()
                : AmiUser.admin("op777", SECRET);
        start(user, mode == FilterMode.LEGACY ? "20.5.0" : "22.10.1");
        assertEquals(mode, session.filterMode());
        List<PbxEvent> hints = get(session.extensionStates());
        assertTrue(hints.stream().anyMatch(e -> "998".equals(e.get("Exten")) && e.getInt("Status") == 0), hints.toString());
        PbxEvent one = get(session.extensionState("998", "ext-local"));
        assertEquals(0, one.getInt("Status"));

        sim.play(Scenario.answered("201")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        sim.phoneReachable("998", false);
        PbxEvent gone = await(e -> e.is("ExtensionStatus"));
        assertEquals("998", gone.get("Exten"), "201 is not watched: its calls and hint never arrive");
        assertEquals(4, gone.getInt("Status"));
        sim.play(Scenario.answered("999")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        PbxEvent ringing = await(e -> e.is("ExtensionStatus"));
        assertEquals(Map.of("Exten", "999", "Status", "8"), Map.of("Exten", ringing.get("Exten"), "Status",
                ringing.get("Status")));
        assertTrue(events.stream().noneMatch(e -> e.get("Channel").startsWith("PJSIP/999-")),
                "a colleague's calls stay private");
    }
}
