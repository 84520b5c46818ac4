package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.TimeText;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window of a call the operator accepted and is now talking on: who, for how long, and its controls. */
public final class CallWindowViewModel {

    private final CallControlsViewModel controls;
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper talkTime = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private Call call;

    CallWindowViewModel(CallControlsViewModel controls) {
        this.controls = controls;
        callChanged(controls.call());
    }

    public String linkedId() {
        return call.linkedId();
    }

    void callChanged(Call current) {
        call = current;
        // what the caller sent is cleaned (no direction overrides) and cut to a sane width
        String n = dev.ringside.ui.DisplayText.of(NumberText.of(current.callerNumber()), dev.ringside.ui.DisplayText.NUMBER);
        number.set(n.isEmpty() ? lang("live.unknownNumber") : n);
        String callerName = dev.ringside.ui.DisplayText.of(current.callerName(), dev.ringside.ui.DisplayText.NAME);
        name.set(callerName.isEmpty()
                || callerName.equals(dev.ringside.ui.DisplayText.of(current.callerNumber(), dev.ringside.ui.DisplayText.NAME))
                ? "" : callerName);
        if (current.status().isTerminal()) {
            closed.set(true);
        }
    }

    void tick(Instant now) {
        Instant from = call.answeredAt() != null ? call.answeredAt() : call.startedAt();
        talkTime.set(TimeText.duration(Duration.between(from, now)));
    }

    /** Closing by hand: the call goes on, its controls stay in the "Now" list. */
    public void dismiss() {
        closed.set(true);
    }

    public CallControlsViewModel controls() { return controls; }
    public ReadOnlyStringProperty numberProperty() { return number.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty talkTimeProperty() { return talkTime.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty closedProperty() { return closed.getReadOnlyProperty(); }
}
