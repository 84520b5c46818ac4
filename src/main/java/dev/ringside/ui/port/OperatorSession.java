package dev.ringside.ui.port;

import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A logged-in operator. Listeners may be called on any thread; the UI moves the work to the FX
 * thread itself. Futures fail with {@code dev.ringside.ami.AmiException} or
 * {@code dev.ringside.history.HistoryException}, whose kind the UI puts into words
 * ({@code dev.ringside.ui.ErrorText}).
 */
public interface OperatorSession {

    /** The operator's name, or "" when only the numbers are known (the UI then names them by number). */
    String displayName();

    /** The operator's numbers, e.g. [777, 888]. */
    List<String> numbers();

    ConnectionState connectionState();

    Subscription onConnectionState(Consumer<ConnectionState> listener);

    Subscription addCallListener(CallListener listener);

    /** What is wrong with how the PBX is set up for this operator, while it is. */
    default Optional<PbxSetupProblem> setupProblem() {
        return Optional.empty();
    }

    /** Called on any thread when {@link #setupProblem()} changes. */
    default Subscription onSetupProblem(Consumer<Optional<PbxSetupProblem>> listener) {
        return () -> { };
    }

    /** Calls now ringing or in progress for the operator's numbers. */
    List<Call> liveCalls();

    /** Records accepted_at and, when remote answer is on in the settings, answers the phone. */
    CompletableFuture<Void> accept(String linkedId);

    /** True when Accept picks up the desk phone here (remote answer); false when it only records the accept. */
    default boolean acceptAnswersPhone() {
        return false;
    }

    /** True when Reject hangs up the caller (the whole call ends), false when it only ends the operator's ringing. */
    default boolean rejectEndsCall() {
        return false;
    }

    /** AMI Hangup (cause 21) on the operator's ringing leg, or on the caller when the reject mode says so. */
    CompletableFuture<Void> reject(String linkedId);

    /** Originate from the operator's phone to {@code number}. */
    CompletableFuture<Void> callBack(String number);

    CompletableFuture<HistoryPage> history(HistoryQuery query);

    /** One page of history by position (keyset), with the counts of the whole query. */
    CompletableFuture<HistoryResult> history(HistoryRequest request);

    /** Matching rows per status; the query's status filter, offset and limit are ignored. */
    CompletableFuture<Map<CallStatus, Long>> statusCounts(HistoryQuery query);

    /** Earlier calls from this number, not counting the call {@code exceptLinkedId}. */
    CompletableFuture<CallerStats> callerStats(String callerNumber, String exceptLinkedId);

    CompletableFuture<Void> updateNotes(String linkedId, String notes);

    /** Missed calls the operator has not looked at yet (for the tray and the header). */
    CompletableFuture<Integer> unseenMissedCount();

    CompletableFuture<Void> markMissedSeen();

    /** Called after history changed (a call was stored or updated), on any thread. */
    Subscription onHistoryChanged(Runnable listener);

    CompletableFuture<Void> logout();

    /** The operator's desk (queues, breaks, colleagues, live call controls, the day), where there is one. */
    default java.util.Optional<Desk> desk() {
        return java.util.Optional.empty();
    }

    /**
     * Who a number belongs to: the operator's contacts, then the shared directory. Returns at once;
     * completes within a few seconds, empty when nobody is known (or the look-up gave up).
     */
    default CompletableFuture<java.util.Optional<dev.ringside.contacts.CallerMatch>> identify(String number) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
    }

    /** The operator's contacts; {@link ContactBook#NONE} where there are none. */
    default ContactBook contacts() {
        return ContactBook.NONE;
    }

    /**
     * Who the other party of this call is: looked up once per call when it rings (the local
     * contacts, then the shared directory), so the popup, the "Now" list and the history agree.
     * Returns at once; completes within a few seconds, empty when nobody is known.
     */
    default CompletableFuture<java.util.Optional<dev.ringside.contacts.CallerMatch>> callerOf(Call call) {
        return identify(call.otherPartyNumber());
    }

    /**
     * Called on any thread when a call's contact was found again after the contacts changed (the
     * operator added the caller, edited a contact, imported a file).
     */
    default Subscription onCallerChanged(
            java.util.function.BiConsumer<String, java.util.Optional<dev.ringside.contacts.CallerMatch>> listener) {
        return () -> { };
    }

    /** Whether the popup offers a CRM button (a CRM link is set to open on the button). */
    default boolean crmButton() {
        return false;
    }

    /** Opens the call's CRM page (the popup's button); never twice for one call. Completes true when opened. */
    default CompletableFuture<Boolean> openCrm(String linkedId) {
        return CompletableFuture.completedFuture(false);
    }

    /** The directory and CRM settings, or null where this session cannot change them. */
    default LookupSetup lookupSetup() {
        return null;
    }
}
