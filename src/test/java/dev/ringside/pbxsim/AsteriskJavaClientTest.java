package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** asterisk-java 3.42's DefaultManagerConnection against the simulator over loopback. */
class AsteriskJavaClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private PbxSimulator sim;
    private int port;
    private ManagerConnection connection;
    private final BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void startSimulator() throws Exception {
        sim = PbxSimulator.builder().user(AmiUser.admin("ringside", "s3cret")).timeScale(0.01).build();
        port = sim.start(0);
    }

    @AfterEach
    void stopAll() {
        if (connection != null) {
            connection.logoff();
        }
        sim.close();
    }

    private ManagerConnection connect(String secret) throws Exception {
        DefaultManagerConnection c = new DefaultManagerConnection("127.0.0.1", port, "ringside", secret);
        c.setDefaultResponseTimeout(5_000);
        c.addEventListener(events::add);
        connection = c;
        c.login();
        return c;
    }

    @SuppressWarnings("unchecked")
    private <T extends ManagerEvent> T awaitEvent(Class<T> type, Predicate<T> match) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ManagerEvent e = events.poll(50, TimeUnit.MILLISECONDS);
            if (type.isInstance(e) && match.test((T) e)) {
                return (T) e;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " arrived");
    }

    @Test
    void logsInWithMd5ChallengeAndPings() throws Exception {
        long start = System.nanoTime();
        connect("s3cret");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3_000, "login must not stall");
        assertTrue(sim.awaitAction("CoreSettings", m -> true, WAIT).isPresent(), "version probe answered");
        assertTrue(sim.receivedActions().stream().noneMatch(m -> "Command".equals(m.get("Action"))),
                "CoreSettings was enough, no fallback to 'core show version'");
        Map<String, String> login = sim.awaitAction("Login", m -> true, WAIT).orElseThrow();
        assertEquals("MD5", login.get("AuthType"));
        ManagerResponse pong = connection.sendAction(new PingAction());
        assertEquals("Success", pong.getResponse());
        assertEquals("Pong", pong.getAttribute("ping"));
    }

    @Test
    void wrongSecretIsRefused() {
        assertThrows(AuthenticationFailedException.class, () -> connect("wrong"));
        connection = null;
    }

    @Test
    void answeredCallReachesListenerWithAsteriskHeaders() throws Exception {
        connect("s3cret");
        CallHandle call = sim.play(Scenario.answered("777"));
        String linkedid = call.linkedid().get(10, TimeUnit.SECONDS);

        NewChannelEvent caller = awaitEvent(NewChannelEvent.class, e -> e.getChannel().startsWith("PJSIP/pstn-"));
        assertEquals(linkedid, caller.getUniqueId());
        assertEquals("+15551234567", caller.getCallerIdNum());
        assertEquals("John Caller", caller.getCallerIdName());
        assertEquals("15550100", caller.getExten());

        DialBeginEvent begin = awaitEvent(DialBeginEvent.class, e -> true);
        assertTrue(begin.getDestChannel().matches("PJSIP/777-[0-9a-f]{8}"), begin.getDestChannel());
        assertEquals("777", begin.getDestExten());

        DialEndEvent end = awaitEvent(DialEndEvent.class, e -> true);
        assertEquals("ANSWER", end.getDialStatus());
        assertEquals(begin.getDestChannel(), end.getDestChannel());
        assertEquals(linkedid, end.getDestLinkedId());

        HangupEvent legGone = awaitEvent(HangupEvent.class, e -> e.getChannel().equals(begin.getDestChannel()));
        assertEquals(16, legGone.getCause());
        assertEquals("Normal Clearing", legGone.getCauseTxt());
        assertEquals(linkedid, legGone.getLinkedId());
        call.finished().get(10, TimeUnit.SECONDS);
        assertTrue(sim.channels().isEmpty());
    }

    @Test
    void hangupWithCause21RejectsTheRingingOperatorLeg() throws Exception {
        connect("s3cret");
        CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
        String leg = call.operatorLeg().get(10, TimeUnit.SECONDS);

        ManagerResponse response = connection.sendAction(new HangupAction(leg, 21));
        assertEquals("Success", response.getResponse());

        DialEndEvent end = awaitEvent(DialEndEvent.class, e -> leg.equals(e.getDestChannel()));
        assertEquals("NOANSWER", end.getDialStatus());
        HangupEvent hangup = awaitEvent(HangupEvent.class, e -> leg.equals(e.getChannel()));
        assertEquals(21, hangup.getCause());
        assertEquals("Call Rejected", hangup.getCauseTxt());
        assertTrue(sim.awaitAction("Hangup", m -> leg.equals(m.get("Channel")) && "21".equals(m.get("Cause")), WAIT)
                .isPresent());
        // the dialplan goes on: the caller reaches voicemail and hangs up with the leg's cause
        HangupEvent callerGone = awaitEvent(HangupEvent.class, e -> e.getChannel().startsWith("PJSIP/pstn-"));
        assertEquals(21, callerGone.getCause());
        call.finished().get(10, TimeUnit.SECONDS);
    }

    @Test
    void hangupOfUnknownChannelIsAnError() throws Exception {
        connect("s3cret");
        ManagerResponse response = connection.sendAction(new HangupAction("PJSIP/777-00000000", 21));
        assertEquals("Error", response.getResponse());
        assertEquals("No such channel", response.getMessage());
    }

    @Test
    void coreShowChannelsListsALiveCall() throws Exception {
        connect("s3cret");
        CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
        String leg = call.operatorLeg().get(10, TimeUnit.SECONDS);
        String linkedid = call.linkedid().get();

        ResponseEvents list = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), 5_000);
        List<CoreShowChannelEvent> channels = list.getEvents().stream()
                .filter(CoreShowChannelEvent.class::isInstance).map(CoreShowChannelEvent.class::cast)
                .collect(java.util.stream.Collectors.toList());
        assertEquals(2, channels.size());
        CoreShowChannelEvent operator = channels.stream().filter(c -> c.getChannel().equals(leg)).findFirst()
                .orElseThrow();
        assertEquals(linkedid, operator.getLinkedid());
        assertEquals("Ringing", operator.getChannelStateDesc());
        assertTrue(list.getEvents().stream().allMatch(e -> e instanceof ResponseEvent));

        connection.sendAction(new HangupAction(leg, 21));
        call.finished().get(10, TimeUnit.SECONDS);
    }

    @Test
    void restartDropsTheSessionAndAsteriskJavaReconnects() throws Exception {
        CountDownLatch disconnected = new CountDownLatch(1);
        CountDownLatch reconnected = new CountDownLatch(1);
        connect("s3cret");
        connection.addEventListener(e -> {
            if (e instanceof DisconnectEvent) {
                disconnected.countDown();
            } else if (e instanceof ConnectEvent && disconnected.getCount() == 0) {
                reconnected.countDown();
            }
        });
        assertEquals(1, sim.sessionCount());
        sim.restart();
        assertTrue(disconnected.await(10, TimeUnit.SECONDS), "client saw the drop");
        assertTrue(reconnected.await(20, TimeUnit.SECONDS), "client logged in again");
        assertEquals(port, sim.port());
        assertNotNull(connection.sendAction(new PingAction()).getResponse());
    }
}
