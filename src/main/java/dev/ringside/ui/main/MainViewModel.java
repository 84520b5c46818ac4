package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.history.HistoryViewModel;
import dev.ringside.ui.port.Notifier;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.PbxSetupProblem;
import dev.ringside.ui.port.Subscription;
import dev.ringside.ui.port.TrayService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The main window: who is logged in, the link, live calls, missed calls and the history. */
public final class MainViewModel {

    private final OperatorSession session;
    private final UiThread ui;
    private final Clock clock;
    private final Notifier notifier;
    private final HistoryViewModel history;
    private final MissedNotices missedNotices;
    private final DialViewModel dial;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final dev.ringside.ui.desk.DeskViewModel desk;

    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper numbers = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ConnectionState> connection = new ReadOnlyObjectWrapper<>(new ConnectionState.Disconnected());
    private final ReadOnlyObjectWrapper<ConnectionChip> chip = new ReadOnlyObjectWrapper<>(ConnectionChip.of(new ConnectionState.Disconnected(), Instant.EPOCH));
    private final ReadOnlyObjectWrapper<Instant> now;
    /** Oldest first; the Linkedid makes the order total, so a call is found by binary search. */
    static final Comparator<Call> LIVE_ORDER = Comparator.comparing(Call::startedAt).thenComparing(Call::linkedId);
    private final ObservableList<Call> liveCalls = FXCollections.observableArrayList();
    private final java.util.Map<String, Call> liveById = new java.util.HashMap<>();
    /** Kept in a field: the view listens to it, and a wrapper made per call would be garbage-collected. */
    private final ObservableList<Call> readOnlyLiveCalls = FXCollections.unmodifiableObservableList(liveCalls);
    private final ReadOnlyIntegerWrapper unseenMissed = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper missedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper setupWarning = new ReadOnlyStringWrapper("");
    /** Live calls' contacts ("Anna Smith · ACME Ltd · mobile") by Linkedid, once the look-up answered. */
    private final ObservableMap<String, String> liveContacts = FXCollections.observableHashMap();
    private final ObservableMap<String, String> readOnlyLiveContacts = FXCollections.unmodifiableObservableMap(liveContacts);
    private final java.util.Set<String> contactAsked = new java.util.HashSet<>();

    public MainViewModel(OperatorSession session, UiThread ui, Clock clock, Notifier notifier) {
        this.session = session;
        this.ui = ui;
        this.clock = clock;
        this.notifier = notifier;
        this.history = new HistoryViewModel(session, ui);
        this.missedNotices = new MissedNotices(notifier);
        this.dial = new DialViewModel(session, ui);
        this.desk = session.desk().map(d -> new dev.ringside.ui.desk.DeskViewModel(d, session, ui, clock)).orElse(null);
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        String name = session.displayName();
        operator.set(name == null || name.isBlank() ? lang("main.operator", String.join(", ", session.numbers())) : name);
        numbers.set(String.join("  \u00b7  ", session.numbers().stream().map(NumberText::of).toList()));
        unseenMissed.addListener((obs, o, n) -> missedText.set(n.intValue() == 0 ? "" : plural("main.missed", n.intValue())));
    }

    public void start() {
        subscriptions.add(session.onConnectionState(state -> ui.run(() -> connectionChanged(state))));
        subscriptions.add(session.addCallListener((previous, current) -> ui.run(() -> callChanged(previous, current))));
        subscriptions.add(session.onHistoryChanged(() -> ui.run(this::historyChanged)));
        subscriptions.add(session.onSetupProblem(problem -> ui.run(() -> setupProblemChanged(problem))));
        subscriptions.add(session.onCallerChanged((linkedId, match) -> ui.run(() -> showContact(linkedId, match))));
        ui.run(() -> {
            connectionChanged(session.connectionState());
            setupProblemChanged(session.setupProblem());
            liveCalls.setAll(session.liveCalls());
            liveCalls.forEach(this::askContact);
            sortLive();
            historyChanged();
        });
        if (desk != null) {
            desk.start();
        }
    }

    public void stop() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        if (desk != null) {
            desk.stop();
        }
    }

    void connectionChanged(ConnectionState state) {
        connection.set(state);
        chip.set(ConnectionChip.of(state, now.get()));
    }

    void callChanged(Call previous, Call current) {
        // thousands of calls may ring at once: each change costs a look-up, not a scan and a sort
        Call shown = liveById.remove(current.linkedId());
        if (shown != null) {
            int at = Collections.binarySearch(liveCalls, shown, LIVE_ORDER);
            if (at >= 0) {
                liveCalls.remove(at);
            }
        }
        if (current.status().isLive()) {
            liveById.put(current.linkedId(), current);
            int at = Collections.binarySearch(liveCalls, current, LIVE_ORDER);
            liveCalls.add(at >= 0 ? at : -at - 1, current);
            askContact(current);
        } else {
            contactAsked.remove(current.linkedId());
            liveContacts.remove(current.linkedId());
        }
        if (current.status() == CallStatus.MISSED && (previous == null || previous.status() != CallStatus.MISSED)) {
            missedNotices.missed(current, now.get());
        }
    }

    /** Once per call, as soon as the other party's number is known: the look-up the popup shares. */
    private void askContact(Call call) {
        String number = call.otherPartyNumber();
        if (number == null || number.isBlank() || !contactAsked.add(call.linkedId())) {
            return;
        }
        ui.deliver(session.callerOf(call), match -> showContact(call.linkedId(), match), failure -> { });
    }

    private void showContact(String linkedId, Optional<dev.ringside.contacts.CallerMatch> match) {
        boolean live = liveCalls.stream().anyMatch(c -> c.linkedId().equals(linkedId));
        String text = match.map(dev.ringside.ui.contacts.ContactText::summary).orElse("");
        if (!live || text.isEmpty()) {
            liveContacts.remove(linkedId);
        } else {
            liveContacts.put(linkedId, text);
        }
    }

    void setupProblemChanged(Optional<PbxSetupProblem> problem) {
        setupWarning.set(problem.map(p -> plural("main.setupWarning.hiddenLegs", p.numbers().size(), String.join(", ", p.numbers()),
                p.fixCommand())).orElse(""));
    }

    /** Whether the call is in the "Now" list (one look-up, however many calls ring). */
    public boolean isLive(String linkedId) {
        return liveById.containsKey(linkedId);
    }

    private void sortLive() {
        FXCollections.sort(liveCalls, LIVE_ORDER);
        liveById.clear();
        liveCalls.forEach(c -> liveById.put(c.linkedId(), c));
    }

    private void historyChanged() {
        history.refresh();
        ui.deliver(session.unseenMissedCount(), unseenMissed::set, failure -> { });
    }

    /** Once a second: timers and "reconnecting in N s". */
    public void tick(Instant instant) {
        now.set(instant);
        chip.set(ConnectionChip.of(connection.get(), instant));
        missedNotices.tick(instant);
        if (desk != null) {
            desk.tick(instant);
        }
    }

    /** The operator looked at the missed calls. */
    public void markMissedSeen() {
        if (unseenMissed.get() == 0) {
            return;
        }
        ui.deliver(session.markMissedSeen(), ok -> unseenMissed.set(0), failure -> { });
    }

    public TrayService.Link trayLink() {
        ConnectionState s = connection.get();
        if (s instanceof ConnectionState.Connected) {
            return TrayService.Link.CONNECTED;
        }
        if (s instanceof ConnectionState.Reconnecting || s instanceof ConnectionState.Connecting) {
            return TrayService.Link.RECONNECTING;
        }
        return s instanceof ConnectionState.Failed ? TrayService.Link.FAILED : TrayService.Link.OFFLINE;
    }

    public OperatorSession session() { return session; }
    public Clock clock() { return clock; }
    public HistoryViewModel history() { return history; }
    public MissedNotices missedNotices() { return missedNotices; }
    public DialViewModel dial() { return dial; }
    /** The operator's desk (queues, breaks, colleagues, call controls, the day), where the session has one. */
    public Optional<dev.ringside.ui.desk.DeskViewModel> desk() { return Optional.ofNullable(desk); }
    /** A fresh Contacts view model, or null where there are no contacts. */
    public dev.ringside.ui.contacts.ContactsViewModel newContacts() {
        return session.contacts().available() ? new dev.ringside.ui.contacts.ContactsViewModel(session, ui) : null;
    }
    public ReadOnlyStringProperty operatorProperty() { return operator.getReadOnlyProperty(); }
    public ReadOnlyStringProperty numbersProperty() { return numbers.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() { return connection.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ConnectionChip> chipProperty() { return chip.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now.getReadOnlyProperty(); }
    public ObservableList<Call> liveCalls() { return readOnlyLiveCalls; }
    /** The contact of each live call whose look-up found one, by Linkedid. */
    public ObservableMap<String, String> liveContacts() { return readOnlyLiveContacts; }
    public ReadOnlyIntegerProperty unseenMissedProperty() { return unseenMissed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty missedTextProperty() { return missedText.getReadOnlyProperty(); }
    /** Empty while the PBX is set up right; else what is wrong and how to fix it. */
    public ReadOnlyStringProperty setupWarningProperty() { return setupWarning.getReadOnlyProperty(); }
}
