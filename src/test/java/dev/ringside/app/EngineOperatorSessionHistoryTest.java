package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.history.CallHistory;
import dev.ringside.history.Operator;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.HistoryResult;
import dev.ringside.ui.port.HistorySort;
import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history the UI gets from a real H2 file: recorded times, keyset pages, the outgoing filter. */
class EngineOperatorSessionHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private CallHistory history;
    private Operator operator;
    private EngineOperatorSession session;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        operator = history.ensureOperator("Operator 777", List.of("777"));
        // never started: only the history side of the session is used here
        CallEngine engine = new CallEngine(AmiSettings.builder().host("127.0.0.1").port(1).username("u").secret("s")
                .extension("777").build(), EngineOptions.defaults());
        session = new EngineOperatorSession(engine, history, operator, Settings::defaults, false, () -> { },
                Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        session.close();
        history.close();
    }

    private static Call.Builder inbound(String id, String number, Instant start) {
        Call.Builder b = Call.builder(id, Direction.INBOUND, start);
        b.operatorNumber = "777";
        b.receiverNumber = "777";
        b.callerNumber = number;
        return b;
    }

    private HistoryResult get(HistoryRequest r) throws Exception {
        return session.history(r).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallThatSpannedARestartKeepsItsRealRingAndTalkTimes() throws Exception {
        Call.Builder before = inbound("restart.1", "+44 20 7946 0001", T0);
        before.status = CallStatus.ANSWERED;
        before.answeredAt = T0.plusSeconds(5);
        history.save(operator.id(), before.build());
        // after the restart the PBX's channel list brings the call back without its times
        Call.Builder after = inbound("restart.1", "+44 20 7946 0001", T0.plusSeconds(60));
        after.status = CallStatus.COMPLETED;
        after.endedAt = T0.plusSeconds(120);
        history.save(operator.id(), after.build());

        HistoryEntry row = get(HistoryRequest.newest(10)).rows().get(0);
        assertEquals(Duration.ofSeconds(5), row.ringTime());
        assertEquals(Duration.ofSeconds(115), row.talkTime());
        assertEquals(T0, row.call().startedAt());
    }

    @Test
    void aCallEndedWhileRingsideWasClosedShowsTheTimesHistoryWorkedOut() throws Exception {
        Call.Builder live = inbound("gone.1", "+44 20 7946 0002", T0);
        live.status = CallStatus.ANSWERED;
        live.answeredAt = T0.plusSeconds(7);
        history.save(operator.id(), live.build());
        history.endAbandonedLiveCalls(operator.id(), Set.of());

        HistoryEntry row = get(HistoryRequest.newest(10)).rows().get(0);
        assertEquals(CallStatus.COMPLETED, row.call().status());
        assertEquals(Duration.ofSeconds(7), row.ringTime());
        assertNotNull(row.talkTime());
    }

    @Test
    void keysetPagesBothWaysAndTheOutgoingFilter() throws Exception {
        for (int i = 0; i < 5; i++) {
            Call.Builder b = inbound("in." + i, "+44 20 7946 010" + i, T0.plusSeconds(i * 60L));
            b.status = CallStatus.MISSED;
            b.endedAt = b.startedAt.plusSeconds(10);
            history.save(operator.id(), b.build());
        }
        Call.Builder out = Call.builder("out.1", Direction.OUTBOUND, T0.plusSeconds(600));
        out.operatorNumber = "777";
        out.callerNumber = "777";
        out.receiverNumber = "+44 20 7946 0200";
        out.status = CallStatus.COMPLETED;
        out.answeredAt = out.startedAt.plusSeconds(3);
        out.endedAt = out.startedAt.plusSeconds(30);
        history.save(operator.id(), out.build());

        HistoryRequest first = new HistoryRequest("", Set.of(), Set.of(), null, null, HistorySort.TIME, true,
                HistoryRequest.Position.FIRST, null, 4);
        HistoryResult p1 = get(first);
        assertEquals(List.of("out.1", "in.4", "in.3", "in.2"), ids(p1));
        assertNull(p1.previous());
        assertEquals(6, p1.total());
        assertTrue(p1.totalExact());
        HistoryResult p2 = get(first.at(HistoryRequest.Position.AFTER, p1.next()));
        assertEquals(List.of("in.1", "in.0"), ids(p2));
        assertNull(p2.next());
        assertEquals(ids(p1), ids(get(first.at(HistoryRequest.Position.BEFORE, p2.previous()))));
        assertEquals(List.of("in.3", "in.2", "in.1", "in.0"), ids(get(first.at(HistoryRequest.Position.LAST, null))),
                "the last page is the last four calls");

        HistoryRequest outgoing = new HistoryRequest("", Set.of(), Set.of(Direction.OUTBOUND), null, null,
                HistorySort.TIME, true, HistoryRequest.Position.FIRST, null, 10);
        assertEquals(List.of("out.1"), ids(get(outgoing)), "an answered outgoing call is outgoing");
        assertEquals(5L, get(first).byStatus().get(CallStatus.MISSED));
    }

    private static List<String> ids(HistoryResult r) {
        return r.rows().stream().map(e -> e.call().linkedId()).toList();
    }
}
