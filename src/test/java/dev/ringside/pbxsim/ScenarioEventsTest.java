package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each scripted flow, checked against what Asterisk sends for it (see the transcripts). */
class ScenarioEventsTest {

    private PbxSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private List<Map<String, String>> play(Technology tech, Scenario scenario) throws Exception {
        sim = PbxSimulator.builder().user(AmiUser.admin("admin", "pw")).technology(tech).timeScale(0.005).build();
        int port = sim.start(0);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            sim.play(scenario).finished().get(10, TimeUnit.SECONDS);
            c.send("Action: Ping", "ActionID: end");
            List<Map<String, String>> seen = new ArrayList<>();
            c.readUntil(m -> "end".equals(m.get("ActionID")), seen);
            seen.removeIf(m -> !m.containsKey("Event") || "FullyBooted".equals(m.get("Event"))
                    || "SuccessfulAuth".equals(m.get("Event")));
            assertWellFormed(seen);
            return seen;
        }
    }

    /**
     * Every channel that appears is hung up, and all channels of the call end with one Linkedid (a
     * picking-up channel starts with its own and takes the caller's when bridged).
     */
    private static void assertWellFormed(List<Map<String, String>> events) {
        Set<String> created = names(events, "Newchannel");
        assertEquals(created, names(events, "Hangup"), "every channel hangs up");
        Set<String> linkedids = events.stream().filter(e -> "Hangup".equals(e.get("Event"))).map(e -> e.get("Linkedid"))
                .collect(Collectors.toSet());
        assertEquals(1, linkedids.size(), "one Linkedid per call");
    }

    private static Set<String> names(List<Map<String, String>> events, String event) {
        return events.stream().filter(e -> event.equals(e.get("Event"))).map(e -> e.get("Channel"))
                .collect(Collectors.toSet());
    }

    private static Map<String, String> first(List<Map<String, String>> events, String event,
                                             java.util.function.Predicate<Map<String, String>> match) {
        return events.stream().filter(e -> event.equals(e.get("Event")) && match.test(e)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event));
    }

    @Test
    void missedCallerGivesUpWithCause19AndDialEndCancel() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.missed("777"));
        String leg = first(ev, "DialBegin", e -> true).get("DestChannel");
        assertEquals("CANCEL", first(ev, "DialEnd", e -> true).get("DialStatus"));
        assertEquals("19", first(ev, "Hangup", e -> leg.equals(e.get("Channel"))).get("Cause"));
        assertEquals("19", first(ev, "Hangup", e -> e.get("Channel").startsWith("PJSIP/pstn-")).get("Cause"));
    }

    @Test
    void rejectedThatNobodyRejectsTimesOutWithoutACauseThenVoicemail() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.rejected("777"));
        String leg = first(ev, "DialBegin", e -> true).get("DestChannel");
        assertEquals("NOANSWER", first(ev, "DialEnd", e -> true).get("DialStatus"));
        assertEquals("0", first(ev, "Hangup", e -> leg.equals(e.get("Channel"))).get("Cause"));
        assertTrue(ev.stream().noneMatch(e -> "HangupRequest".equals(e.get("Event")) && leg.equals(e.get("Channel"))));
        Map<String, String> callerUp = first(ev, "Newstate", e -> e.get("Channel").startsWith("PJSIP/pstn-"));
        assertEquals("vm-sim", callerUp.get("Context"));
    }

    @Test
    void answeredElsewhereEndsTheLosingLegWithCause26() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.answeredElsewhere("777", "999"));
        Map<String, String> lost = first(ev, "Hangup", e -> e.get("Channel").startsWith("PJSIP/777-"));
        assertEquals("26", lost.get("Cause"));
        assertEquals("Answered elsewhere", lost.get("Cause-txt"));
        assertEquals("700", lost.get("CallerIDNum"));
        assertEquals("CANCEL", first(ev, "DialEnd", e -> e.get("DestChannel").startsWith("PJSIP/777-")).get("DialStatus"));
        assertEquals("ANSWER", first(ev, "DialEnd", e -> e.get("DestChannel").startsWith("PJSIP/999-")).get("DialStatus"));
    }

    @Test
    void queueCallIsConnectedToTheMemberInterface() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.queue("777"));
        first(ev, "QueueCallerJoin", e -> "support".equals(e.get("Queue")));
        Map<String, String> called = first(ev, "AgentCalled", e -> true);
        assertEquals("PJSIP/777", called.get("Interface"));
        assertTrue(called.get("DestChannel").startsWith("PJSIP/777-"));
        assertEquals("600", called.get("DestExten"));
        first(ev, "AgentConnect", e -> e.containsKey("RingTime") && e.containsKey("HoldTime"));
        first(ev, "QueueCallerLeave", e -> true);
        assertEquals("agent", first(ev, "AgentComplete", e -> true).get("Reason"));
    }

    @Test
    void unansweredQueueCallRingsNoAnswerAndIsAbandoned() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.queueAbandoned("777"));
        assertEquals("IAX2/777/777", first(ev, "AgentRingNoAnswer", e -> true).get("Interface"));
        first(ev, "QueueCallerAbandon", e -> "support".equals(e.get("Queue")));
        assertTrue(ev.stream().noneMatch(e -> "AgentConnect".equals(e.get("Event"))));
    }

    @Test
    void internalCallComesFromAnotherExtensionsPhone() throws Exception {
        List<Map<String, String>> ev = play(Technology.SIP, Scenario.internal("777", "999"));
        Map<String, String> begin = first(ev, "DialBegin", e -> true);
        assertTrue(begin.get("Channel").matches("SIP/999-[0-9a-f]{8}"), begin.get("Channel"));
        assertEquals("from-internal", begin.get("Context"));
        assertEquals("999", begin.get("CallerIDNum"));
        assertTrue(begin.get("DestChannel").startsWith("SIP/777-"));
        assertEquals("ANSWER", first(ev, "DialEnd", e -> true).get("DialStatus"));
    }

    @Test
    void outboundCallGoesThroughTheTrunk() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.outbound("777", "5551112222"));
        Map<String, String> begin = first(ev, "DialBegin", e -> true);
        assertTrue(begin.get("Channel").matches("IAX2/777-\\d+"), begin.get("Channel"));
        assertTrue(begin.get("DestChannel").startsWith("IAX2/main-"));
        assertEquals("main/5551112222", begin.get("DialString"));
        assertEquals("5551112222", begin.get("Exten"));
        assertEquals("ANSWER", first(ev, "DialEnd", e -> true).get("DialStatus"));
    }

    @Test
    void answeredCallOnIax2UsesItsDialString() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.answered("777").withCaller("+4930123", "Erika"));
        Map<String, String> begin = first(ev, "DialBegin", e -> true);
        assertEquals("777/777", begin.get("DialString"));
        assertEquals("+4930123", begin.get("CallerIDNum"));
        assertEquals("Erika", begin.get("DestConnectedLineName"));
        first(ev, "BridgeEnter", e -> e.get("Channel").startsWith("IAX2/777-"));
    }

    @Test
    void localChannelMembersRingThePhoneThroughTheirSecondHalf() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.localQueue("777", "888"));
        Map<String, String> called = first(ev, "AgentCalled", e -> "Local/777@agents/n".equals(e.get("Interface")));
        assertTrue(called.get("DestChannel").matches("Local/777@agents-[0-9a-f]{8};1"), called.get("DestChannel"));
        assertEquals("localq", called.get("Queue"));
        Map<String, String> dial = first(ev, "DialBegin", e -> e.get("Channel").startsWith("Local/777@agents-"));
        assertTrue(dial.get("Channel").endsWith(";2"));
        assertTrue(dial.get("DestChannel").matches("IAX2/777-\\d+"), dial.get("DestChannel"));
        assertEquals("26", first(ev, "Hangup", e -> e.get("Channel").startsWith("IAX2/888-")).get("Cause"));
        assertEquals(called.get("DestChannel"), first(ev, "AgentConnect", e -> true).get("DestChannel"));
        assertEquals(called.get("DestChannel"), first(ev, "AgentComplete", e -> true).get("DestChannel"));
    }

    @Test
    void unansweredRoundsRingNoAnswerThenTheCallerGivesUp() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.localQueueUnanswered("777", "888", 2));
        List<Map<String, String>> noAnswer = ev.stream().filter(e -> "AgentRingNoAnswer".equals(e.get("Event"))
                && "Local/777@agents/n".equals(e.get("Interface"))).toList();
        assertEquals(2, noAnswer.size(), "one per round");
        assertEquals(2, ev.stream().filter(e -> "Newchannel".equals(e.get("Event"))
                && e.get("Channel").startsWith("PJSIP/777-")).count(), "a new phone leg each round");
        assertEquals("NOANSWER", first(ev, "DialEnd", e -> e.get("DestChannel").startsWith("Local/777@")).get("DialStatus"));
        first(ev, "QueueCallerAbandon", e -> "localq".equals(e.get("Queue")));
        assertTrue(ev.stream().noneMatch(e -> "AgentConnect".equals(e.get("Event"))));
    }

    @Test
    void ringGroupTheOperatorAnswers() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.ringGroup("777", "888"));
        assertEquals("ANSWER", first(ev, "DialEnd", e -> e.get("DestChannel").startsWith("IAX2/777-")).get("DialStatus"));
        assertEquals("26", first(ev, "Hangup", e -> e.get("Channel").startsWith("IAX2/888-")).get("Cause"));
    }

    @Test
    void attendedTransferToTheOperatorGoesThroughALocalChannelAndEndsWithTheCallersConnectedLine() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.attendedTransferTo("777", "888"));
        Map<String, String> consult = first(ev, "BridgeEnter", e -> e.get("Channel").startsWith("Local/777@from-internal-"));
        assertTrue(consult.get("Channel").endsWith(";1"));
        assertEquals("0", consult.get("ChannelState"), "it enters the consultation bridge before anyone answered");
        Map<String, String> dial = first(ev, "DialBegin", e -> e.get("DestChannel").startsWith("IAX2/777-"));
        assertEquals("888", dial.get("CallerIDNum"), "the consultation rings 777 with the transferer's number");
        int transfer = indexOf(ev, "AttendedTransfer");
        Map<String, String> at = ev.get(transfer);
        assertEquals("Success", at.get("Result"));
        assertTrue(at.get("TransferTargetChannel").startsWith("IAX2/777-"));
        assertEquals("+15557654321", at.get("TransfereeCallerIDNum"));
        assertTrue(at.get("OrigTransfererChannel").startsWith("IAX2/888-"));
        Map<String, String> connected = ev.subList(transfer, ev.size()).stream()
                .filter(e -> "NewConnectedLine".equals(e.get("Event")) && e.get("Channel").startsWith("IAX2/777-"))
                .findFirst().orElseThrow();
        assertEquals("+15557654321", connected.get("ConnectedLineNum"));
        assertEquals("Bob", connected.get("ConnectedLineName"));
    }

    @Test
    void directedPickupMakesTheOperatorsOwnChannelThatTakesTheCallersLinkedid() throws Exception {
        List<Map<String, String>> ev = play(Technology.IAX2, Scenario.pickup("777", "888"));
        Map<String, String> mine = first(ev, "Newchannel", e -> e.get("Channel").startsWith("IAX2/777-"));
        assertEquals(mine.get("Uniqueid"), mine.get("Linkedid"), "its own Linkedid at first");
        assertEquals("**888", mine.get("Exten"));
        Map<String, String> pickup = first(ev, "Pickup", e -> true);
        assertEquals(mine.get("Channel"), pickup.get("Channel"));
        assertTrue(pickup.get("TargetChannel").startsWith("IAX2/888-"));
        String callers = pickup.get("TargetLinkedid");
        assertEquals("+15557654321", pickup.get("TargetConnectedLineNum"));
        assertEquals("26", first(ev, "Hangup", e -> e.get("Channel").startsWith("IAX2/888-")).get("Cause"));
        Map<String, String> answer = first(ev, "DialEnd", e -> "ANSWER".equals(e.get("DialStatus")));
        assertEquals(mine.get("Channel"), answer.get("DestChannel"));
        assertEquals(callers, first(ev, "BridgeEnter", e -> e.get("Channel").equals(mine.get("Channel"))).get("Linkedid"));
    }

    @Test
    void groupPickupDialsStar8() throws Exception {
        List<Map<String, String>> ev = play(Technology.PJSIP, Scenario.groupPickup("777", "888"));
        Map<String, String> mine = first(ev, "Newchannel", e -> e.get("Channel").startsWith("PJSIP/777-"));
        assertEquals("*8", mine.get("Exten"));
        first(ev, "Pickup", e -> e.get("Channel").equals(mine.get("Channel")));
    }

    private static int indexOf(List<Map<String, String>> events, String event) {
        for (int i = 0; i < events.size(); i++) {
            if (event.equals(events.get(i).get("Event"))) {
                return i;
            }
        }
        throw new AssertionError("no " + event);
    }
}
