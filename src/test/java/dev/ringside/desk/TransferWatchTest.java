package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferWatchTest {

    private static final String LEG = "PJSIP/777-0000002a";

    private static PbxEvent on(String name, String... kv) {
        Map<String, String> h = new java.util.HashMap<>();
        h.put("Channel", LEG);
        for (int i = 0; i < kv.length; i += 2) {
            h.put(kv[i], kv[i + 1]);
        }
        return new PbxEvent(name, Instant.EPOCH, h);
    }

    @Test
    void aConsultationRingsTalksAndIsCancelledBackIntoTheCallersBridge() {
        TransferWatch w = new TransferWatch();
        assertEquals(TransferProgress.Stage.SENDING, w.start("c1", LEG, "888", true).stage());
        assertEquals(TransferProgress.Stage.RINGING_TARGET, w.accepted("c1").orElseThrow().stage());
        assertTrue(w.onEvent(on("BridgeLeave", "BridgeUniqueid", "b1")).isEmpty());
        assertTrue(w.onEvent(on("BridgeEnter", "BridgeUniqueid", "b2")).isEmpty(), "into the consultation");
        assertEquals(TransferProgress.Stage.TALKING_TO_TARGET,
                w.onEvent(on("NewConnectedLine", "ConnectedLineNum", "888")).get(0).stage());
        assertEquals(TransferProgress.Stage.CANCELLED, w.onEvent(on("BridgeEnter", "BridgeUniqueid", "b1")).get(0).stage());
        assertTrue(w.onEvent(on("Hangup")).isEmpty(), "over already");
    }

    @Test
    void completingEndsDoneWhenTheOperatorsPartEndsAndBlindIsDoneOnceAccepted() {
        TransferWatch w = new TransferWatch();
        w.start("c1", LEG, "888", true);
        w.accepted("c1");
        assertEquals(TransferProgress.Stage.COMPLETING, w.completing("c1").orElseThrow().stage());
        assertEquals(TransferProgress.Stage.DONE, w.callEnded("c1").orElseThrow().stage());
        assertTrue(w.progress("c1").isEmpty());

        w.start("c2", LEG, "999", false);
        assertEquals(TransferProgress.Stage.DONE, w.accepted("c2").orElseThrow().stage());
        w.start("c3", LEG, "999", false);
        RuntimeException why = new RuntimeException("refused");
        TransferProgress failed = w.failed("c3", why).orElseThrow();
        assertEquals(TransferProgress.Stage.FAILED, failed.stage());
        assertEquals(why, failed.failure());
        assertTrue(w.accepted("c3").isEmpty(), "a failure is final");

        w.start("c4", LEG, "999", false);
        assertTrue(w.callEnded("c4").isEmpty(), "the leg ended before the PBX's answer: wait for it");
        assertEquals(TransferProgress.Stage.DONE, w.accepted("c4").orElseThrow().stage());
        assertTrue(w.progress("c4").isEmpty());
    }
}
