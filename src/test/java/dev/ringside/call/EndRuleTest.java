package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a call ends for the operator, and as what. */
class EndRuleTest extends TrackerCase {

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
        assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED), seen,
                "one call that rang two rounds and was answered: never missed in between");
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
        tracker.tick(dialEnded.plus(TrackerTimings.DEFAULT.keepEnded()).plusSeconds(120));
        assertTrue(tracker.call("900.1").isEmpty(), "ended calls are forgotten after a while");
    }

    // ------------------------------------------------------------ evidence from the queue

    private String[] queueCaller(String lid) {
        return caller("IAX2/pstn-5249", lid, 4, "501");
    }

    private void agent(String event, String lid, String memberChan, String memberUid, int state, String... extra) {
        s.event(event, concat(concat(dial(queueCaller(lid), memberChan, memberUid, lid, state, "501", "777"),
                "Queue", "localq", "Interface", "Local/777@agents/n", "MemberName", "Agent 777"), extra));
    }

    @Test
    void agentCompleteEndsTheCallWhenTheLegsOwnEventsAreFilteredAway() {
        // what the README's broken filters let through for a queue call: the queue's events only
        agent("AgentCalled", "60.1", "Local/777@agents-00000002;1", "60.2", 0);
        s.after(3);
        agent("AgentConnect", "60.1", "Local/777@agents-00000002;1", "60.2", 6, "RingTime", "3", "HoldTime", "3");
        s.after(8.5);
        agent("AgentComplete", "60.1", "Local/777@agents-00000002;1", "60.2", 6, "TalkTime", "8", "Reason", "agent");
        run("777");
        Call c = only();
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals(Duration.ofMillis(8500), c.talkTime());
        assertEquals(Duration.ofSeconds(3), c.ringTime());
    }

    @Test
    void aLaterHangupStillTellsTheCause() {
        agent("AgentCalled", "61.1", "PJSIP/777-00000061", "61.2", 0);
        s.after(2);
        agent("AgentConnect", "61.1", "PJSIP/777-00000061", "61.2", 6, "RingTime", "2", "HoldTime", "2");
        s.after(5);
        agent("AgentComplete", "61.1", "PJSIP/777-00000061", "61.2", 6, "TalkTime", "5", "Reason", "caller");
        s.after(0.01);
        hangup("PJSIP/777-00000061", "61.2", "61.1", 6, 16);
        run("777");
        assertEquals(16, only().hangupCause());
        assertEquals(Duration.ofSeconds(5), only().talkTime());
    }

    @Test
    void agentDumpEndsTheCall() {
        agent("AgentCalled", "62.1", "PJSIP/777-00000062", "62.2", 0);
        s.after(2);
        s.event("Newstate", channel("PJSIP/777-00000062", "62.2", "62.1", 6, "777", "", CALLER, NAME, "501"));
        s.after(1);
        // asterisk-java keeps only Channel, Uniqueid, Queue, Member and MemberName of an AgentDump
        s.event("AgentDump", concat(queueCaller("62.1"), "Queue", "localq", "Member", "PJSIP/777",
                "MemberName", "Agent 777"));
        run("777");
        assertEquals(CallStatus.COMPLETED, only().status());
        assertNotNull(only().endedAt());
    }

    /** One ringall round on a Local member: AgentCalled, the phone rings, 15 s later AgentRingNoAnswer. */
    private void unansweredRound(String lid, int round) {
        String one = "Local/777@agents-0000000" + round + ";1";
        String uid1 = lid + "0" + round + "1";
        agent("AgentCalled", lid, one, uid1, 0);
        s.event("Newstate", channel(one, uid1, lid, 5, "501", "", CALLER, NAME, "501"));
        s.after(15);
        agent("AgentRingNoAnswer", lid, one, uid1, 5, "RingTime", "15");
        hangup(one, uid1, lid, 5, 0);
    }

    @Test
    void queueRoundsNobodyAnswersAreOneCallThatTurnsMissedOnlyWhenNoRoundFollows() {
        unansweredRound("70.1", 1);
        s.after(5);
        unansweredRound("70.1", 2);
        Instant lastRoundEnded = s.events().get(s.events().size() - 1).time();
        s.after(5);
        unansweredRound("70.1", 3);
        Instant thirdEnded = s.events().get(s.events().size() - 1).time();
        CallTracker tracker = run("777");
        assertEquals(List.of(CallStatus.INCOMING), changes.stream().map(Call::status).distinct().toList(),
                "between rounds the call stays ringing: the popup does not flicker");
        tracker.tick(thirdEnded.plus(TrackerTimings.DEFAULT.queueRoundGrace()).minusSeconds(1));
        assertEquals(CallStatus.INCOMING, only().status());
        tracker.tick(thirdEnded.plus(TrackerTimings.DEFAULT.queueRoundGrace()).plusSeconds(1));
        Call c = only();
        assertEquals(CallStatus.MISSED, c.status());
        assertEquals(thirdEnded, c.endedAt(), "ended when the last round rang out");
        assertEquals(Duration.ofSeconds(55), c.ringTime(), "three rounds of 15 s with 5 s between");
        assertEquals(List.of(CallStatus.INCOMING, CallStatus.MISSED), changes.stream().map(Call::status).distinct().toList());
        assertTrue(lastRoundEnded.isBefore(thirdEnded));
    }

    @Test
    void theCallerAbandoningBetweenRoundsEndsTheCallAtOnce() {
        unansweredRound("71.1", 1);
        Instant rangOut = s.events().get(s.events().size() - 1).time();
        s.after(2);
        s.event("QueueCallerAbandon", concat(queueCaller("71.1"), "Queue", "localq", "Position", "1",
                "OriginalPosition", "1", "HoldTime", "17"));
        run("777");
        assertEquals(CallStatus.MISSED, only().status());
        assertEquals(rangOut, only().endedAt());
    }

    @Test
    void leavingTheQueueBecauseTheOperatorAnsweredIsNoEnd() {
        agent("AgentCalled", "72.1", "PJSIP/777-00000072", "72.2", 0);
        s.after(2);
        s.event("Newstate", channel("PJSIP/777-00000072", "72.2", "72.1", 6, "777", "", CALLER, NAME, "501"));
        s.event("QueueCallerLeave", concat(queueCaller("72.1"), "Queue", "localq", "Position", "1", "Count", "0"));
        run("777");
        assertEquals(CallStatus.ANSWERED, only().status());
    }
}
