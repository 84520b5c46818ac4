package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sorting by every column with keyset pages both ways, the direction filter, "called back", totals. */
class CallHistorySortAndSearchTest {

    private static final long MIN = 60;

    @TempDir
    Path dir;
    CallHistory history;
    long op;

    @BeforeEach
    void fill() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", List.of("777")).id();
        // varied names, numbers, statuses, ring and talk times, with ties on every sort key
        history.save(op, Calls.ended(Calls.answered(Calls.ringing("s.1", "+44 20 7946 0001", "anna Smith", 0), 4),
                CallStatus.COMPLETED, 60, 16).build());
        history.save(op, Calls.missed("s.2", "+44 20 7946 0002", MIN));
        history.save(op, Calls.ended(Calls.answered(Calls.ringing("s.3", "+44 20 7946 0001", "Anna Smith", 2 * MIN), 9),
                CallStatus.COMPLETED, 20, 16).build());
        history.save(op, Calls.outbound("s.4", "+44 20 7946 0003", 3 * MIN, true));
        history.save(op, Calls.outbound("s.5", "+44 20 7946 0002", 4 * MIN, false));
        history.save(op, Calls.incoming("s.6", "anonymous", 5 * MIN));
        history.save(op, Calls.ended(Calls.ringing("s.7", "5550100", "Boris", 5 * MIN), CallStatus.REJECTED, 4, 21).build());
        history.save(op, Calls.ended(Calls.ringing("s.8", "5550100", "boris", 5 * MIN), CallStatus.MISSED, 4, 16).build());
    }

    @AfterEach
    void close() {
        history.close();
    }

    private List<StoredCall> all() {
        return history.find(CallQuery.forOperator(op).pageSize(1000).build()).calls();
    }

    private static List<String> ids(List<StoredCall> calls) {
        return calls.stream().map(c -> c.call().linkedId()).collect(Collectors.toList());
    }

    /** What each sort orders by, as the history stores it. */
    private static Comparable<?> key(CallSort sort, StoredCall c) {
        return switch (sort) {
            case TIME -> 0;
            case PARTY -> CallRows.partyKey(c.call());
            case NAME -> c.call().callerName() == null ? "" : c.call().callerName().toLowerCase(Locale.ROOT);
            case STATUS -> c.call().status().wireName();
            case RING -> c.ringTime() == null ? -1L : c.ringTime().toMillis();
            case TALK -> c.talkTime() == null ? -1L : c.talkTime().toMillis();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<StoredCall> order(CallSort sort, boolean descending) {
        Comparator<StoredCall> byKey = Comparator.comparing(c -> (Comparable) key(sort, c));
        // every index runs key ascending, then newest first; descending reads it backwards
        Comparator<StoredCall> indexOrder = byKey.thenComparing(c -> c.call().startedAt(), Comparator.reverseOrder())
                .thenComparing(StoredCall::id, Comparator.reverseOrder());
        boolean backwards = sort == CallSort.TIME ? !descending : descending;
        return backwards ? indexOrder.reversed() : indexOrder;
    }

    @ParameterizedTest
    @EnumSource(CallSort.class)
    void everySortPagesForwardsAndBackwardsInBothDirections(CallSort sort) {
        for (boolean descending : new boolean[] {false, true}) {
            List<StoredCall> expected = new ArrayList<>(all());
            expected.sort(order(sort, descending));

            CallQuery q = CallQuery.forOperator(op).sort(sort, descending).pageSize(3).build();
            List<String> forwards = new ArrayList<>();
            CallPage page = history.find(q);
            assertFalse(page.hasPrevious());
            forwards.addAll(ids(page.calls()));
            while (page.hasMore()) {
                q = q.nextPage(page);
                page = history.find(q);
                assertTrue(page.hasPrevious());
                forwards.addAll(ids(page.calls()));
            }
            assertEquals(ids(expected), forwards, sort + (descending ? " descending" : " ascending"));

            CallQuery back = CallQuery.forOperator(op).sort(sort, descending).pageSize(3).last(true).build();
            page = history.find(back);
            assertFalse(page.hasMore(), "the last page has nothing after it");
            List<String> backwards = new ArrayList<>(ids(page.calls()));
            while (page.hasPrevious()) {
                back = back.previousPage(page);
                page = history.find(back);
                assertTrue(page.hasMore());
                backwards.addAll(0, ids(page.calls()));
            }
            assertEquals(ids(expected), backwards, sort + " read back from the last page");
        }
    }

    @Test
    void sortsAlsoPageThroughASearchAndAFilter() {
        CallQuery q = CallQuery.forOperator(op).text("7946").sort(CallSort.NAME, false).pageSize(2).build();
        List<String> seen = new ArrayList<>();
        CallPage page = history.find(q);
        seen.addAll(ids(page.calls()));
        while (page.hasMore()) {
            q = q.nextPage(page);
            page = history.find(q);
            seen.addAll(ids(page.calls()));
        }
        // no name first (newest first among them), then "anna smith" twice, newest first
        assertEquals(List.of("s.5", "s.4", "s.2", "s.3", "s.1"), seen);
        assertEquals(List.of("s.7"), ids(history.find(CallQuery.forOperator(op).statuses(CallStatus.REJECTED)
                .sort(CallSort.RING, true).build()).calls()));
    }

    @Test
    void outgoingMeansEveryCallTheOperatorPlacedAnsweredOrNot() {
        List<StoredCall> out = history.find(CallQuery.forOperator(op).directions(Direction.OUTBOUND).build()).calls();
        assertEquals(List.of("s.5", "s.4"), ids(out));
        assertEquals(List.of(CallStatus.UNANSWERED, CallStatus.COMPLETED),
                out.stream().map(c -> c.call().status()).toList());
        assertEquals(2, history.totals(CallQuery.forOperator(op).directions(Direction.OUTBOUND).build(), 100).total());
    }

    @Test
    void aMissedCallIsCalledBackOnlyWhenTheOperatorLaterReachedThatNumber() {
        Function<String, Boolean> calledBack = id -> history.find(op, id).orElseThrow().calledBack();
        assertFalse(calledBack.apply("s.2"), "s.5 to that number rang out");

        // the same customer calls again and it is missed, or a colleague takes it: still waiting
        history.save(op, Calls.missed("later.missed", "+44 20 7946 0002", 10 * MIN));
        Call.Builder elsewhere = Calls.ringing("later.elsewhere", "+44 20 7946 0002", null, 11 * MIN);
        elsewhere.answeredBy = "778";
        history.save(op, Calls.ended(elsewhere, CallStatus.MISSED, 5, 26).build());
        assertFalse(calledBack.apply("s.2"), "an inbound call the operator did not answer is no call-back");
        assertTrue(history.find(op, "s.2").orElseThrow().awaitingCallBack());

        // the operator answers the customer's next call: they talked, so it counts
        history.save(op, Calls.completed("later.answered", "+44 20 7946 0002", 12 * MIN));
        assertTrue(calledBack.apply("s.2"));
        assertTrue(calledBack.apply("later.missed"));

        // an outbound call the other side answers counts too
        assertFalse(calledBack.apply("s.8"));
        history.save(op, Calls.outbound("later.out", "555-0100", 13 * MIN, true));
        assertTrue(calledBack.apply("s.8"));
        assertTrue(calledBack.apply("s.7"), "rejected calls are called back the same way");
    }

    @Test
    void totalsCountEverythingAndPerStatusInOnePass() {
        CallTotals all = history.totals(CallQuery.forOperator(op).build(), 1000);
        assertEquals(8, all.total());
        assertTrue(all.exact());
        assertEquals(3L, all.byStatus().get(CallStatus.COMPLETED));
        assertEquals(2L, all.byStatus().get(CallStatus.MISSED));
        CallTotals missed = history.totals(CallQuery.forOperator(op).statuses(CallStatus.MISSED).text("7946").build(), 1000);
        assertEquals(1, missed.total(), "s.2 alone: missed and a matching number");
        assertEquals(3L, missed.byStatus().get(CallStatus.COMPLETED), "per status, the status filter aside");
        assertEquals(0, history.totals(CallQuery.forOperator(op).text("nobody").build(), 1000).total());
    }

    @Test
    void aCallThatLearnsItsNumberMovesToThatParty() {
        Call.Builder b = Calls.ringing("late", null, null, 20 * MIN);
        history.save(op, b.build());
        assertEquals(List.of("late", "s.6"), ids(history.find(CallQuery.forOperator(op).text("~").build()).calls()),
                "without a number yet, it is found among the numberless calls");
        b.callerNumber = "+1 415 555 0199";
        b.callerName = "Carol";
        history.save(op, Calls.ended(b, CallStatus.MISSED, 10, 16).build());
        assertEquals(List.of("late"), ids(history.find(CallQuery.forOperator(op).text("carol").build()).calls()));
        assertEquals(List.of("late"), ids(history.find(CallQuery.forOperator(op).text("415-555").build()).calls()));
        assertEquals(List.of("s.6"), ids(history.find(CallQuery.forOperator(op).text("~").build()).calls()),
                "no longer among the numberless calls");
    }

    @Test
    void anonymousCallersAreFoundByWhatStoodForTheirNumber() {
        assertEquals(List.of("s.6"), ids(history.find(CallQuery.forOperator(op).text("anonym").build()).calls()));
        List<StoredCall> byParty = new ArrayList<>(history.find(CallQuery.forOperator(op).sort(CallSort.PARTY, false)
                .build()).calls());
        assertEquals("s.6", byParty.get(byParty.size() - 1).call().linkedId(), "no number sorts after every number");
    }
}
