package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.Presence;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.OperatorSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The colleagues the operator watches, with presence, and one click to call one or to pass the
 * call the operator is on to them (a blind transfer).
 */
public final class ColleaguesViewModel {

    private final Desk desk;
    private final OperatorSession session;
    private final UiThread ui;
    private final ObservableList<ColleagueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ColleagueRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper canTransfer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** The presence words, looked up by the presence's name. */
    static List<String> i18nKeys() {
        return java.util.Arrays.stream(Presence.values()).map(ColleaguesViewModel::presenceKey).toList();
    }

    private static String presenceKey(Presence p) {
        return "desk.presence." + p.name().toLowerCase(Locale.ROOT);
    }

    ColleaguesViewModel(Desk desk, OperatorSession session, UiThread ui) {
        this.desk = desk;
        this.session = session;
        this.ui = ui;
    }

    void refresh() {
        List<ColleagueRow> next = desk.colleagues().stream().map(this::row).toList();
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        canTransfer.set(answeredCall().isPresent());
    }

    private ColleagueRow row(Colleague c) {
        Presence p = desk.presence(c.extension());
        return new ColleagueRow(c.extension(), ColleagueTargets.label(c), p, presenceText(p));
    }

    static String presenceText(Presence p) {
        return lang(presenceKey(p));
    }

    /** The one call the operator is talking on, if exactly one. */
    Optional<Call> answeredCall() {
        List<Call> talking = session.liveCalls().stream().filter(c -> c.status() == CallStatus.ANSWERED).toList();
        return talking.size() == 1 ? Optional.of(talking.get(0)) : Optional.empty();
    }

    public void call(ColleagueRow row) {
        message.set("");
        ui.deliver(session.callBack(row.extension()), ok -> message.set(lang("desk.colleague.calling", row.label())),
                failure -> message.set(UiThread.messageOf(failure)));
    }

    /** Passes the call the operator is on to the colleague; the call's row shows how it goes. */
    public void transfer(ColleagueRow row) {
        Optional<Call> call = answeredCall();
        if (call.isEmpty()) {
            message.set(lang("desk.colleague.noCall"));
            return;
        }
        message.set("");
        ui.deliver(desk.blindTransfer(call.get().linkedId(), row.extension()), ok -> { },
                failure -> message.set(UiThread.messageOf(failure)));
    }

    public ObservableList<ColleagueRow> rows() { return readOnlyRows; }
    /** True while the operator talks on exactly one call, which a click can pass on. */
    public ReadOnlyBooleanProperty canTransferProperty() { return canTransfer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
