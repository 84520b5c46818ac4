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
import java.util.List;
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

    @Test
    void tenThousandCallsRingingMakeThreeWindowsAndACount() {
        model.start();
        for (int i = 0; i < 10_000; i++) {
            session.push(Calls.ringing("C" + i, "+1555" + (1_000_000 + i), null, "777", t.plusMillis(i)));
        }
        assertEquals(IncomingCallsViewModel.MAX_WINDOWS, model.popups().size());
        assertEquals(List.of("C0", "C1", "C2"), ids(), "open windows stay put while more calls arrive");
        assertEquals(9_997, model.moreRingingProperty().get());

        // a window closes (answered elsewhere): the newest waiting call takes its place
        Call c1 = Calls.ringing("C1", "+15551000001", null, "777", t.plusMillis(1));
        session.push(Calls.answered(c1, t.plusSeconds(2), "205"));
        assertEquals(List.of("C0", "C2", "C9999"), ids());
        assertEquals(9_996, model.moreRingingProperty().get());

        // waiting calls that end leave the count, and never pop up later
        for (int i = 3; i < 9_999; i++) {
            session.push(Calls.ended(Calls.ringing("C" + i, "+1555" + (1_000_000 + i), null, "777", t.plusMillis(i)),
                    CallStatus.MISSED, t.plusSeconds(30)));
        }
        assertEquals(0, model.moreRingingProperty().get());
        assertEquals(List.of("C0", "C2", "C9999"), ids());
    }

    @Test
    void aDismissedWindowDoesNotComeBackAndMakesRoom() {
        model.start();
        for (int i = 0; i < 4; i++) {
            session.push(Calls.ringing("D" + i, "+1555000000" + i, null, "777", t.plusSeconds(i)));
        }
        model.popups().get(0).dismiss();
        assertEquals(List.of("D1", "D2", "D3"), ids());
        session.push(Calls.ringing("D0", "+15550000000", "Dora", "777", t));
        assertEquals(List.of("D1", "D2", "D3"), ids(), "the dismissed call rings on without a window");
        assertEquals(0, model.moreRingingProperty().get());
    }

    @Test
    void aShortScreenGetsFewerWindowsAndTheRestCount() {
        model.start();
        model.setMaxWindows(1);
        for (int i = 0; i < 5; i++) {
            session.push(Calls.ringing("S" + i, "+1555000000" + i, null, "777", t.plusSeconds(i)));
        }
        assertEquals(List.of("S0"), ids());
        assertEquals(4, model.moreRingingProperty().get());
        assertEquals(2, PopupWindows.windowsThatFit(1000), "a 1000-pixel screen: two call windows");
        assertEquals(1, PopupWindows.windowsThatFit(500), "the same screen at 200 %: one");
        assertEquals(3, PopupWindows.windowsThatFit(1440));
    }

    private List<String> ids() {
        return model.popups().stream().map(IncomingCallViewModel::linkedId).toList();
    }
}
