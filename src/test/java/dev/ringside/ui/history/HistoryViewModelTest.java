package dev.ringside.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.SampleHistory;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {

    private final FakeSession session = new FakeSession("Op", "777");
    private final HistoryViewModel model = new HistoryViewModel(session, UiThread.direct());

    @Test
    void pagesNewestFirst() {
        session.addHistory(SampleHistory.generate(250, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 1));
        model.refresh();
        assertEquals(100, model.rows().size());
        assertEquals("1\u2013100 of 250", model.rangeTextProperty().get());
        assertFalse(model.canPreviousProperty().get());
        assertTrue(model.canNextProperty().get());
        Instant first = model.rows().get(0).call().startedAt();
        assertTrue(first.isAfter(model.rows().get(99).call().startedAt()));

        model.nextPage();
        assertEquals("101\u2013200 of 250", model.rangeTextProperty().get());
        assertTrue(model.rows().get(0).call().startedAt().isBefore(first));
        model.lastPage();
        assertEquals("201\u2013250 of 250", model.rangeTextProperty().get());
        assertEquals(50, model.rows().size());
        assertFalse(model.canNextProperty().get());
        model.previousPage();
        assertEquals(100, last().offset());
    }

    @Test
    void filtersGoBackToTheFirstPage() {
        session.addHistory(SampleHistory.generate(400, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 2));
        model.refresh();
        model.nextPage();
        model.statusFilterProperty().set(StatusFilter.MISSED);
        assertEquals(0, last().offset());
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
    void callBackDialsTheOtherParty() {
        session.addHistory(SampleHistory.generate(3, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 4));
        model.refresh();
        HistoryEntry row = model.rows().get(0);
        model.callBack(row);
        assertEquals(List.of(row.call().otherPartyNumber()), session.calledBack);
        assertTrue(model.messageProperty().get().startsWith("Calling "));
    }

    @Test
    void handles100kRowsAPageAtATime() {
        session.addHistory(SampleHistory.generate(100_000, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 5));
        model.refresh();
        model.lastPage();
        assertEquals("99,901\u2013100,000 of 100,000", model.rangeTextProperty().get());
        assertEquals(100, model.rows().size());
    }

    private HistoryQuery last() {
        return session.queries.get(session.queries.size() - 1);
    }
}
