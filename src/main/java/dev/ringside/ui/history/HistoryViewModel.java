package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryPage;
import dev.ringside.ui.port.HistoryQuery;
import dev.ringside.ui.port.OperatorSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call history, one page at a time (newest first), so it stays quick with 100,000 rows: only
 * the page on screen is ever loaded.
 */
public final class HistoryViewModel {

    public static final int PAGE_SIZE = 100;

    private final OperatorSession session;
    private final UiThread ui;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final ObservableList<HistoryEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(false);
    /** Answers to older queries are dropped: the operator may type faster than the database answers. */
    private long generation;

    public HistoryViewModel(OperatorSession session, UiThread ui) {
        this.session = session;
        this.ui = ui;
        search.addListener((obs, o, n) -> firstPage());
        statusFilter.addListener((obs, o, n) -> firstPage());
        from.addListener((obs, o, n) -> firstPage());
        to.addListener((obs, o, n) -> firstPage());
    }

    public HistoryQuery query() {
        StatusFilter filter = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        return new HistoryQuery(search.get(), filter.statuses(), from.get(), to.get(), page.get() * PAGE_SIZE, PAGE_SIZE);
    }

    public void firstPage() {
        page.set(0);
        refresh();
    }

    public void nextPage() {
        if (canNext.get()) {
            page.set(page.get() + 1);
            refresh();
        }
    }

    public void previousPage() {
        if (canPrevious.get()) {
            page.set(page.get() - 1);
            refresh();
        }
    }

    public void lastPage() {
        if (total.get() > 0) {
            page.set((int) ((total.get() - 1) / PAGE_SIZE));
            refresh();
        }
    }

    /** Reloads the current page and the counts (after a filter change, or history changed). */
    public void refresh() {
        long mine = ++generation;
        HistoryQuery query = query();
        loading.set(true);
        ui.deliver(session.history(query), result -> {
            if (mine == generation) {
                show(query, result);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                message.set(lang("history.error.load", UiThread.messageOf(failure)));
            }
        });
        ui.deliver(session.statusCounts(query), counts -> {
            if (mine == generation) {
                countsText.set(describe(counts));
            }
        }, failure -> countsText.set(""));
    }

    private void show(HistoryQuery query, HistoryPage result) {
        loading.set(false);
        if (result.rows().isEmpty() && query.offset() > 0 && result.totalCount() > 0) {
            // the page we were on no longer exists (history shrank or filter changed underneath)
            lastPage();
            return;
        }
        rows.setAll(result.rows());
        total.set(result.totalCount());
        canPrevious.set(query.offset() > 0);
        canNext.set(query.offset() + result.rows().size() < result.totalCount());
        if (result.totalCount() == 0) {
            rangeText.set(query.text().isEmpty() && query.statuses().isEmpty() && query.from() == null && query.to() == null
                    ? lang("history.range.none") : lang("history.range.noMatch"));
        } else {
            rangeText.set(lang("history.range", query.offset() + 1L, query.offset() + (long) result.rows().size(),
                    result.totalCount()));
        }
    }

    static String describe(Map<CallStatus, Long> counts) {
        long answered = counts.getOrDefault(CallStatus.ANSWERED, 0L) + counts.getOrDefault(CallStatus.COMPLETED, 0L);
        long missed = counts.getOrDefault(CallStatus.MISSED, 0L);
        long rejected = counts.getOrDefault(CallStatus.REJECTED, 0L);
        return lang("history.counts", answered, missed, rejected);
    }

    /** Saves the note; the row shows it at once and the change is undone on failure. */
    public void editNotes(HistoryEntry entry, String notes) {
        String text = notes == null ? "" : notes.strip();
        int index = rows.indexOf(entry);
        Call.Builder b = entry.call().toBuilder();
        b.notes = text.isEmpty() ? null : text;
        HistoryEntry edited = entry.withCall(b.build());
        if (index >= 0) {
            rows.set(index, edited);
        }
        ui.deliver(session.updateNotes(entry.call().linkedId(), text), ok -> message.set(lang("history.note.saved")), failure -> {
            int at = rows.indexOf(edited);
            if (at >= 0) {
                rows.set(at, entry);
            }
            message.set(lang("history.error.note", UiThread.messageOf(failure)));
        });
    }

    public void callBack(HistoryEntry entry) {
        String number = entry.call().otherPartyNumber();
        if (number == null || number.isBlank()) {
            message.set(lang("history.error.noNumber"));
            return;
        }
        message.set(lang("history.calling", NumberText.of(number)));
        ui.deliver(session.callBack(number), ok -> { }, failure -> message.set(lang("history.error.callBack", UiThread.messageOf(failure))));
    }

    /** Shows a line under the table (what a row's action did). */
    public void showMessage(String text) {
        message.set(text);
    }

    /** "Add to contacts" and "Edit contact" for rows. */
    public HistoryContactsViewModel contacts() {
        return new HistoryContactsViewModel(session.contacts(), ui, this);
    }

    /** A missed call nobody has returned yet: the table makes it stand out. */
    public static boolean needsCallBack(HistoryEntry entry) {
        return entry.call().status() == CallStatus.MISSED && !entry.calledBack();
    }

    public List<StatusFilter> statusFilters() {
        return List.of(StatusFilter.values());
    }

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<StatusFilter> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<HistoryEntry> rows() { return rows; }
    public ReadOnlyIntegerProperty pageProperty() { return page.getReadOnlyProperty(); }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rangeTextProperty() { return rangeText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsTextProperty() { return countsText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPreviousProperty() { return canPrevious.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canNextProperty() { return canNext.getReadOnlyProperty(); }
}
