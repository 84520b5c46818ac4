package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who is calling: the dialer's caller id, else the operator leg's connected line. */
class CallerRuleTest extends TrackerCase {

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
