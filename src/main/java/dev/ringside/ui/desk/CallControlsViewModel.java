package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.desk.TransferProgress;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.ContactBook;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.TransferTarget;
import dev.ringside.ui.port.TransferTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The controls of one live call: hang up, transfer at once, or consult first and then complete or
 * cancel. Each action says what it is doing and how it ended, in plain words, refusals included.
 */
public final class CallControlsViewModel {

    private final Desk desk;
    private final UiThread ui;
    private final List<TransferTargets> targets;
    private final ContactBook contacts;
    private final ObservableList<TransferTarget> contactMatches = FXCollections.observableArrayList();
    private final ObservableList<TransferTarget> readOnlyContactMatches = FXCollections.unmodifiableObservableList(contactMatches);
    /** The contact look-ups asked for so far: only the latest one's answer is shown. */
    private int contactLookups;
    /** The target picked last, so that its progress names it ("Anna Smith (8 912 …)"). */
    private TransferTarget picked;
    private Call call;
    private TransferProgress transfer;
    private final ReadOnlyBooleanWrapper canHangUp = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canTransfer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper consulting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    /** At most this many contact numbers are offered for what the operator typed. */
    static final int MAX_CONTACT_TARGETS = 8;

    CallControlsViewModel(Call call, Desk desk, UiThread ui, List<TransferTargets> targets) {
        this(call, desk, ui, targets, ContactBook.NONE);
    }

    CallControlsViewModel(Call call, Desk desk, UiThread ui, List<TransferTargets> targets, ContactBook contacts) {
        this.call = call;
        this.desk = desk;
        this.ui = ui;
        this.targets = List.copyOf(targets);
        this.contacts = contacts;
        desk.transfer(call.linkedId()).ifPresent(p -> transfer = p);
        update();
    }

    public Call call() {
        return call;
    }

    /** Whether a transfer was asked for on this call (or any action left a word in its status line). */
    boolean transferStarted() {
        return transfer != null || !status.get().isEmpty();
    }

    /** Who the call is with, as the operator reads it: the caller ID name, else the number. */
    String party() {
        String name = call.callerName();
        boolean named = call.direction() != dev.ringside.call.Direction.OUTBOUND && name != null && !name.isBlank();
        return named ? name : NumberText.of(call.otherPartyNumber());
    }

    void callChanged(Call current) {
        call = current;
        update();
    }

    void transferChanged(TransferProgress p) {
        transfer = p;
        if (p.stage() != TransferProgress.Stage.SENDING) {
            busy.set(false);
        }
        update();
    }

    private void update() {
        boolean answered = call.status() == CallStatus.ANSWERED;
        boolean inConsultation = transfer != null && (transfer.stage() == TransferProgress.Stage.RINGING_TARGET
                || transfer.stage() == TransferProgress.Stage.TALKING_TO_TARGET);
        consulting.set(inConsultation);
        canHangUp.set(answered && !inConsultation);
        canTransfer.set(answered && !inConsultation
                && (transfer == null || transfer.isOver()));
        if (transfer != null) {
            failed.set(transfer.stage() == TransferProgress.Stage.FAILED);
            status.set(progressText(transfer));
        }
    }

    /** "Ivan Petrov (201)" for a colleague or contact the picker knows, else the number as the operator reads it. */
    private String targetText(String number) {
        List<TransferTarget> known = new ArrayList<>(suggest(""));
        if (picked != null) {
            known.add(0, picked);
        }
        for (TransferTarget t : known) {
            if (t.number().equals(number) && !t.label().isBlank()) {
                // "Extension 998" names its number already
                return t.label().contains(number) ? t.label()
                        : lang("desk.transfer.targetNamed", t.label(), NumberText.of(number));
            }
        }
        return NumberText.of(number);
    }

    private String progressText(TransferProgress p) {
        String to = targetText(p.target());
        return switch (p.stage()) {
            case SENDING -> lang("desk.transfer.sending", to);
            case RINGING_TARGET -> lang("desk.transfer.ringing", to);
            case TALKING_TO_TARGET -> lang("desk.transfer.talking", to);
            case COMPLETING -> lang("desk.transfer.completing", to);
            case DONE -> lang("desk.transfer.done", to);
            case CANCELLED -> lang("desk.transfer.cancelled");
            case FAILED -> p.failure() == null ? lang("desk.transfer.failedEnded", to)
                    : lang("desk.transfer.failed", to, UiThread.messageOf(p.failure()));
        };
    }

    /** Who the operator can pick: every source's suggestions for what was typed. */
    public List<TransferTarget> suggest(String typed) {
        List<TransferTarget> all = new ArrayList<>();
        for (TransferTargets source : targets) {
            all.addAll(source.suggest(typed));
        }
        return all;
    }

    /**
     * Looks up contacts for what the operator typed in the picker's field (two characters at least);
     * the matches arrive later in {@link #contactMatches()}, the latest typing winning.
     */
    public void lookUpContacts(String typed) {
        String t = typed == null ? "" : typed.strip();
        int ask = ++contactLookups;
        if (t.length() < 2 || !contacts.available()) {
            contactMatches.clear();
            return;
        }
        ui.deliver(contacts.search(t, MAX_CONTACT_TARGETS), found -> {
            if (ask == contactLookups) {
                contactMatches.setAll(ContactTargets.of(found, MAX_CONTACT_TARGETS));
            }
        }, failure -> {
            if (ask == contactLookups) {
                contactMatches.clear();
            }
        });
    }

    /** The contacts' numbers matching what was typed in the picker's field. */
    public ObservableList<TransferTarget> contactMatches() {
        return readOnlyContactMatches;
    }

    /**
     * What the field's Enter means: a typed number is dialled as it is; a name goes to the first
     * contact number it matched, if any (null: nothing to transfer to).
     */
    public TransferTarget targetForTyped(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.chars().anyMatch(Character::isLetter)) {
            return contactMatches.isEmpty() ? null : contactMatches.get(0);
        }
        return new TransferTarget("", t, TransferTarget.Kind.NUMBER);
    }

    public void hangUp() {
        busy.set(true);
        failed.set(false);
        status.set(lang("desk.hangup.sending"));
        ui.deliver(desk.hangup(call.linkedId()), ok -> {
            busy.set(false);
            status.set(lang("desk.hangup.done"));
        }, failure -> {
            busy.set(false);
            failed.set(true);
            status.set(lang("desk.hangup.failed", UiThread.messageOf(failure)));
        });
    }

    public void transfer(TransferTarget target) {
        start(desk.blindTransfer(call.linkedId(), target.number()), target);
    }

    public void consult(TransferTarget target) {
        start(desk.attendedTransfer(call.linkedId(), target.number()), target);
    }

    private void start(CompletableFuture<Void> action, TransferTarget target) {
        picked = target;
        busy.set(true);
        failed.set(false);
        status.set(lang("desk.transfer.sending", targetText(target.number())));
        // the progress arrives from the desk; a refusal before it started (no number) lands here
        ui.deliver(action, ok -> busy.set(false), failure -> {
            busy.set(false);
            if (transfer == null || !transfer.target().equals(target.number()) || transfer.isOver()) {
                failed.set(true);
                status.set(lang("desk.transfer.failed", targetText(target.number()), UiThread.messageOf(failure)));
            }
        });
    }

    public void complete() {
        busy.set(true);
        ui.deliver(desk.completeTransfer(call.linkedId()), ok -> busy.set(false), failure -> {
            busy.set(false);
            failed.set(true);
            status.set(lang("desk.transfer.completeFailed", UiThread.messageOf(failure)));
        });
    }

    public void cancel() {
        busy.set(true);
        ui.deliver(desk.cancelTransfer(call.linkedId()), ok -> busy.set(false), failure -> {
            busy.set(false);
            failed.set(true);
            status.set(lang("desk.transfer.cancelFailed", UiThread.messageOf(failure)));
        });
    }

    public ReadOnlyBooleanProperty canHangUpProperty() { return canHangUp.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canTransferProperty() { return canTransfer.getReadOnlyProperty(); }
    /** A consultation is under way: Complete and Cancel are offered. */
    public ReadOnlyBooleanProperty consultingProperty() { return consulting.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What the last action is doing or how it ended; "" before any. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
}
