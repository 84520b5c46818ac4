package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attended transfer to the operator and pickup, in the event order Asterisk 22 sends them. */
class TransferRuleTest extends TrackerCase {

    private static final String BOB = "+15557654321";
    private static final String L = "500.1";
    private static final String ONE = "Local/777@from-internal-0000000a;1";
    private static final String TWO = "Local/777@from-internal-0000000a;2";
    private static final String PHONE = "IAX2/777-4242";

    private String[] bob(int state) {
        return channel("IAX2/pstn-7001", L, L, state, BOB, "Bob", "888", "<unknown>", "888");
    }

    private String[] transferer(int state) {
        return channel("IAX2/888-5001", "500.2", L, state, "888", "<unknown>", BOB, "Bob", "888");
    }

    private String[] local(String chan, String uid, int state) {
        return channel(chan, uid, L, state, "888", "<unknown>", BOB, "Bob", "777");
    }

    private String[] phone(int state, String connectedNum, String connectedName) {
        return channel(PHONE, "500.5", L, state, "777", "<unknown>", connectedNum, connectedName, "777");
    }

    /** Bob talks to 888; 888 consults 777 through a Local channel; 777 answers after 3 s. */
    private void consultation() {
        s.event("BridgeEnter", concat(transferer(6), "BridgeUniqueid", "b1"));
        s.after(3);
        s.event("Newchannel", local(ONE, "500.3", 0));
        s.event("Newchannel", local(TWO, "500.4", 4));
        s.event("BridgeEnter", concat(local(ONE, "500.3", 0), "BridgeUniqueid", "b2", "BridgeNumChannels", "1"));
        s.event("Newchannel", phone(0, "<unknown>", "<unknown>"));
        s.event("Newstate", phone(5, "888", "<unknown>"));
        s.event("DialBegin", dial(local(TWO, "500.4", 4), PHONE, "500.5", L, 5, "777", "777"));
        s.event("Newstate", local(ONE, "500.3", 5));
        s.after(3);
        s.event("Newstate", phone(6, "888", "<unknown>"));
        s.event("DialEnd", concat(dial(local(TWO, "500.4", 6), PHONE, "500.5", L, 6, "777", ""), "DialStatus", "ANSWER"));
        s.event("Newstate", local(ONE, "500.3", 6));
        s.event("BridgeEnter", concat(phone(6, "888", "<unknown>"), "BridgeUniqueid", "b2", "BridgeNumChannels", "3"));
        s.event("Hangup", concat(local(ONE, "500.3", 6), "Cause", "16"));
        s.event("Hangup", concat(local(TWO, "500.4", 6), "Cause", "16"));
        s.after(2.5);
    }

    private void transferCompletes(boolean withEvent) {
        if (withEvent) {
            s.event("AttendedTransfer", "Result", "Success", "OrigTransfererChannel", "IAX2/888-5001",
                    "OrigTransfererUniqueid", "500.2", "SecondTransfererChannel", "IAX2/888-5001", "DestType", "Bridge",
                    "DestBridgeUniqueid", "b1", "TransfereeChannel", "IAX2/pstn-7001", "TransfereeCallerIDNum", BOB,
                    "TransfereeCallerIDName", "Bob", "TransfereeUniqueid", L, "TransferTargetChannel", PHONE,
                    "TransferTargetUniqueid", "500.5", "IsExternal", "No");
        }
        s.event("Hangup", concat(transferer(6), "Cause", "16"));
        s.event("NewConnectedLine", phone(6, BOB, "Bob"));
        s.after(8);
        s.event("Hangup", concat(phone(6, BOB, "Bob"), "Cause", "16"));
    }

    @Test
    void attendedTransferToTheOperatorMakesTheTransfereeTheCallerWithThePbxsTimes() {
        consultation();
        transferCompletes(true);
        run("777");
        Call c = only();
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals(BOB, c.callerNumber());
        assertEquals("Bob", c.callerName());
        assertEquals(Direction.INBOUND, c.direction(), "Bob came in on the trunk, not from 888");
        assertEquals("IAX2/pstn-7001", c.callerChannel());
        assertEquals(Duration.ofSeconds(3), c.ringTime(), "the Local channel joining the consultation bridge is no answer");
        assertEquals(Duration.ofMillis(10_500), c.talkTime());
        assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                changes.stream().map(Call::status).distinct().toList());
        assertEquals("888", changes.get(0).callerNumber(), "while it rings, the transferer is calling");
    }

    @Test
    void withoutTheAttendedTransferEventTheNewConnectedLineSaysTheSame() {
        consultation();
        transferCompletes(false);
        run("777");
        Call c = only();
        assertEquals(BOB, c.callerNumber());
        assertEquals("Bob", c.callerName());
        assertEquals(Direction.INBOUND, c.direction());
        assertEquals(Duration.ofMillis(10_500), c.talkTime());
    }

    @Test
    void theOperatorsOwnConnectedLineChangesElseNeverReplaceTheCaller() {
        inboundRinging("PJSIP/trunk-00000001", "600.1", "PJSIP/777-0000002a", "600.2", "777");
        answer("PJSIP/trunk-00000001", "600.1", "PJSIP/777-0000002a", "600.2", "777");
        // 777 consults 999 itself: its own leg's connected line turns to 999
        s.event("NewConnectedLine", channel("PJSIP/777-0000002a", "600.2", "600.1", 6, "777", "", "999", "Desk 999", "777"));
        run("777");
        assertEquals(CALLER, only().callerNumber());
    }

    private static final String M = "700.9";

    private String[] picker(String linkedId, int state, String connectedNum, String connectedName) {
        return channel("IAX2/777-3131", M, linkedId, state, "777", "Desk 777", connectedNum, connectedName, "**888");
    }

    /** Bob's call rings 888; after 2 s 777 dials **888 and talks 8 s. */
    private void pickup() {
        s.event("Newchannel", bob(4));
        s.event("DialBegin", dial(bob(4), "IAX2/888-5001", "500.2", L, 0, "888", "888"));
        s.event("Newstate", transferer(5));
        s.after(2);
        s.event("Newchannel", picker(M, 4, "<unknown>", "<unknown>"));
        s.after(0.5);
        s.event("NewConnectedLine", picker(M, 4, BOB, "Bob"));
        s.event("Newstate", picker(M, 6, BOB, "Bob"));
        s.event("Pickup", concat(picker(M, 6, BOB, "Bob"), "TargetChannel", "IAX2/888-5001", "TargetChannelState", "5",
                "TargetCallerIDNum", "888", "TargetConnectedLineNum", BOB, "TargetConnectedLineName", "Bob",
                "TargetUniqueid", "500.2", "TargetLinkedid", L));
        s.event("Hangup", concat(transferer(5), "Cause", "26"));
        s.event("DialEnd", concat(dial(bob(4), "IAX2/777-3131", M, M, 6, "777", "**888"), "DialStatus", "ANSWER"));
        s.event("BridgeEnter", concat(picker(L, 6, BOB, "Bob"), "BridgeUniqueid", "b9"));
        s.after(8);
        s.event("Hangup", concat(picker(L, 6, BOB, "Bob"), "Cause", "16"));
    }

    @Test
    void aPickupIsOneCompletedCallFromTheCallerInTheCallersLinkedid() {
        pickup();
        run("777");
        Call c = only();
        assertEquals(L, c.linkedId());
        assertEquals(CallStatus.COMPLETED, c.status());
        assertEquals(BOB, c.callerNumber());
        assertEquals("Bob", c.callerName());
        assertEquals(Direction.INBOUND, c.direction());
        assertEquals("IAX2/pstn-7001", c.callerChannel());
        assertEquals(Duration.ofSeconds(8), c.talkTime());
        assertEquals("777", c.answeredBy());
    }

    @Test
    void forTheColleagueWhoseCallWasPickedUpItIsMissedAndAnsweredByThePicker() {
        pickup();
        run("888");
        Call c = only();
        assertEquals(CallStatus.MISSED, c.status());
        assertEquals(26, c.hangupCause());
        assertEquals("777", c.answeredBy());
        assertNull(c.answeredAt());
    }
}
