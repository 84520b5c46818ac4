package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's AMI wire protocol, seen byte for byte through a bare socket. */
class AmiProtocolTest {

    private PbxSimulator sim;
    private int port;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.builder()
                .user(AmiUser.admin("admin", "adminpw"))
                .user(AmiUser.builder("op777", "op777pw").read("call,user,agent").write("call,originate")
                        .eventFilter("Exten: 777[[:space:]]")
                        .eventFilter("(CallerIDNum|ConnectedLineNum): 777[[:space:]]")
                        .eventFilter("Channel: [^[:space:]]*/777[@/-]")
                        .eventFilter("(Interface|StateInterface|MemberName): [^[:space:]]*777").build())
                .queueMember("support", "777").timeScale(0.01).build();
        port = sim.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Plays both calls to completion and returns every event the client got in the meantime. */
    private List<Map<String, String>> eventsDuring(RawAmiClient client, Scenario... scenarios) throws Exception {
        for (Scenario s : scenarios) {
            sim.play(s).finished().get(10, TimeUnit.SECONDS);
        }
        client.send("Action: Ping", "ActionID: end");
        List<Map<String, String>> seen = new ArrayList<>();
        client.readUntil(m -> "end".equals(m.get("ActionID")), seen);
        seen.removeIf(m -> !m.containsKey("Event"));
        return seen;
    }

    @Test
    void plainLoginPingAndLogoffLikeAsterisk() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            assertEquals("Asterisk Call Manager/11.0.0", c.banner);
            Map<String, String> ok = c.login("admin", "adminpw");
            assertEquals("Success", ok.get("Response"));
            assertEquals("Authentication accepted", ok.get("Message"));
            c.send("Action: Ping", "ActionID: p1");
            Map<String, String> pong = c.response("p1");
            assertEquals("Pong", pong.get("Ping"));
            assertTrue(pong.get("Timestamp").matches("\\d+\\.\\d{6}"));
            c.send("Action: Logoff", "ActionID: bye");
            assertEquals("Goodbye", c.response("bye").get("Response"));
            assertNull(c.read(), "socket closed after Goodbye");
        }
    }

    @Test
    void md5LoginAndWrongSecretClosesTheSocket() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.send("Action: Challenge", "ActionID: ch", "AuthType: md5");
            String challenge = c.response("ch").get("Challenge");
            c.send("Action: Login", "ActionID: l", "AuthType: MD5", "Username: admin",
                    "Key: " + ActionDispatcher.md5Hex(challenge + "adminpw"));
            assertEquals("Authentication accepted", c.response("l").get("Message"));
        }
        try (RawAmiClient c = new RawAmiClient(port)) {
            Map<String, String> refused = c.login("admin", "nope");
            assertEquals("Error", refused.get("Response"));
            assertEquals("Authentication failed", refused.get("Message"));
            assertNull(c.read(), "Asterisk hangs up on a failed login");
        }
    }

    @Test
    void malformedFramesAndUnknownActionsDoNotHurtTheServer() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("this is not a header", ": nor this", "ActionID: x1");
            assertEquals("Missing action in request", c.response("x1").get("Message"));
            c.send("Action: Frobnicate", "ActionID: x2");
            assertEquals("Invalid/unknown command", c.response("x2").get("Message"));
            c.send("Action: Ping", "ActionID: x3");
            assertEquals("Pong", c.response("x3").get("Ping"));
        }
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.send("Action: Ping", "ActionID: early");
            assertEquals("Permission denied", c.response("early").get("Message"));
        }
    }

    @Test
    void legacyFilterKeepsOnlyMatchingEvents() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("Action: Filter", "ActionID: f1", "Operation: Add", "Filter: Channel: PJSIP/999-");
            assertEquals("Success", c.response("f1").get("Message"));
            List<Map<String, String>> events = eventsDuring(c, Scenario.answered("777"), Scenario.answered("999"));
            assertFalse(events.isEmpty());
            // like POSIX regexec over the whole event: "Channel: PJSIP/999-" also matches DestChannel
            assertTrue(events.stream().allMatch(e -> e.getOrDefault("Channel", "").startsWith("PJSIP/999-")
                    || e.getOrDefault("DestChannel", "").startsWith("PJSIP/999-")), events.toString());
            assertTrue(events.stream().noneMatch(e -> e.toString().contains("PJSIP/777-")), "777 filtered out");
            assertTrue(events.stream().anyMatch(e -> "Hangup".equals(e.get("Event"))));
        }
    }

    @Test
    void matchCriteriaFiltersIncludeThenExclude() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("Action: Filter", "ActionID: f1", "Operation: Add",
                    "MatchCriteria: action(include),header(DestChannel),method(starts_with)", "Filter: PJSIP/777-");
            c.send("Action: Filter", "ActionID: f2", "Operation: Add",
                    "MatchCriteria: action(exclude),name(DialState)", "Filter: ");
            assertEquals("Success", c.response("f1").get("Response"));
            assertEquals("Success", c.response("f2").get("Response"));
            List<Map<String, String>> events = eventsDuring(c, Scenario.answered("777"), Scenario.answered("999"));
            assertTrue(events.stream().anyMatch(e -> "DialBegin".equals(e.get("Event"))));
            assertTrue(events.stream().anyMatch(e -> "DialEnd".equals(e.get("Event"))));
            assertTrue(events.stream().allMatch(e -> e.getOrDefault("DestChannel", "").startsWith("PJSIP/777-")
                    && !"DialState".equals(e.get("Event"))), events.toString());
        }
    }

    @Test
    void capitalisedCriteriaAreRefusedAndTheSessionStaysUnfiltered() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("Action: Filter", "ActionID: f1", "Operation: Add",
                    "MatchCriteria: Action(include),Header(Exten),Method(exact)", "Filter: 777");
            Map<String, String> refused = c.response("f1");
            assertEquals("Error", refused.get("Response"));
            assertEquals("Filter was formatted incorrectly", refused.get("Message"));
            c.send("Action: Filter", "ActionID: f2", "Operation: Add",
                    "MatchCriteria: action(include),header(Exten),method(EXACT)", "Filter: 777");
            assertEquals("Filter was formatted incorrectly", c.response("f2").get("Message"));
            List<Map<String, String>> events = eventsDuring(c, Scenario.answered("999"));
            assertTrue(events.stream().anyMatch(e -> e.getOrDefault("Channel", "").startsWith("PJSIP/999-")));
        }
    }

    @Test
    void filterNeedsWriteSystem() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("op777", "op777pw");
            c.send("Action: Filter", "ActionID: f1", "Operation: Add", "Filter: Exten: 777");
            Map<String, String> denied = c.response("f1");
            assertEquals("Error", denied.get("Response"));
            assertEquals("Permission denied", denied.get("Message"));
        }
    }

    @Test
    void managerConfEventFiltersAndReadClassesApplyServerSide() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("op777", "op777pw");
            List<Map<String, String>> events = eventsDuring(c, Scenario.answered("999"), Scenario.answered("777"));
            assertTrue(events.stream().anyMatch(e -> "DialBegin".equals(e.get("Event"))
                    && e.get("DestChannel").startsWith("PJSIP/777-")));
            assertTrue(events.stream().noneMatch(e -> e.toString().contains("PJSIP/999-")), "nothing of 999 leaks");
            assertTrue(events.stream().noneMatch(e -> "Newexten".equals(e.get("Event"))), "no dialplan class");
        }
    }

    @Test
    void pjsipNotifyTalkAnswersTheRingingLeg() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
            String leg = call.operatorLeg().get(10, TimeUnit.SECONDS);
            c.send("Action: PJSIPNotify", "ActionID: n1", "Channel: " + leg, "Variable: Event=talk");
            assertEquals("Success", c.response("n1").get("Response"));
            Map<String, String> end = c.readUntil(m -> "DialEnd".equals(m.get("Event")), null);
            assertEquals("ANSWER", end.get("DialStatus"));
            assertEquals(leg, end.get("DestChannel"));
            c.readUntil(m -> "BridgeEnter".equals(m.get("Event")), null);
            call.finished().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void originatePlaysAnOutboundCall() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("Action: Originate", "ActionID: o1", "Channel: PJSIP/777", "Exten: 5551112222",
                    "Context: from-internal", "Priority: 1", "CallerID: Ringside <777>", "Async: true");
            assertEquals("Originate successfully queued", c.response("o1").get("Message"));
            Map<String, String> result = c.readUntil(m -> "OriginateResponse".equals(m.get("Event")), null);
            assertEquals("o1", result.get("ActionID"));
            assertEquals("Success", result.get("Response"));
            assertTrue(result.get("Channel").startsWith("PJSIP/777-"));
            Map<String, String> dial = c.readUntil(m -> "DialEnd".equals(m.get("Event")), null);
            assertEquals("ANSWER", dial.get("DialStatus"));
            assertTrue(dial.get("DestChannel").startsWith("PJSIP/main-"));
            assertEquals(result.get("Uniqueid"), dial.get("Linkedid"));
            c.readUntil(m -> "Hangup".equals(m.get("Event")) && m.get("Channel").equals(result.get("Channel")), null);
        }
    }

    @Test
    void queuePauseAnswersAndPublishesQueueMemberPause() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            c.send("Action: QueuePause", "ActionID: q1", "Interface: PJSIP/777", "Paused: true", "Queue: support",
                    "Reason: lunch");
            assertEquals("Success", c.response("q1").get("Response"));
            Map<String, String> pause = c.readUntil(m -> "QueueMemberPause".equals(m.get("Event")), null);
            assertEquals("1", pause.get("Paused"));
            assertEquals("lunch", pause.get("PausedReason"));
            assertEquals("PJSIP/777", pause.get("Interface"));
        }
    }

    @Test
    void coreShowChannelsIsAListWithAsteriskHeaders() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
            String leg = call.operatorLeg().get(10, TimeUnit.SECONDS);
            c.send("Action: CoreShowChannels", "ActionID: cs");
            Map<String, String> ack = c.response("cs");
            assertEquals("start", ack.get("EventList"));
            assertEquals("Channels will follow", ack.get("Message"));
            List<Map<String, String>> seen = new ArrayList<>();
            Map<String, String> done = c.readUntil(m -> "CoreShowChannelsComplete".equals(m.get("Event")), seen);
            assertEquals("Complete", done.get("EventList"));
            assertEquals("2", done.get("ListItems"));
            Map<String, String> row = seen.stream().filter(m -> leg.equals(m.get("Channel"))).findFirst().orElseThrow();
            for (String h : List.of("ActionID", "Uniqueid", "Linkedid", "ChannelState", "ChannelStateDesc",
                    "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Context", "Exten",
                    "Application", "ApplicationData", "Duration", "BridgeId")) {
                assertTrue(row.containsKey(h), h);
            }
            assertEquals("+15551234567", row.get("ConnectedLineNum"));
            assertTrue(row.get("Duration").matches("\\d\\d:\\d\\d:\\d\\d"));
            c.send("Action: Hangup", "ActionID: h", "Channel: " + leg, "Cause: 17");
            assertEquals("Channel Hungup", c.response("h").get("Message"));
            Map<String, String> gone = c.readUntil(m -> "Hangup".equals(m.get("Event"))
                    && leg.equals(m.get("Channel")), null);
            assertEquals("17", gone.get("Cause"));
            assertEquals("User busy", gone.get("Cause-txt"));
        }
    }

    @Test
    void restartKeepingCallsDropsSessionsButNotChannels() throws Exception {
        CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
        String leg = call.operatorLeg().get(10, TimeUnit.SECONDS);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "adminpw");
            sim.restart(true);
            assertTrue(c.drainUntilClosed() >= 0, "session dropped by the restart");
        }
        try (RawAmiClient c = new RawAmiClient(port)) {
            assertEquals("Authentication accepted", c.login("admin", "adminpw").get("Message"));
            assertTrue(sim.channels().stream().anyMatch(ch -> ch.name().equals(leg)));
        }
        sim.restart(false);
        assertTrue(sim.channels().isEmpty());
        call.finished().get(10, TimeUnit.SECONDS);
    }
}
