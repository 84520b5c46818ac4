package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.desk.BreakState;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.Desk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operator's break: whether one is on, since when and why (for the header and the tray), the
 * reasons to pick from, and taking or ending one in every queue.
 */
public final class BreakViewModel {

    /** The app's own reasons, where the administrator gave none. */
    static final List<String> DEFAULT_REASON_KEYS = List.of("desk.break.reason.lunch", "desk.break.reason.short",
            "desk.break.reason.training", "desk.break.reason.afterCall");

    static List<String> i18nKeys() {
        return DEFAULT_REASON_KEYS;
    }

    private final Desk desk;
    private final UiThread ui;
    private final ReadOnlyBooleanWrapper onBreak = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper chip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    /** Kept in a field: a wrapper made per call would be garbage-collected under the view's listener. */
    private final ObservableList<String> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);
    private BreakState state = BreakState.NONE;
    private Instant now = Instant.EPOCH;

    BreakViewModel(Desk desk, UiThread ui) {
        this.desk = desk;
        this.ui = ui;
        List<String> given = desk.breakReasons();
        reasons.setAll(given.isEmpty() ? DEFAULT_REASON_KEYS.stream().map(k -> lang(k)).toList() : given);
    }

    void refresh(Instant at) {
        state = desk.breakState();
        onBreak.set(state.onBreak());
        tick(at);
    }

    void tick(Instant at) {
        now = at;
        chip.set(state.onBreak() ? chipText() : "");
    }

    private Duration lasted() {
        return state.since() == null ? Duration.ZERO : Duration.between(state.since(), now);
    }

    private String chipText() {
        String time = TimeText.duration(lasted());
        return state.reason().isBlank() ? lang("desk.break.chip", time) : lang("desk.break.chipReason", state.reason(), time);
    }

    /** For the tray's tooltip: "on a break (Lunch) for 12 min", or "" when working. */
    public String trayText() {
        if (!state.onBreak()) {
            return "";
        }
        long minutes = lasted().toMinutes();
        return state.reason().isBlank() ? lang("desk.break.tray", minutes)
                : lang("desk.break.trayReason", state.reason(), minutes);
    }

    /** Pauses the operator in every queue, with the reason. */
    public void takeBreak(String reason) {
        run(desk.pause(null, reason));
    }

    public void endBreak() {
        run(desk.unpause(null));
    }

    private void run(java.util.concurrent.CompletableFuture<Void> action) {
        busy.set(true);
        error.set("");
        ui.deliver(action, ok -> busy.set(false), failure -> {
            busy.set(false);
            error.set(UiThread.messageOf(failure));
        });
    }

    public ReadOnlyBooleanProperty onBreakProperty() { return onBreak.getReadOnlyProperty(); }
    /** "On a break · Lunch · 12:34", "" when working. */
    public ReadOnlyStringProperty chipProperty() { return chip.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObservableList<String> reasons() { return readOnlyReasons; }
}
