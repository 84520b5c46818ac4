package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Direction;
import dev.ringside.ui.DisplayText;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.OperatorSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dial box (Ctrl+L): a number typed in, or a name (or part of a number) looked up in the
 * history, is called from the operator's phone. Suggestions are the people the history knows,
 * newest first, one line per number.
 */
public final class DialViewModel {

    /** One person the history knows: how to show them, and the number to call. */
    public record Suggestion(String label, String number) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final int MAX_SUGGESTIONS = 8;
    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9][0-9 ()./\\-]{1,40}");

    private final OperatorSession session;
    private final UiThread ui;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean inFlight;
    private boolean again;

    public DialViewModel(OperatorSession session, UiThread ui) {
        this.session = session;
        this.ui = ui;
        text.addListener((obs, o, n) -> lookUp());
    }

    private void lookUp() {
        String t = text.get() == null ? "" : text.get().strip();
        if (t.length() < 2) {
            suggestions.clear();
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        inFlight = true;
        again = false;
        HistoryRequest request = new HistoryRequest(t, Set.of(), Set.of(), null, null,
                dev.ringside.ui.port.HistorySort.TIME, true, HistoryRequest.Position.FIRST, null, 100);
        ui.deliver(session.history(request), result -> {
            inFlight = false;
            if (again) {
                lookUp();
                return;
            }
            suggestions.setAll(distinct(result.rows()));
        }, failure -> {
            inFlight = false;
            suggestions.clear();
            if (again) {
                lookUp();
            }
        });
    }

    /** One suggestion per number, the newest call's name with it. */
    static List<Suggestion> distinct(List<HistoryEntry> rows) {
        Map<String, Suggestion> byNumber = new LinkedHashMap<>();
        for (HistoryEntry e : rows) {
            String number = e.call().otherPartyNumber();
            if (number == null || NumberText.of(number).isBlank() || byNumber.size() >= MAX_SUGGESTIONS) {
                continue;
            }
            String key = number.replaceAll("\\D", "");
            if (key.isEmpty() || byNumber.containsKey(key)) {
                continue;
            }
            String name = e.call().direction() == Direction.OUTBOUND ? "" : DisplayText.of(e.call().callerName(), DisplayText.NAME);
            String shown = DisplayText.of(NumberText.of(number), DisplayText.NUMBER);
            byNumber.put(key, new Suggestion(name.isEmpty() ? shown : name + "  \u00b7  " + shown, number.strip()));
        }
        return List.copyOf(byNumber.values());
    }

    /** Calls a chosen suggestion. */
    public void dial(Suggestion chosen) {
        call(chosen.number());
    }

    /**
     * Enter or the Call button: a number is called as typed; a name is called when the history
     * knows exactly one number for it, else the operator is asked to pick one.
     */
    public void dial() {
        String t = text.get() == null ? "" : text.get().strip();
        if (t.isEmpty()) {
            message.set(lang("dial.error.empty"));
        } else if (DIALLABLE.matcher(t).matches()) {
            call(t);
        } else if (suggestions.size() == 1) {
            call(suggestions.get(0).number());
        } else if (suggestions.isEmpty()) {
            message.set(lang("dial.error.unknown", DisplayText.of(t, DisplayText.NAME)));
        } else {
            message.set(lang("dial.error.choose"));
        }
    }

    private void call(String number) {
        String shown = NumberText.of(number);
        message.set(lang("dial.calling", shown));
        ui.deliver(session.callBack(number), ok -> text.set(""),
                failure -> message.set(lang("dial.error.failed", shown, UiThread.messageOf(failure))));
    }

    public StringProperty textProperty() { return text; }
    public ObservableList<Suggestion> suggestions() { return suggestions; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
