package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written cases for every kind of call the tracker must get right, on several technologies. */
class CallTrackerTest {

    private static final String CALLER = "+15551234567";
    private static final String NAME = "John Caller";

    private final AmiScript s = new AmiScript();
    private final List<Call> changes = new ArrayList<>();
    private final Map<String, Call> latest = new LinkedHashMap<>();

    private CallTracker run(String... numbers) {
        CallTracker tracker = tracker(numbers);
        s.events().forEach(tracker::onEvent);
        return tracker;
    }

    private CallTracker tracker(String... numbers) {
        CallTracker tracker = new CallTracker(OperatorNumbers.of(numbers));
        tracker.addListener((before, now) -> {
            changes.add(now);
            latest.put(now.linkedId(), now);
        });
        return tracker;
    }

    private List<Call> calls() {
        return new ArrayList<>(latest.values());
    }

    private Call only() {
        assertEquals(1, latest.size(), "calls: " + latest.values());
        return latest.values().iterator().next();
    }

    // ------------------------------------------------------------ script pieces

    private String[] caller(String chan, String lid, int state, String exten) {
        return channel(chan, lid, lid, state, CALLER, NAME, "<unknown>", "<unknown>", exten);
    }

    private void inboundRinging(String callerChan, String lid, String legChan, String legUid, String exten) {
        s.event("Newchannel", caller(callerChan, lid, 4, exten));
        s.event("Newchannel", channel(legChan, legUid, lid, 0, "<unknown>", "<unknown>", "<unknown>", "<unknown>", "s"));
        s.event("DialBegin", dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 0, exten, exten));
        s.event("Newstate", channel(legChan, legUid, lid, 5, exten, "<unknown>", CALLER, NAME, exten));
    }

    private void answer(String callerChan, String lid, String legChan, String legUid, String exten) {
        s.event("Newstate", channel(legChan, legUid, lid, 6, exten, "Operator", CALLER, NAME, exten));
        s.event("DialEnd", concat(dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 6, exten, ""), "DialStatus", "ANSWER"));
        s.event("BridgeEnter", concat(channel(legChan, legUid, lid, 6, exten, "Operator", CALLER, NAME, exten),
                "BridgeUniqueid", "b-" + lid, "BridgeType", "basic", "BridgeNumChannels", "1"));
    }

    private void hangup(String chan, String uid, String lid, int state, int cause) {
        s.event("Hangup", concat(channel(chan, uid, lid, state, "x", "x", "x", "x", "s"), "Cause", String.valueOf(cause), "Cause-txt", "t"));
    }

    private void dialEnd(String callerChan, String lid, String legChan, String legUid, String exten, String status) {
        s.event("DialEnd", concat(dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 5, exten, exten), "DialStatus", status));
    }

    // ------------------------------------------------------------ cases

    @Test
    void pjsipDirectCallAnsweredAndCompleted() {
        inboundRinging("PJSIP/trunk-00000001", "100.1", "PJSIP/777-0000002a", "100.2", "777");
        s.after(3);
        answer("PJSIP/trunk-00000001", "100.1", "PJSIP/777-0000002a", "100.2", "777");
        s.after(60);
        hangup("PJSIP/777-0000002a", "100.2", "100.1", 6, 16);
        hangup("PJSIP/trunk-00000001", "100.1", "100.1", 6, 16);
        run("777");
        Call c = only();
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals(CALLER, c.callerNumber());
        assertEquals(NAME, c.callerName());
        assertEquals("PJSIP/trunk-00000001", c.callerChannel());
        assertEquals("100.1", c.callerUniqueId());
        assertEquals("PJSIP/777-0000002a", c.operatorChannel());
        assertEquals(Duration.ofSeconds(3), c.ringTime());
        assertEquals(Duration.ofSeconds(60), c.talkTime());
        assertEquals(CallStatus.INCOMING, changes.get(0).status(), "first the operator sees it ringing");
    }

    @Test
    void sipAndLocalChannelsAreRecognisedToo() {
        assertEquals("777", OperatorNumbers.deviceOf("SIP/777-00000001"));
        assertEquals("777", OperatorNumbers.deviceOf("IAX2/777-10552"));
        assertEquals("777", OperatorNumbers.deviceOf("Local/777@from-queue-00000003;1"));
        assertEquals("777", OperatorNumbers.deviceOf("IAX2/777/777"));
        assertEquals("777", OperatorNumbers.deviceOf("PJSIP/777"));
        assertEquals("trunk", OperatorNumbers.deviceOf("PJSIP/trunk-0000001f"));
        assertNull(OperatorNumbers.deviceOf("garbage"));
        OperatorNumbers mine = OperatorNumbers.of("777");
        assertTrue(mine.numberOf("PJSIP/7770-00000001").isEmpty(), "7770 is not 777");
        assertTrue(mine.numberOf("PJSIP/1777-00000001").isEmpty());
    }

    @Test
    void callsToOtherExtensionsNeverShowUp() {
        inboundRinging("PJSIP/trunk-00000001", "100.1", "PJSIP/7770-00000003", "100.2", "777");
        s.after(2);
        hangup("PJSIP/7770-00000003", "100.2", "100.1", 5, 16);
        run("777");
        assertEquals(List.of(), calls(), "Exten 777 alone does not make a call ours");
    }

    @Test
    void severalDevicesOfOneOperatorMakeOneCall() {
        String lid = "200.1";
        s.event("Newchannel", caller("PJSIP/trunk-00000001", lid, 4, "777"));
        s.event("DialBegin", dial(caller("PJSIP/trunk-00000001", lid, 4, "777"), "PJSIP/777-0000000a", "200.2", lid, 0, "777", "777"));
        s.event("DialBegin", dial(caller("PJSIP/trunk-00000001", lid, 4, "777"), "SIP/777-0000000b", "200.3", lid, 0, "777", "777"));
        s.event("Newstate", channel("PJSIP/777-0000000a", "200.2", lid, 5, "777", "", CALLER, NAME, "777"));
        s.event("Newstate", channel("SIP/777-0000000b", "200.3", lid, 5, "777", "", CALLER, NAME, "777"));
        s.after(4);
        answer("PJSIP/trunk-00000001", lid, "SIP/777-0000000b", "200.3", "777");
        hangup("PJSIP/777-0000000a", "200.2", lid, 5, 26);
        s.after(10);
        hangup("SIP/777-0000000b", "200.3", lid, 6, 16);
        CallTracker tracker = run("777");
        Call c = only();
        assertEquals(CallStatus.COMPLETED, c.status(), "the desk phone's cause 26 is not a miss when the softphone took it");
        assertEquals(Duration.ofSeconds(10), c.talkTime());
        assertTrue(tracker.liveCalls().isEmpty());
        assertEquals(1, changes.stream().filter(x -> x.status() == CallStatus.INCOMING).map(Call::linkedId).distinct().count());
    }

    @Test
    void queueRingNoAnswerThenAnsweredOnTheNextRound() {
        String lid = "300.1";
        String[] callerH = caller("PJSIP/trunk-00000001", lid, 6, "600");
        s.event("QueueCallerJoin", concat(callerH, "Queue", "support", "Position", "1", "Count", "1"));
        s.event("AgentCalled", concat(dial(callerH, "PJSIP/777-00000010", "300.2", lid, 0, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777"));
        s.event("Newstate", channel("PJSIP/777-00000010", "300.2", lid, 5, "<unknown>", "", CALLER, NAME, "600"));
        s.after(15);
        s.event("AgentRingNoAnswer", concat(dial(callerH, "PJSIP/777-00000010", "300.2", lid, 5, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777", "RingTime", "15"));
        hangup("PJSIP/777-00000010", "300.2", lid, 5, 16);
        s.after(5);
        s.event("AgentCalled", concat(dial(callerH, "PJSIP/777-00000011", "300.3", lid, 0, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777"));
        s.event("Newstate", channel("PJSIP/777-00000011", "300.3", lid, 5, "<unknown>", "", CALLER, NAME, "600"));
        s.after(2);
        s.event("Newstate", channel("PJSIP/777-00000011", "300.3", lid, 6, "777", "", CALLER, NAME, "600"));
        s.event("AgentConnect", concat(dial(callerH, "PJSIP/777-00000011", "300.3", lid, 6, "777", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777", "RingTime", "2", "HoldTime", "22"));
        s.after(30);
        hangup("PJSIP/777-00000011", "300.3", lid, 6, 16);
        run("777");
        Call c = only();
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals("support", c.queue());
        assertEquals(Duration.ofSeconds(30), c.talkTime());
        List<CallStatus> seen = changes.stream().map(Call::status).distinct().toList();
        assertEquals(List.of(CallStatus.INCOMING, CallStatus.MISSED, CallStatus.ANSWERED, CallStatus.COMPLETED), seen,
                "the first round was missed, the call rang again and was answered");
    }

    @Test
    void queueMemberBehindALocalChannelIsOneCallAndRejectTargetsTheLocalLeg() {
        String lid = "400.1";
        String[] callerH = caller("PJSIP/trunk-00000001", lid, 6, "600");
        s.event("AgentCalled", concat(dial(callerH, "Local/777@from-queue-00000001;1", "400.2", lid, 0, "600", "600"),
                "Queue", "support", "Interface", "Local/777@from-queue/n", "MemberName", "Operator 777"));
        s.event("Newchannel", channel("Local/777@from-queue-00000001;2", "400.3", lid, 4, CALLER, NAME, "", "", "777"));
        String[] localTwo = channel("Local/777@from-queue-00000001;2", "400.3", lid, 4, CALLER, NAME, "", "", "777");
        s.event("DialBegin", dial(localTwo, "PJSIP/777-00000020", "400.4", lid, 0, "777", "777"));
        s.event("Newstate", channel("PJSIP/777-00000020", "400.4", lid, 5, "777", "", CALLER, NAME, "777"));
        s.event("Newstate", channel("Local/777@from-queue-00000001;1", "400.2", lid, 5, "777", "", CALLER, NAME, "600"));
        CallTracker tracker = run("777");
        Call c = only();
        assertEquals(CallStatus.INCOMING, c.status());
        assertEquals(CALLER, c.callerNumber());
        assertEquals(List.of("Local/777@from-queue-00000001;1"), tracker.rejectTargets(lid));
    }

    @Test
    void queueCallTakenByAnotherMemberIsMissedAndSaysWhoTookIt() {
        String lid = "450.1";
        String[] callerH = caller("PJSIP/trunk-00000001", lid, 6, "600");
        s.event("AgentCalled", concat(dial(callerH, "PJSIP/777-00000030", "450.2", lid, 0, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777"));
        s.event("AgentCalled", concat(dial(callerH, "PJSIP/999-00000031", "450.3", lid, 0, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/999", "MemberName", "Operator 999"));
        s.after(3);
        s.event("AgentConnect", concat(dial(callerH, "PJSIP/999-00000031", "450.3", lid, 6, "999", "600"),
                "Queue", "support", "Interface", "PJSIP/999", "MemberName", "Operator 999", "RingTime", "3", "HoldTime", "3"));
        hangup("PJSIP/777-00000030", "450.2", lid, 5, 26);
        run("777");
        Call c = only();
        assertEquals(CallStatus.MISSED, c.status());
        assertEquals(26, c.hangupCause());
        assertEquals("999", c.answeredBy());
    }

    @Test
    void rejectFromTheAppIsRejectedWhateverCauseComesBack() {
        inboundRinging("PJSIP/trunk-00000001", "500.1", "PJSIP/777-00000040", "500.2", "777");
        List<PbxEvent> ringing = s.events();
        CallTracker tracker = tracker("777");
        ringing.forEach(tracker::onEvent);
        assertEquals(List.of("PJSIP/777-00000040"), tracker.rejectTargets("500.1"));
        tracker.markRejected("500.1", Instant.now());
        AmiScript rest = new AmiScript().after(2);
        rest.event("Hangup", concat(channel("PJSIP/777-00000040", "500.2", "500.1", 5, "777", "", CALLER, NAME, "777"),
                "Cause", "17", "Cause-txt", "User busy"));
        rest.events().forEach(tracker::onEvent);
        assertEquals(CallStatus.REJECTED, only().status());
        assertEquals(17, only().hangupCause());
    }

    @Test
    void aFailedRejectDoesNotLaterCountAsRejected() {
        inboundRinging("PJSIP/trunk-00000001", "510.1", "PJSIP/777-00000041", "510.2", "777");
        s.after(5);
        hangup("PJSIP/777-00000041", "510.2", "510.1", 5, 19);
        List<PbxEvent> events = s.events();
        CallTracker tracker = tracker("777");
        events.subList(0, 4).forEach(tracker::onEvent);
        tracker.markRejected("510.1", Instant.now());
        tracker.clearRejected("510.1");
        events.subList(4, events.size()).forEach(tracker::onEvent);
        assertEquals(CallStatus.MISSED, only().status());
    }

    @Test
    void acceptIsRecordedWithoutChangingTheStatus() {
        inboundRinging("PJSIP/trunk-00000001", "520.1", "PJSIP/777-00000042", "520.2", "777");
        CallTracker tracker = run("777");
        Instant at = Instant.parse("2027-01-01T10:00:00Z");
        tracker.markAccepted("520.1", at);
        assertEquals(at, only().acceptedAt());
        assertEquals(CallStatus.INCOMING, only().status());
    }

    @Test
    void outboundNobodyAnswersIsUnansweredNotMissed() {
        String lid = "600.1";
        String[] me = channel("PJSIP/777-00000050", lid, lid, 4, "777", "Operator 777", "<unknown>", "<unknown>", "5551112222");
        s.event("Newchannel", me);
        s.event("DialBegin", dial(me, "PJSIP/provider-00000051", "600.2", lid, 0, "5551112222", "5551112222"));
        s.after(20);
        s.event("DialEnd", concat(dial(me, "PJSIP/provider-00000051", "600.2", lid, 5, "5551112222", "5551112222"), "DialStatus", "NOANSWER"));
        hangup("PJSIP/777-00000050", lid, lid, 4, 16);
        run("777");
        Call c = only();
        assertEquals(Direction.OUTBOUND, c.direction());
        assertEquals(CallStatus.UNANSWERED, c.status());
        assertEquals("5551112222", c.receiverNumber());
        assertTrue(changes.stream().noneMatch(x -> x.status() == CallStatus.INCOMING), "no incoming popup for our own call");
    }

    @Test
    void callBackOriginateRingsTheOperatorWithoutAnIncomingCall() {
        String lid = "650.1";
        s.event("Newchannel", channel("PJSIP/777-00000060", lid, lid, 0, "", "", "", "", "s"));
        s.event("Newstate", channel("PJSIP/777-00000060", lid, lid, 5, "", "", "", "", "s"));
        s.after(2);
        s.event("Newstate", channel("PJSIP/777-00000060", lid, lid, 6, "", "", "", "", "s"));
        String[] me = channel("PJSIP/777-00000060", lid, lid, 6, "777", "", "", "", "5551112222");
        s.event("DialBegin", dial(me, "PJSIP/provider-00000061", "650.2", lid, 0, "5551112222", "5551112222"));
        s.after(4);
        s.event("DialEnd", concat(dial(me, "PJSIP/provider-00000061", "650.2", lid, 6, "5551112222", ""), "DialStatus", "ANSWER"));
        s.after(8);
        hangup("PJSIP/777-00000060", lid, lid, 6, 16);
        run("777");
        Call c = only();
        assertEquals(Direction.OUTBOUND, c.direction());
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals(Duration.ofSeconds(8), c.talkTime(), "talk starts when the far end answers, not our own pick-up");
        assertTrue(changes.stream().noneMatch(x -> x.status() == CallStatus.INCOMING));
    }

    @Test
    void internalCallFromAnotherExtension() {
        String lid = "700.1";
        String[] colleague = channel("PJSIP/201-00000070", lid, lid, 4, "201", "Alice", "<unknown>", "<unknown>", "777");
        s.event("Newchannel", colleague);
        s.event("DialBegin", dial(colleague, "PJSIP/777-00000071", "700.2", lid, 0, "777", "777"));
        s.event("Newstate", channel("PJSIP/777-00000071", "700.2", lid, 5, "777", "", "201", "Alice", "777"));
        s.after(5);
        hangup("PJSIP/777-00000071", "700.2", lid, 5, 19);
        run("777");
        Call c = only();
        assertEquals(Direction.INTERNAL, c.direction());
        assertEquals("201", c.callerNumber());
        assertEquals("Alice", c.callerName());
        assertEquals(CallStatus.MISSED, c.status());
    }

    @Test
    void strayEventsOfUnknownCallsMakeNoCalls() {
        hangup("PJSIP/777-00000080", "800.2", "800.1", 6, 16);
        dialEnd("PJSIP/trunk-00000001", "800.1", "PJSIP/777-00000080", "800.2", "777", "ANSWER");
        s.event("BridgeEnter", channel("PJSIP/777-00000080", "800.2", "800.1", 6, "777", "", CALLER, NAME, "777"));
        s.event("AgentConnect", dial(caller("PJSIP/trunk-00000001", "800.1", 6, "600"), "PJSIP/777-00000080", "800.2", "800.1", 6, "777", "600"));
        s.event("SomethingNew", "Channel", "PJSIP/777-00000080", "Uniqueid", "800.2");
        s.event("Newstate", "Channel", "PJSIP/777-00000081");
        run("777");
        assertEquals(List.of(), calls());
    }

    @Test
    void aDialThatEndsWithoutAHangupIsClosedByHousekeeping() {
        inboundRinging("PJSIP/trunk-00000001", "900.1", "PJSIP/777-00000090", "900.2", "777");
        s.after(10);
        dialEnd("PJSIP/trunk-00000001", "900.1", "PJSIP/777-00000090", "900.2", "777", "NOANSWER");
        CallTracker tracker = run("777");
        assertEquals(CallStatus.INCOMING, only().status(), "the Hangup may still come");
        Instant dialEnded = Instant.ofEpochSecond(1_800_000_010L);
        tracker.tick(dialEnded.plusSeconds(5));
        assertEquals(CallStatus.INCOMING, only().status());
        tracker.tick(dialEnded.plusSeconds(60));
        assertEquals(CallStatus.MISSED, only().status());
        assertEquals(dialEnded, only().endedAt());
        tracker.tick(dialEnded.plus(CallTracker.KEEP_ENDED).plusSeconds(120));
        assertTrue(tracker.call("900.1").isEmpty(), "ended calls are forgotten after a while");
    }

    @Test
    void callsAlreadyLiveAtConnectComeFromCoreShowChannels() {
        CallTracker tracker = tracker("777");
        Instant now = Instant.parse("2027-01-01T10:00:00Z");
        tracker.onChannelsSnapshot(List.of(
                coreShowChannel("PJSIP/trunk-00000001", "1.1", "1.1", 6, CALLER, "<unknown>", "00:01:10"),
                coreShowChannel("PJSIP/777-000000a1", "1.2", "1.1", 6, "777", CALLER, "00:01:05"),
                coreShowChannel("PJSIP/trunk-00000002", "2.1", "2.1", 4, "+15550001111", "<unknown>", "00:00:04"),
                coreShowChannel("PJSIP/777-000000a2", "2.2", "2.1", 5, "777", "+15550001111", "00:00:03"),
                coreShowChannel("PJSIP/999-000000a3", "3.2", "3.1", 5, "999", "+15550002222", "00:00:03")), now);
        assertEquals(2, tracker.liveCalls().size());
        Call up = tracker.call("1.1").orElseThrow();
        assertEquals(CallStatus.ANSWERED, up.status());
        assertEquals(CALLER, up.callerNumber());
        assertNull(up.answeredAt(), "we do not know when it was answered, so we do not say");
        assertEquals(now.minusSeconds(65), up.startedAt());
        Call ringing = tracker.call("2.1").orElseThrow();
        assertEquals(CallStatus.INCOMING, ringing.status());
        assertEquals("+15550001111", ringing.callerNumber());
    }

    @Test
    void aReconnectSnapshotClosesCallsThatEndedWhileTheLinkWasDown() {
        inboundRinging("PJSIP/trunk-00000001", "10.1", "PJSIP/777-000000b1", "10.2", "777");
        inboundRinging("PJSIP/trunk-00000002", "11.1", "PJSIP/777-000000b2", "11.2", "777");
        s.after(2);
        answer("PJSIP/trunk-00000002", "11.1", "PJSIP/777-000000b2", "11.2", "777");
        inboundRinging("PJSIP/trunk-00000003", "12.1", "PJSIP/777-000000b3", "12.2", "777");
        CallTracker tracker = run("777");
        assertEquals(3, tracker.liveCalls().size());
        Instant back = Instant.ofEpochSecond(1_800_000_100L);
        tracker.onChannelsSnapshot(List.of(coreShowChannel("PJSIP/777-000000b3", "12.2", "12.1", 5, "777", CALLER, "00:01:38")), back);
        assertEquals(CallStatus.MISSED, tracker.call("10.1").orElseThrow().status());
        assertEquals(CallStatus.COMPLETED, tracker.call("11.1").orElseThrow().status());
        assertEquals(back, tracker.call("11.1").orElseThrow().endedAt());
        assertEquals(CallStatus.INCOMING, tracker.call("12.1").orElseThrow().status(), "still ringing: still incoming");
        assertEquals(1, tracker.liveCalls().size());
    }

    @Test
    void timestampHeaderGivesTheEventTime() {
        inboundRinging("PJSIP/trunk-00000001", "20.1", "PJSIP/777-000000c1", "20.2", "777");
        run("777");
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), only().startedAt());
    }

    private static PbxEvent coreShowChannel(String chan, String uid, String lid, int state, String cidNum, String connectedNum,
                                            String duration) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Channel", chan);
        h.put("Uniqueid", uid);
        h.put("Linkedid", lid);
        h.put("ChannelState", String.valueOf(state));
        h.put("ChannelStateDesc", AmiScript.stateDesc(state));
        h.put("CallerIDNum", cidNum);
        h.put("ConnectedLineNum", connectedNum);
        h.put("Duration", duration);
        h.put("BridgeId", state == 6 ? "bridge-1" : "");
        h.put("Exten", "777");
        return new PbxEvent("CoreShowChannel", Instant.EPOCH, h);
    }

    @Test
    void coreShowChannelEventsFromARealListParseToo() {
        AmiScript list = new AmiScript();
        list.event("CoreShowChannel", "ActionID", "1", "Channel", "PJSIP/777-000000d1", "ChannelState", "5",
                "ChannelStateDesc", "Ringing", "CallerIDNum", "777", "ConnectedLineNum", CALLER, "ConnectedLineName", NAME,
                "Uniqueid", "30.2", "Linkedid", "30.1", "Duration", "00:00:07", "BridgeId", "", "Application", "AppDial");
        CallTracker tracker = tracker("777");
        tracker.onChannelsSnapshot(list.events(), Instant.ofEpochSecond(1_800_000_000L));
        Call c = tracker.call("30.1").orElseThrow();
        assertNotNull(c);
        assertEquals(CallStatus.INCOMING, c.status());
        assertEquals(NAME, c.callerName());
        assertEquals(Instant.ofEpochSecond(1_800_000_000L - 7), c.startedAt());
    }

    @Test
    void anIncomingCallIsShownOnlyOnceItsCallerIsKnown() {
        String lid = "40.1";
        String[] callerH = caller("PJSIP/trunk-00000001", lid, 6, "600");
        // the member's leg rings before the queue says who is calling
        s.event("Newchannel", channel("PJSIP/777-000000e1", "40.2", lid, 0, "<unknown>", "<unknown>", "<unknown>", "<unknown>", "s"));
        s.event("Newstate", channel("PJSIP/777-000000e1", "40.2", lid, 5, "<unknown>", "", "<unknown>", "<unknown>", "600"));
        s.event("AgentCalled", concat(dial(callerH, "PJSIP/777-000000e1", "40.2", lid, 5, "600", "600"),
                "Queue", "support", "Interface", "PJSIP/777", "MemberName", "Operator 777"));
        run("777");
        assertEquals(CALLER, changes.get(0).callerNumber(), "the first thing the operator sees names the caller");
        assertEquals(NAME, changes.get(0).callerName());
        assertEquals(CallStatus.INCOMING, changes.get(0).status());
    }

    @Test
    void aWithheldNumberStillRingsOnceTheDialIsSeen() {
        String lid = "41.1";
        String[] anonymous = channel("PJSIP/trunk-00000001", lid, lid, 4, "anonymous", "Anonymous", "<unknown>", "<unknown>", "777");
        s.event("Newstate", channel("PJSIP/777-000000e2", "41.2", lid, 5, "777", "", "<unknown>", "<unknown>", "777"));
        s.event("DialBegin", dial(anonymous, "PJSIP/777-000000e2", "41.2", lid, 5, "777", "777"));
        run("777");
        assertEquals(CallStatus.INCOMING, only().status());
    }

    @Test
    void anOutboundCallToATrunkWithStartExtensionStillNamesTheNumber() {
        String lid = "42.1";
        String[] me = channel("PJSIP/777-000000f1", lid, lid, 4, "777", "Operator 777", "<unknown>", "<unknown>", "5551112222");
        s.event("Newchannel", me);
        s.event("DialBegin", dial(me, "PJSIP/provider-000000f2", "42.2", lid, 0, "<unknown>", "s"));
        run("777");
        assertEquals("5551112222", only().receiverNumber());
        assertEquals(CallStatus.DIALING, only().status());
    }
}
