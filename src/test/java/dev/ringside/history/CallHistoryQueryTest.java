package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallHistoryQueryTest {

    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    @TempDir
    Path dir;
    CallHistory history;
    long anna;
    long boris;

    @BeforeEach
    void fill() {
        history = CallHistory.open(dir.resolve("history.mv.db"));
        anna = history.ensureOperator("Anna", List.of("777")).id();
        boris = history.ensureOperator("Boris", List.of("888")).id();

        Call.Builder ivan = Calls.ringing("q.1", "+7 (912) 345-67-89", "Ivan Petrov", 0);
        history.save(anna, Calls.ended(Calls.answered(ivan, 4), CallStatus.COMPLETED, 60, 16).build());
        history.save(anna, Calls.missed("q.2", "79123456789", HOUR));
        Call.Builder olga = Calls.ringing("q.3", "5550001", "Olga Smirnova", 2 * HOUR);
        history.save(anna, Calls.ended(olga, CallStatus.MISSED, 15, 16).build());
        history.save(anna, Calls.outbound("q.4", "5550001", 2 * HOUR + 100, true));
        history.save(anna, Calls.ended(Calls.ringing("q.5", "555-0002", null, DAY), CallStatus.REJECTED, 5, 21).build());
        history.save(anna, Calls.outbound("q.6", "5550002", DAY + 100, false));
        history.save(anna, Calls.missed("q.7", "anonymous", DAY + HOUR));

        // Boris shares the PC and was rung for the same ring-all call q.1, plus one of his own
        history.save(boris, Calls.missed("q.1", "+7 (912) 345-67-89", 0));
        history.save(boris, Calls.completed("b.1", "5559999", 10));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private CallQuery.Builder annas() {
        return CallQuery.forOperator(anna);
    }

    private List<String> ids(CallQuery q) {
        return history.find(q).calls().stream().map(c -> c.call().linkedId()).collect(Collectors.toList());
    }

    @Test
    void newestFirstAndOnlyTheOperatorsOwn() {
        assertEquals(List.of("q.7", "q.6", "q.5", "q.4", "q.3", "q.2", "q.1"), ids(annas().build()));
        assertEquals(List.of("b.1", "q.1"), ids(CallQuery.forOperator(boris).build()));
        assertEquals(CallStatus.COMPLETED, history.find(anna, "q.1").orElseThrow().call().status());
        assertEquals(CallStatus.MISSED, history.find(boris, "q.1").orElseThrow().call().status());
        assertTrue(history.find(boris, "q.2").isEmpty());
    }

    @Test
    void searchByNumberIgnoresFormatting() {
        assertEquals(List.of("q.2", "q.1"), ids(annas().text("912 345").build()));
        assertEquals(List.of("q.2", "q.1"), ids(annas().text("+7-912-345-67-89").build()));
        assertEquals(List.of("q.6", "q.5"), ids(annas().text("5550002").build()));
        assertEquals(List.of("q.4", "q.3"), ids(annas().text("555 0001").build()));
    }

    @Test
    void searchByNameIsCaseInsensitiveSubstring() {
        // a name finds every call with the party that had it: q.2 came from Ivan's number without a name
        assertEquals(List.of("q.2", "q.1"), ids(annas().text("ivan").build()));
        assertEquals(List.of("q.4", "q.3"), ids(annas().text("SMIRN").build()), "q.4 was Anna's call to Olga");
        assertEquals(List.of("q.7"), ids(annas().text("anonym").build()));
        assertEquals(List.of(), ids(annas().text("%").build()), "LIKE wildcards are literal");
        assertEquals(7, ids(annas().text("   ").build()).size(), "blank text filters nothing");
    }

    @Test
    void filterByStatus() {
        assertEquals(List.of("q.7", "q.3", "q.2"), ids(annas().statuses(CallStatus.MISSED).build()));
        assertEquals(List.of("q.7", "q.5", "q.3", "q.2"),
                ids(annas().statuses(CallStatus.MISSED, CallStatus.REJECTED).build()));
    }

    @Test
    void filterByDateRangeFromInclusiveToExclusive() {
        CallQuery q = annas().from(Calls.T0.plusSeconds(HOUR)).to(Calls.T0.plusSeconds(DAY)).build();
        assertEquals(List.of("q.4", "q.3", "q.2"), ids(q));
        assertEquals(3, history.count(q));
    }

    @Test
    void filtersCombine() {
        CallQuery q = annas().text("555").statuses(CallStatus.MISSED, CallStatus.REJECTED)
                .from(Calls.T0.plusSeconds(HOUR)).build();
        assertEquals(List.of("q.5", "q.3"), ids(q));
    }

    @Test
    void offsetPaging() {
        CallQuery first = annas().pageSize(3).build();
        CallPage p0 = history.find(first);
        assertTrue(p0.hasMore());
        assertEquals(List.of("q.7", "q.6", "q.5"), ids(first));
        assertEquals(List.of("q.4", "q.3", "q.2"), ids(annas().pageSize(3).page(1).build()));
        CallPage last = history.find(annas().pageSize(3).page(2).build());
        assertEquals(1, last.calls().size());
        assertFalse(last.hasMore());
        assertNull(last.next());
    }

    @Test
    void keysetPagingWalksEveryCallOnceEvenWhenNewCallsArrive() {
        CallQuery q = annas().pageSize(2).build();
        List<String> seen = new ArrayList<>();
        CallPage page = history.find(q);
        seen.addAll(page.calls().stream().map(c -> c.call().linkedId()).collect(Collectors.toList()));
        history.save(anna, Calls.incoming("new.1", "5553333", 2 * DAY));
        while (page.hasMore()) {
            q = q.nextPage(page);
            page = history.find(q);
            page.calls().forEach(c -> seen.add(c.call().linkedId()));
        }
        assertEquals(List.of("q.7", "q.6", "q.5", "q.4", "q.3", "q.2", "q.1"), seen);
    }

    @Test
    void keysetBreaksTiesOnStartTimeById() {
        for (int i = 0; i < 5; i++) {
            history.save(boris, Calls.incoming("tie." + i, "5551000", 5 * DAY));
        }
        CallQuery q = CallQuery.forOperator(boris).pageSize(2).build();
        List<String> seen = new ArrayList<>();
        CallPage page = history.find(q);
        page.calls().forEach(c -> seen.add(c.call().linkedId()));
        while (page.hasMore()) {
            q = q.nextPage(page);
            page = history.find(q);
            page.calls().forEach(c -> seen.add(c.call().linkedId()));
        }
        assertEquals(List.of("tie.4", "tie.3", "tie.2", "tie.1", "tie.0", "b.1", "q.1"), seen);
    }

    @Test
    void countsPerStatus() {
        Map<CallStatus, Long> counts = history.countByStatus(annas().build());
        assertEquals(3L, counts.get(CallStatus.MISSED));
        assertEquals(1L, counts.get(CallStatus.REJECTED));
        assertEquals(2L, counts.get(CallStatus.COMPLETED));
        assertEquals(1L, counts.get(CallStatus.UNANSWERED));
        assertEquals(0L, counts.get(CallStatus.INCOMING));
        assertEquals(7, history.count(annas().build()));
        assertEquals(2, history.countByStatus(annas().text("912").build()).get(CallStatus.COMPLETED)
                + history.countByStatus(annas().text("912").build()).get(CallStatus.MISSED));
    }

    @Test
    void calledBackFlag() {
        assertTrue(history.find(anna, "q.3").orElseThrow().calledBack(), "answered call-back to Olga");
        assertFalse(history.find(anna, "q.3").orElseThrow().awaitingCallBack());
        assertFalse(history.find(anna, "q.5").orElseThrow().calledBack(), "the call-back was not answered");
        assertTrue(history.find(anna, "q.5").orElseThrow().awaitingCallBack());
        assertTrue(history.find(anna, "q.2").orElseThrow().awaitingCallBack(), "only an earlier call was answered");
        assertFalse(history.find(anna, "q.7").orElseThrow().awaitingCallBack(), "anonymous cannot be called back");
        assertFalse(history.find(anna, "q.1").orElseThrow().awaitingCallBack(), "completed calls need nothing");

        assertEquals(List.of("q.5", "q.2"), ids(annas().onlyAwaitingCallBack(true).build()));
        assertEquals(2, history.count(annas().onlyAwaitingCallBack(true).build()));
    }

    @Test
    void aLaterAnsweredCallFromTheCallerAlsoCountsAsCalledBack() {
        history.save(anna, Calls.completed("q.8", "+79123456789", 2 * DAY));

        assertTrue(history.find(anna, "q.2").orElseThrow().calledBack());
        assertEquals(List.of("q.5"), ids(annas().onlyAwaitingCallBack(true).build()));
        // Boris's own missed q.1 is not called back by Anna's calls
        assertTrue(history.find(boris, "q.1").orElseThrow().awaitingCallBack());
    }

    @Test
    void callerStatsForThePopup() {
        CallerStats ivan = history.callerStats(anna, "+7 912 345 67 89", "q.9");
        assertEquals(2, ivan.previousCalls());
        assertEquals(Calls.T0.plusSeconds(HOUR), ivan.lastCallAt());
        assertEquals(CallStatus.MISSED, ivan.lastStatus());

        CallerStats exceptCurrent = history.callerStats(anna, "79123456789", "q.2");
        assertEquals(1, exceptCurrent.previousCalls());
        assertEquals(Calls.T0, exceptCurrent.lastCallAt());
        assertEquals(CallStatus.COMPLETED, exceptCurrent.lastStatus());

        assertEquals(1, history.callerStats(anna, "5550001", null).previousCalls(), "outbound calls are not counted");
        assertFalse(history.callerStats(anna, "5554444", null).calledBefore());
        assertFalse(history.callerStats(anna, "anonymous", null).calledBefore());
        assertEquals(1, history.callerStats(boris, "79123456789", null).previousCalls());
    }

    @Test
    void unseenMissedCount() {
        assertEquals(3, history.unseenMissedCount(anna));
        assertEquals(1, history.unseenMissedCount(boris));

        history.markMissedSeen(anna, Calls.T0.plusSeconds(2 * HOUR + 15));
        assertEquals(1, history.unseenMissedCount(anna));
        history.markMissedSeen(anna, Calls.T0);
        assertEquals(1, history.unseenMissedCount(anna), "seen marker never moves back");
        assertEquals(1, history.unseenMissedCount(boris));

        history.save(anna, Calls.missed("q.9", "5556666", 3 * DAY));
        assertEquals(2, history.unseenMissedCount(anna));
    }

    @Test
    void sameNumbersGiveTheSameOperator() {
        Operator again = history.ensureOperator("Anna K.", List.of("777"));
        assertEquals(anna, again.id());
        assertEquals("Anna K.", again.displayName());
        assertNotEquals(anna, boris);

        Operator more = history.ensureOperator("", List.of(" 777 ", "999"));
        assertEquals(anna, more.id());
        assertEquals(Set.of("777", "999"), more.numbers());
        assertEquals("Anna K.", more.displayName(), "a blank name keeps the stored one");
        assertEquals(anna, history.ensureOperator(null, List.of("999")).id());
        assertEquals(boris, history.ensureOperator(null, List.of("888")).id());
    }

    @Test
    void aNumberBelongsToOneOperator() {
        // tie: both own one of the numbers; the first-listed number's owner wins and takes them all
        Operator merged = history.ensureOperator("Boris", List.of("888", "777", "555"));
        assertEquals(boris, merged.id());
        assertEquals(Set.of("555", "777", "888"), merged.numbers());
        assertEquals(Set.of(), history.operator(anna).orElseThrow().numbers());
        assertEquals(7, history.count(annas().build()), "Anna's stored calls stay hers");
    }

    @Test
    void anOperatorNeedsANumber() {
        assertThrows(IllegalArgumentException.class, () -> history.ensureOperator("x", List.of(" ")));
    }

    @Test
    void queryArgumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> annas().pageSize(0).build());
        assertThrows(IllegalArgumentException.class, () -> annas().page(-1).build());
        assertThrows(IllegalArgumentException.class,
                () -> annas().page(1).after(new PageCursor(Calls.T0, 1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> annas().from(Calls.T0).to(Calls.T0.minusSeconds(1)).build());
    }
}
