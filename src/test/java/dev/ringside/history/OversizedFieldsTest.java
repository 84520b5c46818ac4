package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every column of a call given a value far over its size, on a real H2 file: the call is stored
 * all the same, the value cut to fit (text ending in "…", ids keeping a hash of the whole).
 */
class OversizedFieldsTest {

    private static final int FAR_OVER = 100_000;

    @TempDir
    Path dir;
    CallHistory history;
    long op;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
    }

    @AfterEach
    void close() {
        history.close();
    }

    private record Column(String name, int size, BiConsumer<Call.Builder, String> set, Function<Call, String> get) {
    }

    @Test
    void eachTextColumnFarOverItsSizeIsCutAndTheCallStored() {
        List<Column> columns = List.of(
                new Column("caller_number", 255, (b, v) -> b.callerNumber = v, Call::callerNumber),
                new Column("caller_name", 512, (b, v) -> b.callerName = v, Call::callerName),
                new Column("receiver_number", 255, (b, v) -> b.receiverNumber = v, Call::receiverNumber),
                new Column("operator_number", 255, (b, v) -> b.operatorNumber = v, Call::operatorNumber),
                new Column("queue", 255, (b, v) -> b.queue = v, Call::queue),
                new Column("answered_by", 255, (b, v) -> b.answeredBy = v, Call::answeredBy),
                new Column("caller_channel", 512, (b, v) -> b.callerChannel = v, Call::callerChannel),
                new Column("operator_channel", 512, (b, v) -> b.operatorChannel = v, Call::operatorChannel),
                new Column("notes", 10_000, (b, v) -> b.notes = v, Call::notes));
        int n = 0;
        for (Column column : columns) {
            String linkedId = "1700000000." + n++;
            Call.Builder b = Calls.ended(Calls.ringing(linkedId, "+15551234567", "Ivan", n), CallStatus.MISSED, 20, 16);
            String value = "9".repeat(FAR_OVER);
            column.set().accept(b, value);
            assertTrue(history.save(op, b.build()), column.name());
            String stored = column.get().apply(history.find(op, linkedId).orElseThrow().call());
            assertEquals(column.size(), stored.length(), column.name());
            assertTrue(stored.endsWith("\u2026") && value.startsWith(stored.substring(0, column.size() - 1)),
                    column.name());
        }
        assertEquals(columns.size(), history.count(CallQuery.forOperator(op).build()), "every call stored");
    }

    @Test
    void longIdsStayKeysAndApart() {
        String common = "1700000000.".repeat(FAR_OVER / 11);
        String first = common + "a";
        String second = common + "b";
        Call.Builder a = Calls.ringing(first, "+15550000001", "A", 1);
        a.callerUniqueId = first;
        a.operatorUniqueId = second;
        history.save(op, a.build());
        history.save(op, Calls.ringing(second, "+15550000002", "B", 2).build());
        // a later snapshot of the first call updates its row, found by the same full Linkedid
        history.save(op, Calls.ended(Calls.ringing(first, "+15550000001", "A", 1), CallStatus.MISSED, 9, 16).build());

        assertEquals(2, history.count(CallQuery.forOperator(op).build()), "two calls, not one");
        StoredCall stored = history.find(op, first).orElseThrow();
        assertEquals(CallStatus.MISSED, stored.call().status());
        assertEquals(255, stored.call().linkedId().length());
        assertEquals(255, history.find(op, first).orElseThrow().call().callerUniqueId().length());
        assertNotEquals(stored.call().linkedId(), history.find(op, second).orElseThrow().call().linkedId());
        assertTrue(history.updateNotes(op, first, "called back"));
        assertTrue(history.updateCallerCompany(op, first, "c".repeat(FAR_OVER)));
        StoredCall noted = history.find(op, first).orElseThrow();
        assertEquals("called back", noted.call().notes());
        assertEquals(512, noted.callerCompany().length());
        assertEquals(0, history.endAbandonedLiveCalls(op, List.of(second)), "the long live id is recognised");
    }

    @Test
    void aLongOperatorNameIsCut() {
        Operator o = history.ensureOperator("N".repeat(FAR_OVER), Set.of("888"));
        assertEquals(200, history.operator(o.id()).orElseThrow().displayName().length());
    }

    @Test
    void batchesOfOversizedCallsAreStoredWhole() {
        List<Call> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            Call.Builder b = Calls.ringing("1700000001." + i, "+1" + "5".repeat(FAR_OVER / 100), "N".repeat(2_000), i);
            calls.add(Calls.ended(b, CallStatus.MISSED, 5, 16).build());
        }
        assertEquals(1_200, history.saveAll(op, calls));
        Map<CallStatus, Long> counts = history.countByStatus(CallQuery.forOperator(op).build());
        assertEquals(1_200L, counts.get(CallStatus.MISSED));
    }
}
