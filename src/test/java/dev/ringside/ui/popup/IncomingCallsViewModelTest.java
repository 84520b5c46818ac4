package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IncomingCallsViewModelTest {

    private final Instant t = Instant.parse("2026-03-10T10:00:00Z");
    private final FakeSession session = new FakeSession("Op", "777", "888");
    private final IncomingCallsViewModel model = new IncomingCallsViewModel(session, UiThread.direct(), Clock.fixed(t, ZoneOffset.UTC));

    @Test
    void oneWindowPerRingingCallInOrder() {
        model.start();
        session.push(Calls.ringing("A", "+15551234567", null, "777", t));
        session.push(Calls.ringing("B", "+15557654321", null, "888", t.plusSeconds(1)));
        session.push(Calls.ringing("A", "+15551234567", "Anna", "777", t));
        assertEquals(2, model.popups().size());
        assertEquals("A", model.popups().get(0).linkedId());
        assertEquals("Anna", model.popups().get(0).callerNameProperty().get(), "updates reach the open window");
    }

    @Test
    void answeredElsewhereClosesTheWindow() {
        model.start();
        Call a = Calls.ringing("A", "+15551234567", null, "777", t);
        session.push(a);
        session.push(Calls.answered(a, t.plusSeconds(4), "205"));
        assertTrue(model.popups().isEmpty());
        session.push(Calls.ended(a, CallStatus.MISSED, t.plusSeconds(30)));
        assertTrue(model.popups().isEmpty());
    }

    @Test
    void noWindowForOtherExtensionsOrWhenTurnedOffOrPaused() {
        model.start();
        session.push(Calls.ringing("X", "+15551234567", null, "999", t));
        assertTrue(model.popups().isEmpty(), "not one of the operator's numbers");
        model.enabledProperty().set(false);
        session.push(Calls.ringing("Y", "+15551234567", null, "777", t));
        assertTrue(model.popups().isEmpty());
        model.enabledProperty().set(true);
        model.pausedProperty().set(true);
        session.push(Calls.ringing("Z", "+15551234567", null, "777", t));
        assertTrue(model.popups().isEmpty());
    }

    @Test
    void opensForCallsAlreadyRingingAtStartAndStopsListening() {
        session.push(Calls.ringing("A", "+15551234567", null, "777", t));
        model.start();
        assertEquals(1, model.popups().size());
        model.stop();
        assertEquals(0, session.callListenerCount());
        assertTrue(model.popups().isEmpty());
    }
}
