package dev.ringside.ui.desk;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Subscription;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which call windows are open: one for each call the operator accepted in the app, from the
 * moment it is answered until it ends (or the operator closes it). The incoming-call window
 * closes on the answer; this one takes its place with the call's controls.
 */
public final class CallWindowsViewModel {

    private final DeskViewModel desk;
    private final OperatorSession session;
    private final UiThread ui;
    private final ObservableList<CallWindowViewModel> windows = FXCollections.observableArrayList();
    private final ObservableList<CallWindowViewModel> readOnlyWindows = FXCollections.unmodifiableObservableList(windows);
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final Set<String> shown = new HashSet<>();
    private Subscription subscription;

    public CallWindowsViewModel(DeskViewModel desk, OperatorSession session, UiThread ui) {
        this.desk = desk;
        this.session = session;
        this.ui = ui;
    }

    public void start() {
        subscription = session.addCallListener((before, now) -> ui.run(() -> callChanged(now)));
        ui.run(() -> session.liveCalls().forEach(this::callChanged));
    }

    public void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        windows.clear();
    }

    void callChanged(Call current) {
        for (CallWindowViewModel w : windows) {
            if (w.linkedId().equals(current.linkedId())) {
                w.callChanged(current);
                if (w.closedProperty().get()) {
                    windows.remove(w);
                }
                return;
            }
        }
        if (enabled.get() && current.status() == CallStatus.ANSWERED && current.acceptedAt() != null
                && shown.add(current.linkedId())) {
            CallWindowViewModel w = new CallWindowViewModel(desk.controls(current));
            w.closedProperty().addListener((obs, o, closed) -> {
                if (closed) {
                    windows.remove(w);
                }
            });
            windows.add(w);
        }
    }

    public void tick(Instant now) {
        windows.forEach(w -> w.tick(now));
    }

    public ObservableList<CallWindowViewModel> windows() { return readOnlyWindows; }
    /** Off with the incoming-call windows (Settings). */
    public BooleanProperty enabledProperty() { return enabled; }
}
