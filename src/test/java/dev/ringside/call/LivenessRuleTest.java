package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PBX's channel list says about the calls we track. */
class LivenessRuleTest extends TrackerCase {

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
    void aReconnectSnapshotClosesCallsThatEndedWhileTheLinkWasDownAtTheDrop() {
        inboundRinging("PJSIP/trunk-00000001", "10.1", "PJSIP/777-000000b1", "10.2", "777");
        inboundRinging("PJSIP/trunk-00000002", "11.1", "PJSIP/777-000000b2", "11.2", "777");
        s.after(2);
        answer("PJSIP/trunk-00000002", "11.1", "PJSIP/777-000000b2", "11.2", "777");
        Instant answered = s.events().get(s.events().size() - 1).time();
        inboundRinging("PJSIP/trunk-00000003", "12.1", "PJSIP/777-000000b3", "12.2", "777");
        CallTracker tracker = run("777");
        assertEquals(3, tracker.liveCalls().size());
        Instant drop = answered.plusSeconds(5);
        tracker.onLinkLost(drop);
        Instant back = drop.plusSeconds(17);
        tracker.onChannelsSnapshot(List.of(coreShowChannel("PJSIP/777-000000b3", "12.2", "12.1", 5, "777", CALLER, "00:01:38")), back);
        Call missed = tracker.call("10.1").orElseThrow();
        assertEquals(CallStatus.MISSED, missed.status());
        assertEquals(drop, missed.endedAt(), "rang until the PBX went away, not until we came back");
        Call completed = tracker.call("11.1").orElseThrow();
        assertEquals(CallStatus.COMPLETED, completed.status());
        assertEquals(Duration.ofSeconds(5), completed.talkTime(), "a PBX killed 5 s into the talk: 5 s, not the reconnect");
        assertEquals(CallStatus.INCOMING, tracker.call("12.1").orElseThrow().status(), "still ringing: still incoming");
        assertEquals(1, tracker.liveCalls().size());
    }

    @Test
    void aCheckWhileConnectedClosesAtTheLastListThatStillHadTheCall() {
        inboundRinging("PJSIP/trunk-00000001", "13.1", "PJSIP/777-000000c1", "13.2", "777");
        s.after(2);
        answer("PJSIP/trunk-00000001", "13.1", "PJSIP/777-000000c1", "13.2", "777");
        Instant answered = s.events().get(s.events().size() - 1).time();
        CallTracker tracker = run("777");
        Instant firstCheck = answered.plusSeconds(60);
        tracker.onChannelsSnapshot(List.of(coreShowChannel("PJSIP/777-000000c1", "13.2", "13.1", 6, "777", CALLER,
                "00:01:02")), firstCheck);
        assertEquals(CallStatus.ANSWERED, only().status());
        tracker.onChannelsSnapshot(List.of(), firstCheck.plusSeconds(60));
        assertEquals(CallStatus.COMPLETED, only().status());
        assertEquals(firstCheck, only().endedAt(), "last known alive at the first check");
        assertEquals(answered, only().answeredAt(), "listing it again did not re-answer it");
    }

    @Test
    void withoutAnyLaterWordAClosedCallEndsAtItsLastEvent() {
        inboundRinging("PJSIP/trunk-00000001", "14.1", "PJSIP/777-000000d4", "14.2", "777");
        s.after(4);
        s.event("Newstate", channel("PJSIP/777-000000d4", "14.2", "14.1", 5, "777", "", CALLER, NAME, "777"));
        Instant lastHeard = s.events().get(s.events().size() - 1).time();
        CallTracker tracker = run("777");
        tracker.onChannelsSnapshot(List.of(), lastHeard.plusSeconds(300));
        assertEquals(CallStatus.MISSED, only().status());
        assertEquals(Duration.ofSeconds(4), only().ringTime(), "its real ring time, not the five minutes until the check");
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
}
