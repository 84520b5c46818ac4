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
        assertEquals(List.of(), desktop.notifications, "a notice waits a moment for more misses");
        model.tick(t.plusSeconds(5));
        assertEquals(List.of("1 missed call: Anna"), desktop.notifications);
    }

    @Test
    void twentyQuickMissesMakeOneNoticeAndNoneWhilePopupsAreOff() {
        model.start();
        String[] names = {"Anna Smith", null, "Ivan Petrov"};
        for (int i = 0; i < 20; i++) {
            Call c = Calls.ringing("M" + i, "+4420794609" + (10 + i), names[i % 3], "777", t.plusMillis(i));
            session.push(c);
            session.push(Calls.ended(c, CallStatus.MISSED, t.plusSeconds(1)));
        }
        model.tick(t.plusSeconds(1));
        assertEquals(List.of(), desktop.notifications);
        model.tick(t.plusSeconds(4));
        assertEquals(List.of("20 missed calls: Anna Smith, +44 20 7946 0911, Ivan Petrov and 17 more"),
                desktop.notifications);

        model.missedNotices().setAllowed(() -> false);
        Call later = Calls.ringing("L", "+15550001111", "Late", "777", t.plusSeconds(30));
        session.push(later);
        session.push(Calls.ended(later, CallStatus.MISSED, t.plusSeconds(40)));
        model.tick(t.plusSeconds(60));
        assertEquals(1, desktop.notifications.size(), "popups off or paused: no notice");
    }

    @Test
    void tenThousandLiveCallsStayInOrderAndCostALookUpEach() {
        model.start();
        for (int i = 0; i < 10_000; i++) {
            session.push(Calls.ringing("R" + i, "+1555" + (1_000_000 + i), null, "777", t.plusMillis(10_000 - i)));
        }
        assertEquals(10_000, model.liveCalls().size());
        assertEquals("R9999", model.liveCalls().get(0).linkedId(), "oldest first");
        for (int i = 0; i < 10_000; i += 2) {
            session.push(Calls.ended(Calls.ringing("R" + i, "+1555" + (1_000_000 + i), null, "777", t.plusMillis(10_000 - i)),
                    CallStatus.MISSED, t.plusSeconds(30)));
        }
        assertEquals(5_000, model.liveCalls().size());
        assertTrue(model.liveCalls().stream().allMatch(c -> Integer.parseInt(c.linkedId().substring(1)) % 2 == 1));
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
