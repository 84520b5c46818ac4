package dev.ringside.call;

import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What answers a call, and what only looks like it. */
class AnswerRuleTest extends TrackerCase {

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
}
