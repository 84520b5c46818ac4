package dev.ringside.history;

import dev.ringside.call.CallStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Correctness with 100,000 calls for one operator (timings live in {@code CallHistoryBenchmark}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallHistoryLargeTest {

    private static final int N = 100_000;

    CallHistory history;
    long op;
    long other;

    @BeforeAll
    void fill(@TempDir Path dir) {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
        other = history.ensureOperator("Boris", Set.of("888")).id();
        assertEquals(N, history.saveAll(op, LargeHistory.calls(N)));
        history.saveAll(other, LargeHistory.calls(500));
    }

    @AfterAll
    void close() {
        history.close();
    }

    private static List<String> ids(CallPage page) {
        return page.calls().stream().map(c -> c.call().linkedId()).collect(Collectors.toList());
    }

    /** Linked ids of calls {@code newest}, {@code newest - 1}, ... for {@code n} calls. */
    private static List<String> newestFirst(int newest, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = newest; i > newest - n; i--) {
            ids.add(LargeHistory.linkedId(i));
        }
        return ids;
    }

    @Test
    void countsAreExact() {
        CallQuery all = CallQuery.forOperator(op).build();
        assertEquals(N, history.count(all));
        Map<CallStatus, Long> counts = history.countByStatus(all);
        assertEquals(60_000L, counts.get(CallStatus.COMPLETED));
        assertEquals(20_000L, counts.get(CallStatus.MISSED));
        assertEquals(10_000L, counts.get(CallStatus.REJECTED));
        assertEquals(10_000L, counts.get(CallStatus.UNANSWERED));
        assertEquals(500, history.count(CallQuery.forOperator(other).build()));
    }

    @Test
    void firstAndDeepOffsetPages() {
        assertEquals(newestFirst(N - 1, 50), ids(history.find(CallQuery.forOperator(op).pageSize(50).build())));
        CallPage deep = history.find(CallQuery.forOperator(op).pageSize(50).page(1_500).build());
        assertEquals(newestFirst(N - 1 - 75_000, 50), ids(deep));
        CallPage last = history.find(CallQuery.forOperator(op).pageSize(50).page(N / 50 - 1).build());
        assertEquals(newestFirst(49, 50), ids(last));
        assertTrue(!last.hasMore());
    }

    @Test
    void keysetPagesFollowOnWithoutGapsOrRepeats() {
        CallQuery q = CallQuery.forOperator(op).pageSize(200).build();
        List<String> seen = new ArrayList<>();
        CallPage page = history.find(q);
        seen.addAll(ids(page));
        for (int i = 0; i < 9; i++) {
            q = q.nextPage(page);
            page = history.find(q);
            seen.addAll(ids(page));
        }
        assertEquals(newestFirst(N - 1, 2_000), seen);
    }

    @Test
    void statusAndDateFiltersCount() {
        // calls 10,000 .. 19,999 by start time
        CallQuery range = CallQuery.forOperator(op)
                .from(Calls.T0.plusSeconds(10_000 * 60L)).to(Calls.T0.plusSeconds(20_000 * 60L))
                .statuses(CallStatus.MISSED).pageSize(10).build();
        assertEquals(2_000, history.count(range));
        assertEquals(List.of("big.19997", "big.19996", "big.19987", "big.19986"),
                ids(history.find(range.toBuilder().pageSize(4).build())));
    }

    @Test
    void statusPagesInBothIndexOrders() {
        CallQuery missedOrRejected = CallQuery.forOperator(op).statuses(CallStatus.MISSED, CallStatus.REJECTED)
                .pageSize(3).build();
        assertEquals(List.of("big.99998", "big.99997", "big.99996"), ids(history.find(missedOrRejected)));
        // rejected calls are every i with i % 10 == 8; page 2 of 5 holds the 11th to 15th newest
        CallQuery rejected = CallQuery.forOperator(op).statuses(CallStatus.REJECTED).pageSize(5).page(2).build();
        assertEquals(List.of("big.99898", "big.99888", "big.99878", "big.99868", "big.99858"),
                ids(history.find(rejected)));
        CallPage page = history.find(rejected);
        assertEquals(List.of("big.99848", "big.99838", "big.99828", "big.99818", "big.99808"),
                ids(history.find(rejected.nextPage(page))));
    }

    @Test
    void searchByFormattedNumber() {
        // number(i) is the same for every i with the same i % 5000: 20 calls each
        String sought = LargeHistory.number(1234).replace(" ", "").replace("-", " ");
        CallQuery q = CallQuery.forOperator(op).text(sought).pageSize(100).build();
        assertEquals(N / LargeHistory.NUMBERS, history.count(q));
        assertEquals(LargeHistory.linkedId(N - LargeHistory.NUMBERS + 1234), ids(history.find(q)).get(0));
        // 1234 % 10 == 4: all 20 are completed inbound calls, so all count as calling before
        assertEquals(N / LargeHistory.NUMBERS, history.callerStats(op, LargeHistory.number(1234), null).previousCalls());
    }
}
