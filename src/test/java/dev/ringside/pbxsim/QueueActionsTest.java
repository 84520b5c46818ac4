package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue and hint actions as Asterisk 22's app_queue and pbx.c answer them, through a bare socket. */
class QueueActionsTest {

    private PbxSimulator sim;
    private int port;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.builder()
                .user(AmiUser.admin("admin", "pw"))
                .user(AmiUser.builder("caller", "pw").read("call").write("call").build())
                .user(AmiUser.builder("agent", "pw").read("agent").write("agent").build())
                .user(AmiUser.builder("reporter", "pw").read("call").write("reporting").build())
                .queueMember("support", "777").queueMember("support", "999").queueMember("sales", "999")
                .hint("888").timeScale(0.01).build();
        port = sim.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static List<Map<String, String>> list(RawAmiClient c, String id, String complete) throws Exception {
        List<Map<String, String>> seen = new ArrayList<>();
        Map<String, String> done = c.readUntil(m -> complete.equals(m.get("Event")), seen);
        assertEquals(id, done.get("ActionID"));
        assertEquals("Complete", done.get("EventList"));
        seen.removeIf(m -> !id.equals(m.get("ActionID")) || m.containsKey("Response") || m == done);
        assertEquals(String.valueOf(seen.size()), done.get("ListItems"));
        return seen;
    }

    private static Map<String, String> one(List<Map<String, String>> events, String event, String key, String value) {
        return events.stream().filter(m -> event.equals(m.get("Event")) && value.equals(m.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " with " + key + " " + value + " in " + events));
    }

    @Test
    void queueStatusListsParamsMembersWithLocationAndWaitingCallers() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("agent", "pw");
            sim.queueCaller("support", "+15550001111", "Waiting One", Duration.ofHours(1), null, Duration.ZERO);
            c.readUntil(m -> "QueueCallerJoin".equals(m.get("Event")), null);
            c.send("Action: QueueStatus", "ActionID: qs", "Queue: support");
            Map<String, String> ack = c.response("qs");
            assertEquals("Success", ack.get("Response"));
            assertEquals("Queue status will follow", ack.get("Message"));
            assertEquals("start", ack.get("EventList"));
            List<Map<String, String>> items = list(c, "qs", "QueueStatusComplete");
            Map<String, String> params = one(items, "QueueParams", "Queue", "support");
            assertEquals("1", params.get("Calls"));
            assertEquals("ringall", params.get("Strategy"));
            Map<String, String> member = one(items, "QueueMember", "Location", "PJSIP/777");
            assertEquals("Operator 777", member.get("Name"));
            assertEquals("PJSIP/777", member.get("StateInterface"));
            assertEquals("static", member.get("Membership"));
            for (String h : List.of("Penalty", "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall", "Status",
                    "Paused", "PausedReason", "Wrapuptime")) {
                assertTrue(member.containsKey(h), h);
            }
            Map<String, String> entry = one(items, "QueueEntry", "Queue", "support");
            assertEquals("+15550001111", entry.get("CallerIDNum"));
            assertEquals("1", entry.get("Position"));
            assertTrue(entry.get("Wait").matches("\\d+"));
            assertTrue(items.stream().noneMatch(m -> "sales".equals(m.get("Queue"))), "only the queue asked for");
        }
    }

    @Test
    void pauseWithReasonShowsInTheEventAndInQueueStatusThenUnpause() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("agent", "pw");
            c.send("Action: QueuePause", "ActionID: p", "Interface: PJSIP/777", "Paused: true", "Reason: Lunch");
            assertEquals("Interface paused successfully", c.response("p").get("Message"));
            Map<String, String> paused = c.readUntil(m -> "QueueMemberPause".equals(m.get("Event")), null);
            assertEquals("support", paused.get("Queue"));
            assertEquals("1", paused.get("Paused"));
            assertEquals("Lunch", paused.get("PausedReason"));
            assertTrue(Long.parseLong(paused.get("LastPause")) > 0);
            assertTrue(sim.isPaused("support", "777"));

            c.send("Action: QueueStatus", "ActionID: qs", "Member: PJSIP/777");
            c.response("qs");
            Map<String, String> member = one(list(c, "qs", "QueueStatusComplete"), "QueueMember", "Queue", "support");
            assertEquals("1", member.get("Paused"));
            assertEquals("Lunch", member.get("PausedReason"));

            c.send("Action: QueuePause", "ActionID: u", "Interface: PJSIP/777", "Queue: support", "Paused: false");
            assertEquals("Interface unpaused successfully", c.response("u").get("Message"));
            Map<String, String> unpaused = c.readUntil(m -> "QueueMemberPause".equals(m.get("Event")), null);
            assertEquals("0", unpaused.get("Paused"));
            assertEquals("", unpaused.get("PausedReason"));

            c.send("Action: QueuePause", "ActionID: x", "Interface: PJSIP/555", "Paused: true");
            assertEquals("Interface not found", c.response("x").get("Message"));
            c.send("Action: QueuePause", "ActionID: y", "Interface: PJSIP/777");
            assertEquals("Need 'Interface' and 'Paused' parameters.", c.response("y").get("Message"));
        }
    }

    @Test
    void pauseWithoutAQueuePausesEveryQueueTheMemberIsIn() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("agent", "pw");
            c.send("Action: QueuePause", "ActionID: p", "Interface: PJSIP/999", "Paused: yes", "Reason: Training");
            assertEquals("Success", c.response("p").get("Response"));
            assertEquals("support", c.readUntil(m -> "QueueMemberPause".equals(m.get("Event")), null).get("Queue"));
            assertEquals("sales", c.readUntil(m -> "QueueMemberPause".equals(m.get("Event")), null).get("Queue"));
            assertTrue(sim.isPaused("sales", "999") && sim.isPaused("support", "999"));
        }
    }

    @Test
    void queueActionsNeedWriteAgentAndHintsNeedCallOrReporting() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("caller", "pw");
            for (String action : List.of("Action: QueuePause\r\nInterface: PJSIP/777\r\nPaused: true",
                    "Action: QueueAdd\r\nQueue: sales\r\nInterface: PJSIP/777",
                    "Action: QueueRemove\r\nQueue: sales\r\nInterface: PJSIP/999")) {
                c.send(action, "ActionID: a");
                Map<String, String> r = c.response("a");
                assertEquals("Error", r.get("Response"), action);
                assertEquals("Permission denied", r.get("Message"), action);
            }
            c.send("Action: QueueStatus", "ActionID: qs");
            assertEquals("Success", c.response("qs").get("Response"), "QueueStatus needs no write class");
            c.send("Action: ExtensionStateList", "ActionID: e");
            assertEquals("Success", c.response("e").get("Response"));
        }
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("agent", "pw");
            c.send("Action: ExtensionStateList", "ActionID: e");
            assertEquals("Permission denied", c.response("e").get("Message"));
        }
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("reporter", "pw");
            c.send("Action: ExtensionStateList", "ActionID: e");
            assertEquals("Success", c.response("e").get("Response"));
        }
    }

    @Test
    void queueAddMakesADynamicMemberThatQueueRemoveTakesOut() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("agent", "pw");
            c.send("Action: QueueAdd", "ActionID: a", "Queue: sales", "Interface: PJSIP/777",
                    "MemberName: Operator 777", "StateInterface: PJSIP/777", "Penalty: 0", "Paused: false");
            assertEquals("Added interface to queue", c.response("a").get("Message"));
            Map<String, String> added = c.readUntil(m -> "QueueMemberAdded".equals(m.get("Event")), null);
            assertEquals("sales", added.get("Queue"));
            assertEquals("dynamic", added.get("Membership"));
            assertEquals("PJSIP/777", added.get("Interface"));
            assertEquals("Operator 777", added.get("MemberName"));
            assertTrue(Long.parseLong(added.get("LoginTime")) > 0);

            c.send("Action: QueueAdd", "ActionID: b", "Queue: sales", "Interface: PJSIP/777");
            assertEquals("Unable to add interface: Already there", c.response("b").get("Message"));
            c.send("Action: QueueAdd", "ActionID: c", "Queue: nosuch", "Interface: PJSIP/777");
            assertEquals("Unable to add interface to queue: No such queue", c.response("c").get("Message"));
            c.send("Action: QueueRemove", "ActionID: d", "Queue: support", "Interface: PJSIP/777");
            assertEquals("Member not dynamic", c.response("d").get("Message"));

            c.send("Action: QueueRemove", "ActionID: e", "Queue: sales", "Interface: PJSIP/777");
            assertEquals("Removed interface from queue", c.response("e").get("Message"));
            Map<String, String> removed = c.readUntil(m -> "QueueMemberRemoved".equals(m.get("Event")), null);
            assertEquals("PJSIP/777", removed.get("Interface"));
            c.send("Action: QueueRemove", "ActionID: f", "Queue: sales", "Interface: PJSIP/777");
            assertEquals("Unable to remove interface: Not there", c.response("f").get("Message"));
        }
    }

    @Test
    void queueSummaryCountsLoggedInAvailableAndCallers() throws Exception {
        sim.queueCaller("sales", "+15550002222", "Waiting Two", Duration.ofHours(1), null, Duration.ZERO)
                .linkedid().get(5, TimeUnit.SECONDS);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            c.send("Action: QueuePause", "ActionID: p", "Interface: PJSIP/777", "Queue: support", "Paused: 1");
            c.response("p");
            c.send("Action: QueueSummary", "ActionID: s");
            assertEquals("Queue summary will follow", c.response("s").get("Message"));
            List<Map<String, String>> items = list(c, "s", "QueueSummaryComplete");
            Map<String, String> support = one(items, "QueueSummary", "Queue", "support");
            assertEquals("2", support.get("LoggedIn"));
            assertEquals("1", support.get("Available"), "the paused member is not available");
            assertEquals("0", support.get("Callers"));
            Map<String, String> sales = one(items, "QueueSummary", "Queue", "sales");
            assertEquals("1", sales.get("Callers"));
            assertTrue(sales.get("LongestHoldTime").matches("\\d+"));
        }
    }

    @Test
    void waitingCallersGetTheirRealPositionAndLeaveWhenAMemberAnswers() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            sim.queueCaller("support", "+15550000001", "First", Duration.ofHours(1), null, Duration.ZERO);
            c.readUntil(m -> "QueueCallerJoin".equals(m.get("Event")), null);
            CallHandle second = sim.queueCaller("support", "+15550000002", "Second", Duration.ofMillis(200), "999",
                    Duration.ofMillis(100));
            Map<String, String> join = c.readUntil(m -> "QueueCallerJoin".equals(m.get("Event")), null);
            assertEquals("2", join.get("Position"));
            assertEquals("2", join.get("Count"));
            Map<String, String> leave = c.readUntil(m -> "QueueCallerLeave".equals(m.get("Event")), null);
            assertEquals("2", leave.get("Position"));
            assertEquals("1", leave.get("Count"));
            Map<String, String> connect = c.readUntil(m -> "AgentConnect".equals(m.get("Event")), null);
            assertEquals("PJSIP/999", connect.get("Interface"));
            Map<String, String> status = c.readUntil(m -> "QueueMemberStatus".equals(m.get("Event"))
                    && "PJSIP/999".equals(m.get("Interface")) && "2".equals(m.get("Status")), null);
            assertEquals("support", status.get("Queue"));
            second.finished().get(5, TimeUnit.SECONDS);
            assertEquals(1, sim.waitingCallers("support"));
        }
    }

    @Test
    void extensionStateListGivesEveryHintAndItsStateChangesLive() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            c.send("Action: ExtensionStateList", "ActionID: l");
            assertEquals("Extension Statuses will follow", c.response("l").get("Message"));
            List<Map<String, String>> hints = list(c, "l", "ExtensionStateListComplete");
            Map<String, String> h888 = one(hints, "ExtensionStatus", "Exten", "888");
            assertEquals("ext-local", h888.get("Context"));
            assertEquals("PJSIP/888", h888.get("Hint"));
            assertEquals("0", h888.get("Status"));
            assertEquals("Idle", h888.get("StatusText"));
            one(hints, "ExtensionStatus", "Exten", "777");

            sim.phoneReachable("888", false);
            Map<String, String> gone = c.readUntil(m -> "ExtensionStatus".equals(m.get("Event"))
                    && "888".equals(m.get("Exten")), null);
            assertEquals("4", gone.get("Status"));
            assertEquals("Unavailable", gone.get("StatusText"));
            c.send("Action: ExtensionState", "ActionID: s", "Exten: 888", "Context: ext-local");
            Map<String, String> state = c.response("s");
            assertEquals("Extension Status", state.get("Message"));
            assertEquals("4", state.get("Status"));

            sim.play(Scenario.answered("888")).finished().get(5, TimeUnit.SECONDS);
            c.send("Action: ExtensionStateList", "ActionID: m");
            c.response("m");
            assertEquals("Idle", one(list(c, "m", "ExtensionStateListComplete"), "ExtensionStatus", "Exten", "888")
                    .get("StatusText"), "the call's last ExtensionStatus");
        }
    }
}
