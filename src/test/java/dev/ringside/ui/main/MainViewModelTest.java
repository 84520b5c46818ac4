package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.port.PbxSetupProblem;
import dev.ringside.ui.port.TrayService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final Instant t = Instant.parse("2026-03-10T10:00:00Z");
    private final FakeSession session = new FakeSession("Dana", "777", "888");
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final MainViewModel model = new MainViewModel(session, UiThread.direct(), Clock.fixed(t, ZoneOffset.UTC), desktop);

    @Test
    void headerShowsOperatorNumbersAndLink() {
        model.start();
        assertEquals("Dana", model.operatorProperty().get());
        assertEquals("777  \u00b7  888", model.numbersProperty().get());
        assertEquals("Connected", model.chipProperty().get().text());
        session.setConnectionState(new ConnectionState.Reconnecting(t.plusSeconds(3), 1, "lost"));
        assertEquals("Reconnecting in 3 s", model.chipProperty().get().text());
        assertEquals(TrayService.Link.RECONNECTING, model.trayLink());
    }

    @Test
    void liveCallsComeAndGoAndMissedOnesNotify() {
        model.start();
        Call a = Calls.ringing("A", "+15551234567", "Anna", "777", t);
        session.push(a);
        assertEquals(List.of("A"), model.liveCalls().stream().map(Call::linkedId).toList());
        session.push(Calls.ended(a, CallStatus.MISSED, t.plusSeconds(20)));
        assertTrue(model.liveCalls().isEmpty());
        assertEquals(List.of("Missed call: Anna  (555) 123-4567"), desktop.notifications);
    }

    @Test
    void unseenMissedCountFollowsHistory() {
        model.start();
        assertEquals(0, model.unseenMissedProperty().get());
        session.unseenMissed = 2;
        session.fireHistoryChanged();
        assertEquals(2, model.unseenMissedProperty().get());
        assertEquals("2 missed calls", model.missedTextProperty().get());
        model.markMissedSeen();
        assertEquals(0, model.unseenMissedProperty().get());
        model.stop();
        session.unseenMissed = 5;
        session.fireHistoryChanged();
        assertEquals(0, model.unseenMissedProperty().get(), "no updates after stop");
    }

    @Test
    void aPbxThatHidesThePhonesEventsIsSaidInPlainWordsWithTheFix() {
        model.start();
        assertEquals("", model.setupWarningProperty().get());
        session.setSetupProblem(Optional.of(new PbxSetupProblem(List.of("777"),
                "ringside pbx-config --extension 777 --user op777 --asterisk 22.10.1")));
        String text = model.setupWarningProperty().get();
        assertTrue(text.startsWith("The PBX does not send the events of your phone (777)"), text);
        assertTrue(text.endsWith("ringside pbx-config --extension 777 --user op777 --asterisk 22.10.1"), text);
        session.setSetupProblem(Optional.of(new PbxSetupProblem(List.of("777", "888"),
                "ringside pbx-config --extension 777 --extension 888 --user op777 --asterisk 22.10.1")));
        assertTrue(model.setupWarningProperty().get().startsWith("The PBX does not send the events of your phones (777, 888)"),
                model.setupWarningProperty().get());
        session.setSetupProblem(Optional.empty());
        assertEquals("", model.setupWarningProperty().get());
    }
}
