package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legs and their owner: which channels are the operator's and which call each belongs to. */
class LegRuleTest extends TrackerCase {

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
    void timestampHeaderGivesTheEventTime() {
        inboundRinging("PJSIP/trunk-00000001", "20.1", "PJSIP/777-000000c1", "20.2", "777");
        run("777");
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), only().startedAt());
    }

}
