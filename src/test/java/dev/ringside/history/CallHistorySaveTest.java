package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallHistorySaveTest {

    @TempDir
    Path dir;
    CallHistory history;
    long op;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
    }

    @AfterEach
    void close() {
        history.close();
    }

    private long rows() {
        return history.count(CallQuery.forOperator(op).build());
    }

    @Test
    void everyFieldRoundTripsExactly() {
        Call.Builder b = Calls.ended(Calls.answered(Calls.ringing("1700000000.1", "+7 912 345-67-89", "Ivan Petrov", 0), 4),
                CallStatus.COMPLETED, 64, 16);
        b.queue = "support";
        b.acceptedAt = b.startedAt.plusMillis(2_345);
        b.notes = "wants a refund";
        Call call = b.build();

        assertTrue(history.save(op, call));

        StoredCall stored = history.find(op, call.linkedId()).orElseThrow();
        assertEquals(call, stored.call());
        assertEquals(Duration.ofSeconds(4), stored.ringTime());
        assertEquals(Duration.ofSeconds(60), stored.talkTime());
        assertEquals(op, stored.operatorId());
        assertNull(stored.callerCompany());
        assertFalse(stored.calledBack());
    }

    @Test
    void instantsAreKeptToTheMillisecond() {
        Instant start = Instant.parse("2025-06-30T23:59:59.987654321Z");
        Call call = Call.builder("ms.1", Direction.INTERNAL, start).build();

        history.save(op, call);

        assertEquals(Instant.parse("2025-06-30T23:59:59.987Z"), history.find(op, "ms.1").orElseThrow().call().startedAt());
    }

    @Test
    void sameLinkedIdTwiceIsOneRow() {
        Call ringing = Calls.incoming("dup.1", "5551234", 0);

        assertTrue(history.save(op, ringing));
        assertTrue(history.save(op, ringing));
        history.save(op, Calls.completed("dup.1", "5551234", 0));
        history.save(op, Calls.completed("dup.1", "5551234", 0));

        assertEquals(1, rows());
        assertEquals(CallStatus.COMPLETED, history.find(op, "dup.1").orElseThrow().call().status());
    }

    @Test
    void aLateOlderSnapshotNeverBringsAnEndedCallBack() {
        Call.Builder ringing = Calls.ringing("late.1", "5551234", "Ivan", 0);
        Call incoming = ringing.build();
        Call answered = Calls.answered(ringing, 5).build();
        Call completed = Calls.ended(answered.toBuilder(), CallStatus.COMPLETED, 60, 16).build();

        history.save(op, completed);
        assertFalse(history.save(op, incoming), "ringing after completed is stale");
        assertFalse(history.save(op, answered), "answered after completed is stale");

        StoredCall stored = history.find(op, "late.1").orElseThrow();
        assertEquals(completed, stored.call());
        assertEquals(1, rows());
    }

    @Test
    void answeredIsNotOverwrittenByRinging() {
        Call.Builder b = Calls.ringing("a.1", "5551234", null, 0);
        Call incoming = b.build();
        Call answered = Calls.answered(b, 5).build();

        history.save(op, answered);
        history.save(op, incoming);

        assertEquals(CallStatus.ANSWERED, history.find(op, "a.1").orElseThrow().call().status());
    }

    @Test
    void anOlderEndingIsIgnoredButANewerOneReplaces() {
        Call missedEarly = Calls.ended(Calls.ringing("t.1", "5551234", null, 0), CallStatus.MISSED, 10, 16).build();
        Call rejectedLater = Calls.ended(Calls.ringing("t.1", "5551234", null, 0), CallStatus.REJECTED, 12, 21).build();

        history.save(op, rejectedLater);
        assertFalse(history.save(op, missedEarly));
        assertEquals(CallStatus.REJECTED, history.find(op, "t.1").orElseThrow().call().status());

        Call missedLatest = Calls.ended(Calls.ringing("t.1", "5551234", null, 0), CallStatus.MISSED, 15, 16).build();
        assertTrue(history.save(op, missedLatest));
        assertEquals(CallStatus.MISSED, history.find(op, "t.1").orElseThrow().call().status());
    }

    @Test
    void notesAndAcceptSurviveLaterSnapshotsWithout() {
        Call.Builder b = Calls.ringing("n.1", "5551234", null, 0);
        history.save(op, b.build());
        Instant accepted = Calls.T0.plusMillis(1_500);
        assertTrue(history.markAccepted(op, "n.1", accepted));
        assertTrue(history.updateNotes(op, "n.1", "  call back tomorrow  "));

        history.save(op, Calls.answered(b, 3).build());
        history.save(op, Calls.ended(b, CallStatus.COMPLETED, 50, 16).build());

        Call stored = history.find(op, "n.1").orElseThrow().call();
        assertEquals(CallStatus.COMPLETED, stored.status());
        assertEquals("call back tomorrow", stored.notes());
        assertEquals(accepted, stored.acceptedAt());
    }

    @Test
    void theFirstAcceptCounts() {
        history.save(op, Calls.incoming("acc.1", "5551234", 0));
        history.markAccepted(op, "acc.1", Calls.T0.plusSeconds(1));
        history.markAccepted(op, "acc.1", Calls.T0.plusSeconds(2));

        assertEquals(Calls.T0.plusSeconds(1), history.find(op, "acc.1").orElseThrow().call().acceptedAt());
    }

    @Test
    void anAcceptOnAStaleSnapshotIsStillKept() {
        history.save(op, Calls.missed("acc.2", "5551234", 0));
        Call.Builder old = Calls.ringing("acc.2", "5551234", null, 0);
        old.acceptedAt = Calls.T0.plusSeconds(1);

        assertFalse(history.save(op, old.build()));

        StoredCall stored = history.find(op, "acc.2").orElseThrow();
        assertEquals(CallStatus.MISSED, stored.call().status());
        assertEquals(Calls.T0.plusSeconds(1), stored.call().acceptedAt());
    }

    @Test
    void notesCanBeClearedAndUnknownCallsReportFalse() {
        history.save(op, Calls.completed("c.1", "5551234", 0));
        history.updateNotes(op, "c.1", "x");
        assertTrue(history.updateNotes(op, "c.1", " "));
        assertNull(history.find(op, "c.1").orElseThrow().call().notes());

        assertFalse(history.updateNotes(op, "nope", "x"));
        String tooLong = "x".repeat(CallHistory.MAX_NOTES_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> history.updateNotes(op, "c.1", tooLong));
        assertTrue(history.updateNotes(op, "c.1", tooLong.substring(1)));
        assertFalse(history.markAccepted(op, "nope", Calls.T0));
    }

    @Test
    void callerCompanyIsStoredAndKept() {
        history.save(op, Calls.incoming("co.1", "5551234", 0));
        assertTrue(history.updateCallerCompany(op, "co.1", "Acme Ltd"));
        history.save(op, Calls.completed("co.1", "5551234", 0));

        assertEquals("Acme Ltd", history.find(op, "co.1").orElseThrow().callerCompany());
    }

    @Test
    void theCallersContactIsKeptAsItWasWhenTheCallRang() throws Exception {
        dev.ringside.contacts.ContactStore contacts = new dev.ringside.contacts.ContactStore(history.dataSource(),
                new dev.ringside.phone.PhoneNumbers("RU"));
        dev.ringside.contacts.ContactDraft draft = new dev.ringside.contacts.ContactDraft().addNumber("mobile", "5551234");
        draft.name = "Anna Smith";
        draft.company = "ACME Ltd";
        dev.ringside.contacts.Contact anna = contacts.save(draft.check(contacts.phoneNumbers()).contact());
        history.save(op, Calls.incoming("ct.1", "5551234", 0));
        assertTrue(history.noteCallerContact(op, "ct.1", anna.id(), "Anna Smith", "ACME Ltd"));
        history.save(op, Calls.completed("ct.1", "5551234", 0));
        assertFalse(history.noteCallerContact(op, "no such call", anna.id(), "Anna Smith", null));

        CallerContact noted = history.find(op, "ct.1").orElseThrow().callerContact();
        assertEquals(new CallerContact(anna.id(), "Anna Smith", "ACME Ltd"), noted, "kept over later snapshots");
        assertEquals(1, history.find(CallQuery.forOperator(op).text("acme").build()).calls().size(),
                "found by the company it had");

        contacts.delete(anna.id());
        assertEquals(new CallerContact(null, "Anna Smith", "ACME Ltd"),
                history.find(op, "ct.1").orElseThrow().callerContact(), "a deleted contact stays by name");
        history.save(op, Calls.incoming("ct.2", "5551234", 0));
        assertTrue(history.noteCallerContact(op, "ct.2", anna.id(), "Anna Smith", null), "a contact deleted meanwhile");
        assertNull(history.find(op, "ct.2").orElseThrow().callerContact().contactId());
        assertNull(history.find(op, "b.none").map(StoredCall::callerContact).orElse(null));
    }

    @Test
    void saveAllStoresABatchAndSkipsStaleReplays() {
        List<Call> replay = List.of(
                Calls.incoming("b.1", "100", 0),
                Calls.completed("b.1", "100", 0),
                Calls.incoming("b.1", "100", 0),
                Calls.missed("b.2", "200", 10));

        assertEquals(3, history.saveAll(op, replay));
        assertEquals(2, rows());
        assertEquals(CallStatus.COMPLETED, history.find(op, "b.1").orElseThrow().call().status());
    }

    @Test
    void ringAndTalkTimeOfAMissedCall() {
        history.save(op, Calls.missed("m.1", "5551234", 0));

        StoredCall stored = history.find(op, "m.1").orElseThrow();
        assertEquals(Duration.ofSeconds(20), stored.ringTime());
        assertEquals(Duration.ZERO, stored.talkTime());
    }

    @Test
    void aStillRingingCallHasNoRingOrTalkTimeYet() {
        history.save(op, Calls.incoming("r.1", "5551234", 0));

        StoredCall stored = history.find(op, "r.1").orElseThrow();
        assertNull(stored.ringTime());
        assertNull(stored.talkTime());
    }
}
