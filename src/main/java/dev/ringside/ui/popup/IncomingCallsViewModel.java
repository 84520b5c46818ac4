package dev.ringside.ui.popup;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which incoming-call windows are open: one per ringing call for the operator's numbers, in the
 * order they started ringing. The view opens a window for each added entry and closes it when it
 * is removed.
 */
public final class IncomingCallsViewModel {

    private final OperatorSession session;
    private final UiThread ui;
    private final Clock clock;
    private final ObservableList<IncomingCallViewModel> popups = FXCollections.observableArrayList();
    private final ObservableList<IncomingCallViewModel> readOnlyPopups = FXCollections.unmodifiableObservableList(popups);
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final Set<String> shown = new HashSet<>();
    private Subscription subscription;

    public IncomingCallsViewModel(OperatorSession session, UiThread ui, Clock clock) {
        this.session = session;
        this.ui = ui;
        this.clock = clock;
    }

    /** Starts listening to the session, and opens windows for calls already ringing. */
    public void start() {
        subscription = session.addCallListener((previous, current) -> ui.run(() -> callChanged(current)));
        ui.run(() -> session.liveCalls().forEach(this::callChanged));
    }

    public void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        popups.clear();
    }

    void callChanged(Call current) {
        for (IncomingCallViewModel popup : popups) {
            if (popup.linkedId().equals(current.linkedId())) {
                popup.callChanged(current);
                return;
            }
        }
        if (current.status().isTerminal()) {
            shown.remove(current.linkedId());
            return;
        }
        if (current.status() != CallStatus.INCOMING || current.answeredAt() != null || !isMine(current)
                || !enabled.get() || paused.get() || !shown.add(current.linkedId())) {
            return;
        }
        IncomingCallViewModel popup = new IncomingCallViewModel(current, session, ui, clock);
        popup.closedProperty().addListener((obs, was, closed) -> {
            if (closed) {
                popups.remove(popup);
            }
        });
        popups.add(popup);
    }

    private boolean isMine(Call call) {
        return call.operatorNumber() == null || session.numbers().contains(call.operatorNumber());
    }

    public void tick(Instant now) {
        popups.forEach(p -> p.tick(now));
    }

    public ObservableList<IncomingCallViewModel> popups() {
        return readOnlyPopups;
    }

    /** The "popups on" setting. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** "Pause popups" from the tray menu. */
    public BooleanProperty pausedProperty() {
        return paused;
    }
}
