package dev.ringside.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A PBX that names the operator's phone in queue and dial events but hides its channel events is noticed, once. */
class FilterDiagnosisTest {

    private static final Instant T0 = Instant.parse("2026-11-29T15:16:01Z");
    private final FilterDiagnosis diagnosis = new FilterDiagnosis(OperatorNumbers.of("777"), Duration.ofSeconds(10));

    private static PbxEvent event(String name, String... headers) {
        Map<String, String> h = new java.util.HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new PbxEvent(name, T0, h);
    }

    @Test
    void queueEvidenceWithoutTheLegsOwnEventsIsFoundAfterTheWindowAndOnlyOnce() {
        // what the README's old filters let through for a queue call
        diagnosis.onEvent(event("AgentCalled", "Channel", "IAX2/pstn-5249", "DestChannel", "Local/777@agents-00000002;1",
                "Interface", "Local/777@agents/n"), T0);
        diagnosis.onEvent(event("QueueMemberStatus", "Interface", "Local/777@agents/n", "StateInterface", "IAX2/777",
                "Status", "6"), T0.plusMillis(20));
        assertFalse(diagnosis.tick(T0.plusSeconds(9)));
        assertTrue(diagnosis.tick(T0.plusSeconds(11)));
        assertEquals(Set.of("777"), diagnosis.finding().orElseThrow().numbers());
        assertEquals(T0, diagnosis.finding().orElseThrow().since());
        diagnosis.onEvent(event("AgentCalled", "DestChannel", "Local/777@agents-00000003;1"), T0.plusSeconds(30));
        assertFalse(diagnosis.tick(T0.plusSeconds(50)), "said once");
    }

    @Test
    void aRingGroupSeenOnlyThroughQueueMemberStatusIsFoundToo() {
        diagnosis.onEvent(event("QueueMemberStatus", "Interface", "IAX2/777", "StateInterface", "IAX2/777", "Status", "6"), T0);
        assertTrue(diagnosis.tick(T0.plusSeconds(10)));
    }

    @Test
    void theLegsOwnEventsAroundTheEvidenceMeanAllIsWell() {
        diagnosis.onEvent(event("Newstate", "Channel", "IAX2/777-6713", "ChannelState", "5"), T0);
        diagnosis.onEvent(event("QueueMemberStatus", "Interface", "IAX2/777", "StateInterface", "IAX2/777", "Status", "6"),
                T0.plusMillis(300));
        diagnosis.onEvent(event("DialBegin", "Channel", "Local/777@agents-1;2", "DestChannel", "IAX2/777-6714"),
                T0.plusSeconds(20));
        diagnosis.onEvent(event("Newchannel", "Channel", "IAX2/777-6714"), T0.plusSeconds(20).plusMillis(5));
        assertFalse(diagnosis.tick(T0.plusSeconds(60)));
        assertTrue(diagnosis.finding().isEmpty());
    }

    @Test
    void idleStatusListsAndOtherExtensionsAreNoEvidence() {
        diagnosis.onEvent(event("QueueMemberStatus", "Interface", "IAX2/777", "Status", "1"), T0);
        diagnosis.onEvent(event("CoreShowChannel", "Channel", "IAX2/777-1"), T0);
        diagnosis.onEvent(event("DialBegin", "DestChannel", "IAX2/888-1"), T0);
        assertFalse(diagnosis.tick(T0.plusSeconds(60)));
    }

    @Test
    void theFindingClearsWhenTheLegsEventsArriveAgain() {
        diagnosis.onEvent(event("DialBegin", "DestChannel", "PJSIP/777-0000002a"), T0);
        assertTrue(diagnosis.tick(T0.plusSeconds(10)));
        assertTrue(diagnosis.onEvent(event("Hangup", "Channel", "PJSIP/777-0000002b"), T0.plusSeconds(90)));
        assertTrue(diagnosis.finding().isEmpty());
    }
}
