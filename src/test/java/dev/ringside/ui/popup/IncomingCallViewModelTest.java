package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.port.CallerStats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class IncomingCallViewModelTest {

    private final Instant start = Instant.parse("2026-03-10T10:00:00Z");
    private final Clock clock = Clock.fixed(start.plusSeconds(5), ZoneOffset.UTC);
    private final FakeSession session = new FakeSession("Op", "777", "888");
    private final Call ringing = Calls.ringing("L1", "+15551234567", "Anna Smith", "777", start);

    @Test
    void showsCallerCalledNumberHistoryAndTimer() {
        session.stats = new CallerStats(3, Instant.parse("2026-03-09T14:02:00Z"));
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        assertEquals("(555) 123-4567", m.callerNumberProperty().get(), "a US number at home in the US");
        assertEquals("Anna Smith", m.callerNameProperty().get());
        assertEquals("to 777", m.calledNumberProperty().get());
        assertEquals("Called 3 times before, last yesterday at 2:02 PM", m.callerHistoryProperty().get());
        assertEquals("0:05", m.ringTimeProperty().get());
        m.tick(start.plusSeconds(72));
        assertEquals("1:12", m.ringTimeProperty().get());
    }

    @Test
    void namesTheQueueAndAFirstTimeCaller() {
        Call.Builder b = ringing.toBuilder();
        b.queue = "support";
        IncomingCallViewModel m = new IncomingCallViewModel(b.build(), session, UiThread.direct(), clock);
        assertEquals("via queue support to 777", m.calledNumberProperty().get());
        assertEquals("First call from this number", m.callerHistoryProperty().get());
    }

    @Test
    void acceptCallsThePortAndWaitsForTheAnswer() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        session.acceptResult = () -> result;
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.accept();
        assertEquals(List.of("L1"), session.accepted);
        assertTrue(m.busyProperty().get());
        assertEquals("Accepting\u2026", m.feedbackProperty().get());
        result.complete(null);
        assertTrue(m.acceptedProperty().get());
        assertFalse(m.closedProperty().get(), "stays until the phone is actually answered");
        m.callChanged(Calls.answered(ringing, start.plusSeconds(8), "777"));
        assertTrue(m.closedProperty().get());
    }

    @Test
    void rejectGivesInstantFeedbackThenCloses() {
        CompletableFuture<Void> result = new CompletableFuture<>();
        session.rejectResult = () -> result;
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.reject();
        assertEquals(List.of("L1"), session.rejected);
        assertTrue(m.busyProperty().get());
        assertEquals("Rejecting\u2026", m.feedbackProperty().get());
        m.reject();
        assertEquals(1, session.rejected.size(), "a second press while busy sends nothing");
        result.complete(null);
        assertTrue(m.closedProperty().get());
    }

    @Test
    void failedRejectIsShownAndCanBeRetried() {
        session.rejectResult = () -> CompletableFuture.failedFuture(
                new AmiException(new AmiError(AmiError.Kind.ACTION_FAILED, "The PBX refused Hangup: busy", "Hangup"), null));
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.reject();
        assertEquals("Could not reject: The PBX refused Hangup", m.errorProperty().get());
        assertFalse(m.busyProperty().get());
        assertFalse(m.closedProperty().get());
        assertEquals("", m.feedbackProperty().get());
    }

    @Test
    void closesWhenAnsweredElsewhereOrEnded() {
        IncomingCallViewModel a = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        a.callChanged(Calls.answered(ringing, start.plusSeconds(3), "205"));
        assertTrue(a.closedProperty().get());
        IncomingCallViewModel b = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        b.callChanged(Calls.ended(ringing, CallStatus.MISSED, start.plusSeconds(20)));
        assertTrue(b.closedProperty().get());
    }

    @Test
    void afterAcceptNoKeyRejectsAndAClickOnlyAsks() {
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.acceptKey();
        assertTrue(m.acceptedProperty().get());
        m.acceptKey();
        m.rejectKey();
        assertEquals(List.of(), session.rejected, "Enter, Enter or Esc after Accept hangs up no one");
        assertEquals(List.of("L1"), session.accepted, "and accepts only once");

        m.reject();
        assertEquals(List.of(), session.rejected, "the click asks first");
        assertTrue(m.confirmingRejectProperty().get());
        assertEquals("You accepted this call. Reject it anyway?", m.confirmQuestionProperty().get());
        m.acceptKey();
        m.rejectKey();
        assertEquals(List.of(), session.rejected, "no key answers the question either");
        m.cancelReject();
        assertFalse(m.confirmingRejectProperty().get());

        m.reject();
        m.confirmReject();
        assertEquals(List.of("L1"), session.rejected, "two deliberate clicks reject it");
    }

    @Test
    void whenRejectEndsTheCallersCallEveryRejectIsConfirmed() {
        session.rejectEndsCall = true;
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.rejectKey();
        assertEquals(List.of(), session.rejected, "Esc alone never ends the customer's call");
        assertTrue(m.confirmingRejectProperty().get());
        assertEquals("This ends the caller’s call. Hang up?", m.confirmQuestionProperty().get());
        m.cancelReject();
        m.reject();
        assertEquals(List.of(), session.rejected);
        m.confirmReject();
        assertEquals(List.of("L1"), session.rejected);
    }

    @Test
    void withoutConfirmationEscSendsTheCallOnWhileItRings() {
        IncomingCallViewModel m = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        m.rejectKey();
        assertEquals(List.of("L1"), session.rejected, "only the operator's leg ends: voicemail, the next agent");
    }

    @Test
    void thePopupSaysWhatAcceptDoesOnThisSetup() {
        assertEquals("Accept only notes that you take the call: answer it on your phone.",
                new IncomingCallViewModel(ringing, session, UiThread.direct(), clock).hintProperty().get());
        session.answersPhone = true;
        IncomingCallViewModel remote = new IncomingCallViewModel(ringing, session, UiThread.direct(), clock);
        assertEquals("Accept picks up your desk phone.", remote.hintProperty().get());
        remote.accept();
        assertEquals("Accepted – your phone picks up", remote.feedbackProperty().get());
    }

    @Test
    void whatTheCallerSentIsCleanedAndCutSoTheWindowKeepsItsSize() {
        Call spoof = Calls.ringing("S", "+1" + "5".repeat(200), "Mallory \u202E1234567\u202C" + "x".repeat(300), "777", start);
        IncomingCallViewModel m = new IncomingCallViewModel(spoof, session, UiThread.direct(), clock);
        assertTrue(m.callerNumberProperty().get().length() <= dev.ringside.ui.DisplayText.NUMBER);
        assertTrue(m.callerNumberProperty().get().endsWith("\u2026"));
        assertTrue(m.callerNameProperty().get().startsWith("Mallory 1234567x"), m.callerNameProperty().get());
        assertTrue(m.callerNameProperty().get().length() <= dev.ringside.ui.DisplayText.NAME);
    }
}
