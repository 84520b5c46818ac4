package dev.ringside.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.SampleHistory;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.HistorySort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {

    private final FakeSession session = new FakeSession("Op", "777");
    private final HistoryViewModel model = new HistoryViewModel(session, UiThread.direct());

    @Test
    void pagesByPositionBothWays() {
        session.addHistory(SampleHistory.generate(250, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 1));
        model.refresh();
        assertEquals(100, model.rows().size());
        assertEquals("1\u2013100 of 250", model.rangeTextProperty().get());
        assertFalse(model.canPreviousProperty().get());
        assertTrue(model.canNextProperty().get());
        Instant first = model.rows().get(0).call().startedAt();
        assertTrue(first.isAfter(model.rows().get(99).call().startedAt()));

        model.nextPage();
        assertEquals(HistoryRequest.Position.AFTER, last().position(), "the next page is found from the last row shown");
        assertEquals("101\u2013200 of 250", model.rangeTextProperty().get());
        assertTrue(model.rows().get(0).call().startedAt().isBefore(first));
        model.lastPage();
        assertEquals(HistoryRequest.Position.LAST, last().position());
        assertEquals("151\u2013250 of 250", model.rangeTextProperty().get(), "the last page is the last hundred");
        assertFalse(model.canNextProperty().get());
        model.previousPage();
        assertEquals(HistoryRequest.Position.BEFORE, last().position());
        assertEquals("51\u2013150 of 250", model.rangeTextProperty().get());
        model.previousPage();
        assertEquals("1\u2013100 of 250", model.rangeTextProperty().get());
        assertEquals(first, model.rows().get(0).call().startedAt());
        assertFalse(model.canPreviousProperty().get());
    }

    @Test
    void filtersGoBackToTheFirstPage() {
        session.addHistory(SampleHistory.generate(400, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 2));
        model.refresh();
        model.nextPage();
        model.statusFilterProperty().set(StatusFilter.MISSED);
        assertEquals(HistoryRequest.Position.FIRST, last().position());
        assertEquals(Set.of(CallStatus.MISSED), last().statuses());
        assertTrue(model.rows().stream().allMatch(e -> e.call().status() == CallStatus.MISSED));

        model.searchProperty().set("Anna");
        assertEquals("Anna", last().text());
        assertTrue(model.rows().stream().allMatch(e -> "Anna Smith".equals(e.call().callerName())));

        model.searchProperty().set("no such caller");
        assertEquals("No calls match", model.rangeTextProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void outgoingShowsEveryCallThePhonePlacedAnsweredOrNot() {
        session.addHistory(SampleHistory.generate(50, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 6));
        Call.Builder b = Call.builder("out.answered", Direction.OUTBOUND, Instant.parse("2026-03-10T11:00:00Z"));
        b.operatorNumber = "777";
        b.callerNumber = "777";
        b.receiverNumber = "+442079460958";
        b.status = CallStatus.COMPLETED;
        b.answeredAt = b.startedAt.plusSeconds(4);
        b.endedAt = b.startedAt.plusSeconds(90);
        session.addHistory(new HistoryEntry(b.build(), false));

        model.statusFilterProperty().set(StatusFilter.OUTGOING);

        assertEquals(Set.of(Direction.OUTBOUND), last().directions());
        assertEquals(Set.of(), last().statuses());
        assertEquals("out.answered", model.rows().get(0).call().linkedId());
        assertTrue(model.rows().stream().allMatch(e -> e.call().direction() == Direction.OUTBOUND));
        assertTrue(model.rows().stream().anyMatch(e -> e.call().status() == CallStatus.UNANSWERED));
    }

    @Test
    void sortingAColumnAndTurningItRound() {
        session.addHistory(SampleHistory.generate(120, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 7));
        model.refresh();
        model.sortBy(HistorySort.RING);
        assertEquals(HistorySort.RING, last().sort());
        assertFalse(last().descending(), "another column starts smallest first");
        assertEquals(HistoryRequest.Position.FIRST, last().position());
        List<Duration> rings = model.rows().stream().map(HistoryEntry::ringTime).toList();
        List<Duration> sorted = new ArrayList<>(rings);
        sorted.sort(null);
        assertEquals(sorted, rings);

        model.sortBy(HistorySort.RING);
        assertTrue(last().descending(), "the same column again turns it round");
        assertTrue(model.rows().get(0).ringTime().compareTo(model.rows().get(99).ringTime()) >= 0);

        model.sortBy(HistorySort.TIME);
        assertTrue(last().descending(), "time starts newest first");
    }

    @Test
    void oneQueryAtATimeAndTheLatestWins() {
        session.addHistory(SampleHistory.generate(30, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 8));
        List<CompletableFuture<?>> held = new ArrayList<>();
        FakeSession slow = new FakeSession("Op", "777") {
        };
        slow.addHistory(SampleHistory.generate(30, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 8));
        slow.historyDelay = held;
        HistoryViewModel m = new HistoryViewModel(slow, UiThread.direct());
        m.refresh();
        for (String typed : List.of("A", "An", "Ann", "Anna")) {
            m.searchProperty().set(typed);
        }
        assertEquals(1, slow.requests.size(), "typing while a query runs asks nothing more yet");
        held.get(0).complete(null);
        assertEquals(2, slow.requests.size(), "then one query, for what is typed now");
        assertEquals("Anna", slow.requests.get(1).text());
        held.get(1).complete(null);
        assertTrue(m.rows().stream().allMatch(e -> "Anna Smith".equals(e.call().callerName())));
    }

    @Test
    void countsAndEmptyHistory() {
        model.refresh();
        assertEquals("No calls yet", model.rangeTextProperty().get());
        assertEquals("0 answered  \u00b7  0 missed  \u00b7  0 rejected", model.countsTextProperty().get());
    }

    @Test
    void noteEditShowsAtOnceAndReachesThePort() {
        session.addHistory(SampleHistory.generate(3, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 3));
        model.refresh();
        HistoryEntry row = model.rows().get(1);
        model.editNotes(row, "  Sent the brochure ");
        assertEquals("Sent the brochure", model.rows().get(1).call().notes());
        assertEquals("Sent the brochure", session.notes.get(row.call().linkedId()));
    }

    @Test
    void callBackAndCopyUseTheOtherParty() {
        session.addHistory(SampleHistory.generate(3, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 4));
        model.refresh();
        HistoryEntry row = model.rows().get(0);
        model.callBack(row);
        assertEquals(List.of(row.call().otherPartyNumber()), session.calledBack);
        assertTrue(model.messageProperty().get().startsWith("Calling "));
        assertEquals(row.call().otherPartyNumber(), model.numberToCopy(row));
        assertTrue(model.messageProperty().get().startsWith("Copied "), model.messageProperty().get());
    }

    @Test
    void handles100kRowsAPageAtATime() {
        session.addHistory(SampleHistory.generate(100_000, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 5));
        model.refresh();
        model.lastPage();
        assertEquals("99,901\u2013100,000 of 100,000", model.rangeTextProperty().get());
        assertEquals(100, model.rows().size());
    }

    private HistoryRequest last() {
        return session.requests.get(session.requests.size() - 1);
    }
}
