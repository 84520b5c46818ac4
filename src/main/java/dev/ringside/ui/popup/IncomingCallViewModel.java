package dev.ringside.ui.popup;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.ui.DisplayText;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.contacts.ContactText;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.CallerStats;
import dev.ringside.ui.port.OperatorSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One ringing call in its own window: who calls, for which number, for how long, and Accept/Reject.
 *
 * <p>Safety: a key never hangs anyone up once the call is accepted, and ending the caller's whole
 * call (the "hang up the caller" reject mode) always needs a second, deliberate click. Keys only
 * reach a popup the operator chose (see {@link PopupWindows}).
 */
public final class IncomingCallViewModel {

    private final OperatorSession session;
    private final UiThread ui;
    private final Clock clock;
    private Call call;

    private final ReadOnlyStringWrapper callerNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper callerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper calledNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper callerHistory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ringTime = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper accepted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper confirmingReject = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper confirmQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private boolean statsRequested;
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unknownCaller = new ReadOnlyBooleanWrapper(false);
    private boolean identifyRequested;
    private final ReadOnlyBooleanWrapper crmOffered = new ReadOnlyBooleanWrapper(false);

    public IncomingCallViewModel(Call call, OperatorSession session, UiThread ui, Clock clock) {
        this.call = call;
        this.session = session;
        this.ui = ui;
        this.clock = clock;
        show(call);
        tick(clock.instant());
        hint.set(session.acceptAnswersPhone() ? lang("popup.hint.remoteAnswer") : lang("popup.hint.noRemoteAnswer"));
        crmOffered.set(session.crmButton());
    }

    public String linkedId() {
        return call.linkedId();
    }

    public Call call() {
        return call;
    }

    /** A newer snapshot of this call: the window closes once it is answered (anywhere) or over. */
    public void callChanged(Call current) {
        call = current;
        show(current);
        if (current.status() != CallStatus.INCOMING || current.answeredAt() != null || current.endedAt() != null) {
            closed.set(true);
        }
    }

    /** Once a second while open. */
    public void tick(Instant now) {
        ringTime.set(TimeText.duration(Duration.between(call.startedAt(), now)));
    }

    public void accept() {
        if (busy.get() || closed.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        feedback.set(lang("popup.accepting"));
        boolean answersPhone = session.acceptAnswersPhone();
        ui.deliver(session.accept(call.linkedId()), ok -> {
            accepted.set(true);
            feedback.set(answersPhone ? lang("popup.accepted.remote") : lang("popup.accepted"));
        }, failure -> {
            busy.set(false);
            feedback.set("");
            error.set(lang("popup.error.accept", UiThread.messageOf(failure)));
        });
    }

    /**
     * The Reject button was clicked. Rejecting an accepted call, or ending the caller's whole call,
     * first asks (the operator confirms with a second click); otherwise the reject goes out at once.
     */
    public void reject() {
        if (closed.get() || (busy.get() && !accepted.get())) {
            return;
        }
        if (accepted.get() || session.rejectEndsCall()) {
            confirmQuestion.set(accepted.get() ? lang("popup.confirm.afterAccept") : lang("popup.confirm.endsCall"));
            confirmingReject.set(true);
            return;
        }
        sendReject();
    }

    /** Enter in a popup the operator chose: accepts, and does nothing once accepted. */
    public void acceptKey() {
        if (!accepted.get() && !confirmingReject.get()) {
            accept();
        }
    }

    /**
     * Esc in a popup the operator chose: rejects a ringing call when that only sends it on (voicemail,
     * the next agent). Never after Accept; in "hang up the caller" mode it only asks, like a click.
     */
    public void rejectKey() {
        if (accepted.get() || confirmingReject.get()) {
            return;
        }
        reject();
    }

    /** The second click: "Hang up" in the question. */
    public void confirmReject() {
        if (!confirmingReject.get()) {
            return;
        }
        confirmingReject.set(false);
        sendReject();
    }

    /** "Keep the call" in the question. */
    public void cancelReject() {
        confirmingReject.set(false);
    }

    private void sendReject() {
        boolean afterAccept = accepted.get();
        if (closed.get()) {
            return;
        }
        String before = feedback.get();
        busy.set(true);
        // disables Reject too (the view keeps it enabled only while accepted), so one press sends one Hangup
        accepted.set(false);
        error.set("");
        feedback.set(lang("popup.rejecting"));
        ui.deliver(session.reject(call.linkedId()), ok -> closed.set(true), failure -> {
            busy.set(afterAccept);
            accepted.set(afterAccept);
            feedback.set(afterAccept ? before : "");
            error.set(lang("popup.error.reject", UiThread.messageOf(failure)));
        });
    }

    /** Closing by hand (the window's own close) without touching the call. */
    public void dismiss() {
        closed.set(true);
    }

    private void show(Call c) {
        lookUpCallerHistory(c);
        identify(c);
        // what the caller sent is cleaned and cut: the window keeps its size whatever arrives
        String number = DisplayText.of(NumberText.of(c.callerNumber()), DisplayText.NUMBER);
        callerNumber.set(number.isEmpty() ? lang("live.unknownNumber") : number);
        String name = DisplayText.of(c.callerName(), DisplayText.NAME);
        callerName.set(name.isEmpty() || name.equals(DisplayText.of(c.callerNumber(), DisplayText.NAME)) ? "" : name);
        String to = c.operatorNumber() != null ? c.operatorNumber() : c.receiverNumber();
        String called = to == null ? lang("popup.toYou")
                : lang("popup.to", DisplayText.of(NumberText.of(to), DisplayText.SHORT));
        if (c.queue() != null && !c.queue().isBlank()) {
            called = lang("popup.viaQueue", DisplayText.of(c.queue(), DisplayText.SHORT), called);
        }
        calledNumber.set(called);
    }

    /** Once per call, as soon as the caller's number is known (it may come after the first ring). */
    private void lookUpCallerHistory(Call c) {
        if (statsRequested || c.callerNumber() == null || c.callerNumber().isBlank()) {
            return;
        }
        statsRequested = true;
        ui.deliver(session.callerStats(c.callerNumber(), c.linkedId()), this::showStats, failure -> {
            org.slf4j.LoggerFactory.getLogger(IncomingCallViewModel.class)
                    .warn("Caller history unavailable: {}", UiThread.messageOf(failure), failure);
            callerHistory.set("");
        });
    }

    /**
     * Once per call: the caller ID shows at once, the contact ("Anna Smith · ACME Ltd · mobile")
     * when the look-up answers; an unknown caller offers "Add contact".
     */
    private void identify(Call c) {
        if (identifyRequested || c.callerNumber() == null || c.callerNumber().isBlank()) {
            return;
        }
        identifyRequested = true;
        ui.deliver(session.callerOf(c), this::showContact, failure -> unknownCaller.set(true));
    }

    /** The CRM button: opens the call's CRM page once; the button goes once it did. */
    public void openCrm() {
        if (!crmOffered.get()) {
            return;
        }
        crmOffered.set(false);
        ui.deliver(session.openCrm(call.linkedId()), opened -> {
            if (!opened) {
                crmOffered.set(true);
                error.set(lang("popup.crm.failed"));
            }
        }, failure -> {
            crmOffered.set(true);
            error.set(lang("popup.crm.failed"));
        });
    }

    private void showContact(java.util.Optional<CallerMatch> match) {
        contact.set(match.map(ContactText::summary).orElse(""));
        unknownCaller.set(match.isEmpty());
    }

    /** What the "Add contact" form starts with: the caller's number and the name the PBX sent. */
    public ContactDraft newContactDraft() {
        ContactDraft d = new ContactDraft();
        d.name = callerName.get().isEmpty() ? null : callerName.get();
        d.addNumber(null, call.callerNumber());
        return d;
    }

    /** The operator added the caller as a contact. */
    public void contactAdded(Contact added) {
        ContactNumber number = added.numbers().isEmpty() ? null : added.numbers().get(0);
        showContact(java.util.Optional.of(new CallerMatch(added.id(), added.name(), added.company(),
                number == null ? null : number.label(), CallerMatch.Source.LOCAL)));
    }

    public dev.ringside.ui.port.ContactBook contacts() {
        return session.contacts();
    }

    private void showStats(CallerStats stats) {
        if (stats.previousCalls() <= 0 || stats.lastCallAt() == null) {
            callerHistory.set(lang("popup.firstCall"));
        } else {
            callerHistory.set(plural("popup.calledBefore", stats.previousCalls(), TimeText.when(stats.lastCallAt(), clock)));
        }
    }

    public ReadOnlyStringProperty contactProperty() { return contact.getReadOnlyProperty(); }
    /** True while the popup offers to open the call's CRM page (the CRM link opens on the button). */
    public ReadOnlyBooleanProperty crmOfferedProperty() { return crmOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty unknownCallerProperty() { return unknownCaller.getReadOnlyProperty(); }
    public ReadOnlyStringProperty callerNumberProperty() { return callerNumber.getReadOnlyProperty(); }
    public ReadOnlyStringProperty callerNameProperty() { return callerName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty calledNumberProperty() { return calledNumber.getReadOnlyProperty(); }
    public ReadOnlyStringProperty callerHistoryProperty() { return callerHistory.getReadOnlyProperty(); }
    public ReadOnlyStringProperty ringTimeProperty() { return ringTime.getReadOnlyProperty(); }
    public ReadOnlyStringProperty feedbackProperty() { return feedback.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty acceptedProperty() { return accepted.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty closedProperty() { return closed.getReadOnlyProperty(); }
    /** True while the popup asks whether to really reject (after Accept, or when it ends the caller's call). */
    public ReadOnlyBooleanProperty confirmingRejectProperty() { return confirmingReject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty confirmQuestionProperty() { return confirmQuestion.getReadOnlyProperty(); }
    /** What Accept does on this setup: answers the desk phone, or only notes that the operator took it. */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
}
