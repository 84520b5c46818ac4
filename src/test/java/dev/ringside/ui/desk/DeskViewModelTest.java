package dev.ringside.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.call.Call;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Presence;
import dev.ringside.desk.TransferProgress;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeDesk;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.port.TransferTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeskViewModelTest {

    private final Instant now = Instant.parse("2026-03-02T10:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final FakeSession session = new FakeSession("Dana", "777");
    private final FakeDesk desk = new FakeDesk();
    private DeskViewModel model;

    @BeforeEach
    void setUp() {
        desk.queues = new ArrayList<>(List.of(
                FakeDesk.queue("support", 3, now.minusSeconds(95), 4, 1, FakeDesk.member("PJSIP/777", false, false, "", null)),
                FakeDesk.queue("sales", 0, null, 2, 2, null),
                FakeDesk.queue("billing", 7, now.minusSeconds(30), 1, 0, null)));
        desk.loginQueues = List.of("sales");
        desk.colleagues = List.of(new Colleague("999", "Ivan Petrov"), new Colleague("998", ""));
        desk.presence.put("999", Presence.IDLE);
        desk.presence.put("998", Presence.UNAVAILABLE);
        session.desk = desk;
        model = new DeskViewModel(desk, session, UiThread.direct(), clock);
        model.start();
    }

    @Test
    void queuesShowTheOperatorsQueuesAndThoseOpenToLogInOnly() {
        List<QueueRow> rows = model.queues().rows();
        assertEquals(List.of("support", "sales"), rows.stream().map(QueueRow::queue).toList(), "billing is not the operator's");
        QueueRow support = rows.get(0);
        assertEquals("3 waiting", support.waitingText());
        assertEquals("nobody waiting", rows.get(1).waitingText());
        assertEquals("1:35", support.longestWait());
        assertEquals("4 in, 1 free", support.members());
        assertEquals("Available", support.status());
        assertTrue(support.canPause() && !support.canResume() && !support.canLogout(), "static: no log out");
        QueueRow sales = rows.get(1);
        assertEquals("Not logged in", sales.status());
        assertTrue(sales.canLogin() && !sales.canPause());
        assertEquals(3, model.queues().waitingProperty().get());
        model.tick(now.plusSeconds(10));
        assertEquals("1:45", model.queues().rows().get(0).longestWait(), "the wait goes on");
    }

    @Test
    void aBreakShowsItsReasonAndHowLongItLasted() {
        assertFalse(model.breaks().onBreakProperty().get());
        assertEquals(List.of("Lunch", "Short break", "Training", "After-call work"), model.breaks().reasons(),
                "the app's reasons where the administrator gave none");
        model.breaks().takeBreak("Lunch");
        assertEquals(List.of("pause null Lunch"), desk.actions);
        assertTrue(model.breaks().onBreakProperty().get());
        assertEquals("Paused: Lunch", model.queues().rows().get(0).status());
        assertTrue(model.queues().rows().get(0).canResume());
        model.tick(Instant.now().plusSeconds(125));
        assertTrue(model.breaks().chipProperty().get().matches("On a break · Lunch · 2:0[4-6]"),
                model.breaks().chipProperty().get());
        assertTrue(model.breaks().trayText().startsWith("on a break (Lunch) for 2 min"), model.breaks().trayText());
        model.breaks().endBreak();
        assertFalse(model.breaks().onBreakProperty().get());
        assertEquals("", model.breaks().chipProperty().get());
    }

    @Test
    void aRefusedPauseIsSaidPlainly() {
        desk.result = () -> CompletableFuture.failedFuture(new AmiException(
                new AmiError(AmiError.Kind.PERMISSION_DENIED, "denied", "QueuePause"), null));
        model.queues().pause("support", "Lunch");
        assertEquals("Your AMI user may not change queue membership or pauses (QueuePause needs write=agent in "
                + "manager.conf)", model.queues().messageProperty().get());
        model.breaks().takeBreak("Lunch");
        assertTrue(model.breaks().errorProperty().get().contains("write=agent"));
    }

    @Test
    void theAdministratorsReasonsComeFirst() {
        desk.breakReasons = List.of("Coffee", "Meeting");
        DeskViewModel m = new DeskViewModel(desk, session, UiThread.direct(), clock);
        assertEquals(List.of("Coffee", "Meeting"), m.breaks().reasons());
    }

    @Test
    void aTransferSaysHowItGoesFromStartToOutcome() {
        Call talking = Calls.answered(Calls.ringing("L1", "+15551234567", "Anna", "777", now.minusSeconds(60)),
                now.minusSeconds(50), "777");
        session.push(talking);
        CallControlsViewModel c = model.controls(talking);
        assertTrue(c.canTransferProperty().get() && c.canHangUpProperty().get());
        List<TransferTarget> targets = c.suggest("");
        assertEquals(List.of("Ivan Petrov", "Extension 998"), targets.stream().map(TransferTarget::label).toList());

        c.consult(targets.get(0));
        assertEquals(List.of("consult L1 999"), desk.actions);
        assertEquals("Transferring to Ivan Petrov (999)…", c.statusProperty().get());
        desk.progress(new TransferProgress("L1", true, "999", TransferProgress.Stage.RINGING_TARGET, null));
        assertTrue(c.consultingProperty().get());
        assertFalse(c.canTransferProperty().get());
        assertEquals("Calling Ivan Petrov (999); the caller holds", c.statusProperty().get());
        desk.progress(new TransferProgress("L1", true, "999", TransferProgress.Stage.TALKING_TO_TARGET, null));
        c.complete();
        assertEquals("complete L1", desk.actions.get(1));
        desk.progress(new TransferProgress("L1", true, "999", TransferProgress.Stage.DONE, null));
        assertEquals("Transferred to Ivan Petrov (999)", c.statusProperty().get());
        assertFalse(c.consultingProperty().get());
    }

    @Test
    void contactsTypedInThePickerAreOfferedByNumberAndTransferredTo() {
        dev.ringside.ui.fake.MemoryContactBook book = new dev.ringside.ui.fake.MemoryContactBook();
        book.save(new dev.ringside.contacts.Contact(null, "Anna Smith", "ACME Ltd", List.of(
                new dev.ringside.contacts.ContactNumber("mobile", "8 (912) 345-67-89", "+79123456789"),
                new dev.ringside.contacts.ContactNumber("work", "+7 495 123-45-67", "+74951234567")), null, null, null)).join();
        book.save(new dev.ringside.contacts.Contact(null, null, "Annex Logistics", List.of(
                new dev.ringside.contacts.ContactNumber(null, "+7 812 000-11-22", "+78120001122")), null, null, null)).join();
        session.contactBook = book;
        Call talking = Calls.answered(Calls.ringing("L9", "+15551234567", "Bob", "777", now.minusSeconds(60)),
                now.minusSeconds(50), "777");
        session.push(talking);
        CallControlsViewModel c = model.controls(talking);

        c.lookUpContacts("a");
        assertEquals(List.of(), c.contactMatches(), "one letter asks nothing");
        c.lookUpContacts("ann");
        assertEquals(List.of("89123456789", "+74951234567", "+78120001122"),
                c.contactMatches().stream().map(TransferTarget::number).toList(), "every number, dialled as written");
        TransferTarget mobile = c.contactMatches().get(0);
        assertEquals("Anna Smith", mobile.label());
        assertEquals(TransferTarget.Kind.CONTACT, mobile.kind());
        assertTrue(mobile.hint().contains("ACME Ltd"), mobile.hint());
        assertEquals("Annex Logistics", c.contactMatches().get(2).label(), "a company alone is a contact too");

        assertEquals(mobile, c.targetForTyped("Ann"), "Enter on a name takes its first number");
        assertEquals(TransferTarget.Kind.NUMBER, c.targetForTyped("+7 495 1").kind(), "a number is dialled as typed");
        c.transfer(mobile);
        assertEquals("transfer L9 89123456789", desk.actions.get(desk.actions.size() - 1));
        assertTrue(c.statusProperty().get().contains("Anna Smith"), c.statusProperty().get());

        c.lookUpContacts("zed");
        assertEquals(List.of(), c.contactMatches());
        assertEquals(null, c.targetForTyped("zed"), "a name that matches nobody transfers nothing");
    }

    @Test
    void aBlindTransferEndsTheCallAndItsOutcomeStaysInSight() {
        Call talking = Calls.answered(Calls.ringing("L3", "+15551234567", "Anna Smith", "777", now.minusSeconds(60)),
                now.minusSeconds(50), "777");
        session.push(talking);
        CallControlsViewModel c = model.controls(talking);
        assertEquals("", model.lastTransferProperty().get());
        c.transfer(c.suggest("").get(0));
        // Asterisk hangs up the operator's leg before the transfer is reported done
        session.push(Calls.ended(talking, dev.ringside.call.CallStatus.COMPLETED, now));
        assertEquals("Anna Smith: Transferring to Ivan Petrov (999)…", model.lastTransferProperty().get());
        desk.progress(new TransferProgress("L3", false, "999", TransferProgress.Stage.DONE, null));
        assertEquals("Anna Smith: Transferred to Ivan Petrov (999)", model.lastTransferProperty().get());

        CallControlsViewModel unnamed = model.controls(Calls.answered(Calls.ringing("L5", "+15550001111", "", "777",
                now.minusSeconds(30)), now.minusSeconds(20), "777"));
        unnamed.transfer(unnamed.suggest("").get(1));
        assertEquals("Transferring to Extension 998…", unnamed.statusProperty().get(), "the number is said once");

        Call other = Calls.answered(Calls.ringing("L4", "+15557654321", "", "777", now.minusSeconds(30)),
                now.minusSeconds(20), "777");
        session.push(other);
        model.controls(other);
        session.push(Calls.ended(other, dev.ringside.call.CallStatus.COMPLETED, now));
        assertEquals("Anna Smith: Transferred to Ivan Petrov (999)", model.lastTransferProperty().get(),
                "a call that ended without a transfer leaves the last one's word");
    }

    @Test
    void aFailedTransferSaysWhy() {
        Call talking = Calls.answered(Calls.ringing("L2", "+15551234567", "Anna", "777", now.minusSeconds(60)),
                now.minusSeconds(50), "777");
        session.push(talking);
        CallControlsViewModel c = model.controls(talking);
        AmiException refused = new AmiException(new AmiError(AmiError.Kind.PERMISSION_DENIED, "x", "BlindTransfer"), null);
        c.transfer(new TransferTarget("", "5551112222", TransferTarget.Kind.NUMBER));
        desk.progress(new TransferProgress("L2", false, "5551112222", TransferProgress.Stage.FAILED, refused));
        assertTrue(c.failedProperty().get());
        String status = c.statusProperty().get();
        assertTrue(status.startsWith("Transfer to ") && status.endsWith(" failed: Your AMI user may not transfer calls "
                + "(BlindTransfer needs write=call in manager.conf)"), status);
    }

    @Test
    void colleaguesShowPresenceAndPassOnTheOneCallInProgress() {
        List<ColleagueRow> rows = model.colleagues().rows();
        assertEquals("Ivan Petrov", rows.get(0).label());
        assertEquals("Free", rows.get(0).presenceText());
        assertEquals("presence-unavailable", rows.get(1).style());
        assertFalse(model.colleagues().canTransferProperty().get(), "no call to pass on");
        model.colleagues().transfer(rows.get(0));
        assertEquals("Answer a call first: then one click passes it on.", model.colleagues().messageProperty().get());

        session.push(Calls.answered(Calls.ringing("L3", "+15551234567", "Anna", "777", now.minusSeconds(60)),
                now.minusSeconds(50), "777"));
        assertTrue(model.colleagues().canTransferProperty().get());
        model.colleagues().transfer(rows.get(0));
        assertEquals(List.of("transfer L3 999"), desk.actions);
        model.colleagues().call(rows.get(1));
        assertEquals(List.of("998"), session.calledBack);

        desk.presence.put("999", Presence.RINGING);
        desk.fireChanged();
        assertEquals("Ringing", model.colleagues().rows().get(0).presenceText());
    }

    @Test
    void myDayShowsCountsAveragesAndTheWorkingHours() {
        List<DayStats.HourCount> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new DayStats.HourCount(h, h == 7 ? 2 : 0, h == 20 ? 1 : 0, 0));
        }
        desk.day = new DayStats(2, 1, 0, Duration.ofSeconds(6), Duration.ofSeconds(95), Duration.ofMinutes(35), hours);
        model.myDay().refresh();
        assertEquals("2", model.myDay().answeredProperty().get());
        assertEquals("0:06", model.myDay().averageRingProperty().get());
        assertEquals("1:35", model.myDay().averageTalkProperty().get());
        assertEquals("35:00", model.myDay().onBreakProperty().get());
        List<DayStats.HourCount> shown = model.myDay().hoursProperty().get();
        assertEquals(7, shown.get(0).hour(), "from the earliest call");
        assertEquals(20, shown.get(shown.size() - 1).hour(), "to the latest");
        desk.day = FakeDesk.emptyDay();
        model.myDay().refresh();
        assertEquals("–", model.myDay().averageRingProperty().get());
        assertEquals(MyDayViewModel.FIRST_HOUR, model.myDay().hoursProperty().get().get(0).hour());
    }
}
