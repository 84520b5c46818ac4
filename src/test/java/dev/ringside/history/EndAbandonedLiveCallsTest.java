package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls a quit or crash left live in the store get the end the PBX would have given them. */
class EndAbandonedLiveCallsTest {

    @TempDir
    Path dir;
    CallHistory history;
    long op;
    final Instant t0 = Instant.parse("2027-03-01T09:00:00Z");

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
    }

    @AfterEach
    void close() {
        history.close();
    }

    private void store(String id, Direction direction, CallStatus status, Instant answeredAt, Instant endedAt) {
        Call.Builder b = Call.builder(id, direction, t0);
        b.status = status;
        b.operatorNumber = "777";
        b.callerNumber = "+15551234567";
        b.answeredAt = answeredAt;
        b.endedAt = endedAt;
        history.save(op, b.build());
    }

    private StoredCall get(String id) {
        return history.find(op, id).orElseThrow();
    }

    @Test
    void eachLiveStatusEndsTheWayThePbxWouldHaveEndedIt() {
        store("ringing", Direction.INBOUND, CallStatus.INCOMING, null, null);
        store("talking", Direction.INBOUND, CallStatus.ANSWERED, t0.plusSeconds(3), null);
        store("dialing", Direction.OUTBOUND, CallStatus.DIALING, null, null);
        store("still-live", Direction.INBOUND, CallStatus.INCOMING, null, null);
        store("done", Direction.INBOUND, CallStatus.COMPLETED, t0.plusSeconds(2), t0.plusSeconds(20));

        assertEquals(3, history.endAbandonedLiveCalls(op, List.of("still-live")));

        assertEquals(CallStatus.MISSED, get("ringing").call().status());
        assertEquals(CallStatus.COMPLETED, get("talking").call().status());
        assertEquals(CallStatus.UNANSWERED, get("dialing").call().status());
        assertEquals(CallStatus.INCOMING, get("still-live").call().status(), "the PBX still has it");
        assertNull(get("still-live").call().endedAt());
        assertEquals(t0.plusSeconds(20), get("done").call().endedAt(), "ended calls are not touched");
        assertEquals(Duration.ZERO, get("ringing").talkTime());
        assertEquals(0, history.endAbandonedLiveCalls(op, List.of("still-live")), "a second pass finds nothing");
    }

    @Test
    void theRealEndArrivingLaterStillWins() {
        store("late", Direction.INBOUND, CallStatus.ANSWERED, t0.plusSeconds(3), null);
        history.endAbandonedLiveCalls(op, List.of());
        Instant realEnd = t0.plusSeconds(600);
        store("late", Direction.INBOUND, CallStatus.COMPLETED, t0.plusSeconds(3), realEnd);
        assertEquals(realEnd, get("late").call().endedAt());
    }

    @Test
    void aCallStillHeardOfBeforeACrashKeepsItsRingAndTalkTime() {
        store("ringing", Direction.INBOUND, CallStatus.INCOMING, null, null);
        store("talking", Direction.INBOUND, CallStatus.ANSWERED, t0.plusSeconds(3), null);
        history.touchLive(op, List.of("ringing", "talking"), t0.plusSeconds(20));
        history.touchLive(op, List.of("ringing", "talking"), t0.plusSeconds(10));
        history.endAbandonedLiveCalls(op, List.of());
        assertEquals(t0.plusSeconds(20), get("ringing").call().endedAt(), "time only moves forward");
        assertEquals(Duration.ofSeconds(20), get("ringing").call().ringTime(), "not the near-zero of the first write");
        assertEquals(Duration.ofSeconds(17), get("talking").call().talkTime());
    }
}
