package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence that could never be closed never reaches the tracker. */
class EventChecksTest {

    @Test
    void everyChannelComesWithItsUniqueidAndLinkedid() {
        assertNull(EventChecks.problem("Newchannel", frame("Channel", "PJSIP/777-1", "Uniqueid", "1.1", "Linkedid", "1.0")));
        assertNull(EventChecks.problem("DialBegin", frame("DestChannel", "PJSIP/777-1", "DestUniqueid", "1.1",
                "DestLinkedid", "1.0")), "an originate's dial has no caller side");
        assertNull(EventChecks.problem("QueueMemberStatus", frame("Interface", "PJSIP/777")));
        assertEquals(InputTrouble.Kind.MISSING_IDS, EventChecks.problem("DialBegin",
                frame("DestChannel", "Local/777@ctx-71;1", "DestUniqueid", "1.7")));
        assertEquals(InputTrouble.Kind.MISSING_IDS, EventChecks.problem("Newstate",
                frame("Channel", "PJSIP/777-1", "Uniqueid", "1.1")));
        assertEquals(InputTrouble.Kind.MISSING_IDS, EventChecks.problem("Hangup", frame("Uniqueid", "1.1")));
        assertEquals(InputTrouble.Kind.MISSING_IDS, EventChecks.problem("AgentCalled",
                frame("DestChannel", "PJSIP/777-1", "DestLinkedid", "1.0")));
    }

    @Test
    void everyBridgeEventNamesItsBridge() {
        assertEquals(InputTrouble.Kind.BRIDGE_WITHOUT_ID, EventChecks.problem("BridgeLeave",
                frame("Channel", "PJSIP/777-1", "Uniqueid", "1.1", "Linkedid", "1.0")));
        assertNull(EventChecks.problem("BridgeEnter", frame("BridgeUniqueid", "b-1", "Channel", "PJSIP/777-1",
                "Uniqueid", "1.1", "Linkedid", "1.0")));
    }

    private static RawFrame frame(String... headers) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            names.add(headers[i]);
            values.add(headers[i + 1]);
        }
        return new RawFrame(names, values);
    }
}
