package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.HistoryCursor;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.HistoryRequest.Position;
import dev.ringside.ui.port.HistoryResult;
import dev.ringside.ui.port.HistorySort;
import dev.ringside.ui.port.OperatorSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call history, one page at a time in the chosen order. Pages are found from the rows on
 * screen (the page after the last row, before the first), never by counting rows from the top, so
 * paging stays as quick at the millionth call as at the first. At most one query runs at a time:
 * whatever is asked meanwhile (typing, calls arriving) makes one more query, for the latest state.
 */
public final class HistoryViewModel {

    public static final int PAGE_SIZE = 100;

    private final OperatorSession session;
    private final UiThread ui;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<HistorySort> sort = new ReadOnlyObjectWrapper<>(HistorySort.TIME);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(true);

    private final ObservableList<HistoryEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(false);

    /** Where the page on screen is: how it was found, and the row number of its first row. */
    private Position position = Position.FIRST;
    private HistoryCursor cursor;
    private long offset;
    private HistoryCursor previousCursor;
    private HistoryCursor nextCursor;
    private boolean inFlight;
    private boolean again;

    public HistoryViewModel(OperatorSession session, UiThread ui) {
        this.session = session;
        this.ui = ui;
        search.addListener((obs, o, n) -> firstPage());
        statusFilter.addListener((obs, o, n) -> firstPage());
        from.addListener((obs, o, n) -> firstPage());
        to.addListener((obs, o, n) -> firstPage());
    }

    /** The request for the page on screen (or about to be). */
    public HistoryRequest request() {
        StatusFilter filter = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        return new HistoryRequest(search.get(), filter.statuses(), filter.directions(), from.get(), to.get(),
                sort.get(), descending.get(), position, cursor, PAGE_SIZE);
    }

    public void firstPage() {
        go(Position.FIRST, null, 0);
    }

    public void nextPage() {
        if (canNext.get()) {
            go(Position.AFTER, nextCursor, offset + rows.size());
        }
    }

    public void previousPage() {
        if (canPrevious.get()) {
            go(Position.BEFORE, previousCursor, Math.max(0, offset - PAGE_SIZE));
        }
    }

    public void lastPage() {
        go(Position.LAST, null, -1);
    }

    /**
     * Orders by a column: the same column again turns the order round; another column starts
     * with its natural order (time: newest first; the others: smallest first).
     */
    public void sortBy(HistorySort column) {
        if (column == sort.get()) {
            descending.set(!descending.get());
        } else {
            sort.set(column);
            descending.set(column == HistorySort.TIME);
        }
        firstPage();
    }

    /** Orders by a column in a given direction (the table's header arrows). */
    public void sortBy(HistorySort column, boolean largestFirst) {
        if (column == sort.get() && largestFirst == descending.get()) {
            return;
        }
        sort.set(column);
        descending.set(largestFirst);
        firstPage();
    }

    private void go(Position where, HistoryCursor at, long firstRow) {
        position = where;
        cursor = at;
        offset = firstRow;
        refresh();
    }

    /** Reloads the page on screen and the counts (after a filter change, or history changed). */
    public void refresh() {
        if (inFlight) {
            again = true;
            return;
        }
        inFlight = true;
        again = false;
        HistoryRequest request = request();
        loading.set(true);
        ui.deliver(session.history(request), result -> answered(request, result), failure -> {
            finished();
            if (!again) {
                loading.set(false);
                message.set(lang("history.error.load", UiThread.messageOf(failure)));
            }
        });
    }

    private void answered(HistoryRequest request, HistoryResult result) {
        boolean stale = again;
        finished();
        if (stale) {
            return; // a newer question is on its way
        }
        loading.set(false);
        if (result.rows().isEmpty() && request.position() != Position.FIRST && result.total() > 0) {
            // the rows this page was found from are gone (filter changed underneath): start over
            firstPage();
            return;
        }
        if (request.position() == Position.BEFORE && result.previous() == null && result.rows().size() < PAGE_SIZE
                && result.total() > result.rows().size()) {
            // back at the top with a short page: show the full first page instead
            firstPage();
            return;
        }
        rows.setAll(result.rows());
        total.set(result.total());
        previousCursor = result.previous();
        nextCursor = result.next();
        canPrevious.set(previousCursor != null);
        canNext.set(nextCursor != null);
        if (request.position() == Position.LAST || offset < 0) {
            offset = Math.max(0, result.total() - result.rows().size());
        }
        if (previousCursor == null) {
            offset = 0;
        }
        countsText.set(result.byStatus().isEmpty() ? "" : describe(result.byStatus()));
        if (result.total() == 0) {
            boolean filtered = !request.text().isEmpty() || !request.statuses().isEmpty() || !request.directions().isEmpty()
                    || request.from() != null || request.to() != null;
            rangeText.set(filtered ? lang("history.range.noMatch") : lang("history.range.none"));
        } else {
            long first = offset + 1;
            long last = offset + result.rows().size();
            rangeText.set(result.totalExact() ? lang("history.range", first, last, result.total())
                    : lang("history.range.atLeast", first, last, result.total()));
        }
    }

    private void finished() {
        inFlight = false;
        if (again) {
            refresh();
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

    /** The number "Copy number" puts on the clipboard, as the PBX gave it; empty when the call has none. */
    public String numberToCopy(HistoryEntry entry) {
        String number = entry.call().otherPartyNumber();
        if (number == null || number.isBlank()) {
            message.set(lang("history.error.noNumber"));
            return "";
        }
        message.set(lang("history.copied", NumberText.of(number)));
        return number.strip();
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
    public ReadOnlyObjectProperty<HistorySort> sortProperty() { return sort.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty descendingProperty() { return descending.getReadOnlyProperty(); }
    public ObservableList<HistoryEntry> rows() { return rows; }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rangeTextProperty() { return rangeText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsTextProperty() { return countsText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPreviousProperty() { return canPrevious.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canNextProperty() { return canNext.getReadOnlyProperty(); }
}
