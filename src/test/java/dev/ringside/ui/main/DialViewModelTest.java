package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.SampleHistory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialViewModelTest {

    private final FakeSession session = new FakeSession("Op", "777");
    private final DialViewModel model = new DialViewModel(session, UiThread.direct());

    @Test
    void aNameFindsTheNumberInHistoryAndCallsIt() {
        session.addHistory(SampleHistory.generate(200, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 9));
        model.textProperty().set("Anna");
        assertEquals(List.of("Anna Smith  \u00b7  (555) 123-4567"),
                model.suggestions().stream().map(DialViewModel.Suggestion::label).toList(), "one line per number");
        model.dial();
        assertEquals(List.of("+15551234567"), session.calledBack);
        assertEquals("", model.textProperty().get(), "cleared once the call is placed");
    }

    @Test
    void aNumberIsCalledAsTypedAndAmbiguousNamesAsk() {
        session.addHistory(SampleHistory.generate(200, Instant.parse("2026-03-10T10:00:00Z"), List.of("777"), 9));
        model.textProperty().set("+44 20 7946 0000");
        model.dial();
        assertEquals(List.of("+44 20 7946 0000"), session.calledBack);

        model.textProperty().set("an");
        assertTrue(model.suggestions().size() > 1, model.suggestions().toString());
        model.dial();
        assertEquals("Several numbers match: pick one from the list", model.messageProperty().get());
        model.dial(model.suggestions().get(1));
        assertEquals(2, session.calledBack.size());

        model.textProperty().set("Zebedee");
        model.dial();
        assertEquals("No call with \u201cZebedee\u201d in your history: type the number", model.messageProperty().get());
    }
}
