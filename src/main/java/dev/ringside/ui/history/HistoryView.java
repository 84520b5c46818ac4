package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.ui.DateField;
import dev.ringside.ui.Dialogs;
import dev.ringside.ui.DisplayText;
import dev.ringside.ui.i18n.Localization;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistorySort;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history part of the main window: filters, the table of one page, and the pager. A click on
 * a column header orders the whole history by it (the model asks the store; the table itself
 * never sorts its one page).
 */
public final class HistoryView {

    private static final PseudoClass NEEDS_CALL_BACK = PseudoClass.getPseudoClass("needs-call-back");

    private final HistoryViewModel model;
    private final Clock clock;
    private Map<TableColumn<HistoryEntry, ?>, HistorySort> sortable;
    private boolean showingSort;

    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<HistoryEntry> table;
    @FXML private TableColumn<HistoryEntry, String> timeColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> partyColumn;
    @FXML private TableColumn<HistoryEntry, String> nameColumn;
    @FXML private TableColumn<HistoryEntry, String> lineColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> statusColumn;
    @FXML private TableColumn<HistoryEntry, String> ringColumn;
    @FXML private TableColumn<HistoryEntry, String> talkColumn;
    @FXML private TableColumn<HistoryEntry, String> notesColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> actionColumn;
    @FXML private Label rangeLabel;
    @FXML private Label countsLabel;
    @FXML private Label messageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button firstButton;
    @FXML private Button lastButton;

    public HistoryView(HistoryViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        statusBox.getItems().setAll(model.statusFilters());
        statusBox.valueProperty().bindBidirectional(model.statusFilterProperty());
        fromPicker.setConverter(new DateField(Localization.formatLocale()));
        toPicker.setConverter(new DateField(Localization.formatLocale()));
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        table.setItems(model.rows());
        text(timeColumn, e -> TimeText.timestamp(e.call().startedAt(), clock));
        partyColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        partyColumn.setCellFactory(col -> new PartyCell());
        text(nameColumn, e -> e.call().direction() == Direction.OUTBOUND ? ""
                : DisplayText.of(e.call().callerName(), DisplayText.NAME));
        text(lineColumn, HistoryView::line);
        text(ringColumn, e -> TimeText.duration(ringTime(e, clock.instant())));
        text(talkColumn, HistoryView::talk);
        text(notesColumn, e -> Optional.ofNullable(e.call().notes()).map(n -> DisplayText.of(n, 200)).orElse(""));
        statusColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        statusColumn.setCellFactory(col -> new StatusCell());
        actionColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        actionColumn.setCellFactory(col -> new CallBackCell());
        installSorting();
        ColumnFit.headings(table);
        ColumnFit.noNarrowerThanItsColumns(table);
        ColumnFit.content(table, statusColumn, statusLabels(), "chip");
        ColumnFit.content(table, timeColumn, sampleTimes());
        ColumnFit.content(table, ringColumn, List.of("88:88", "8:88:88"));
        ColumnFit.content(table, talkColumn, List.of("88:88", "8:88:88"));
        // the number column's arrow takes about four digits' room
        ColumnFit.content(table, partyColumn, List.of("8888" + NumberText.of("+442079460958"),
                "8888" + NumberText.of("+79123456789"), "8888" + NumberText.of("+12025550123")));
        keepLiveRowsTicking();

        table.setRowFactory(t -> {
            TableRow<HistoryEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(NEEDS_CALL_BACK, !empty && item != null && HistoryViewModel.needsCallBack(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editNote(row.getItem());
                }
            });
            return row;
        });
        MenuItem callBack = new MenuItem(lang("history.callBack"));
        callBack.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        callBack.setOnAction(e -> selected().ifPresent(model::callBack));
        MenuItem copy = new MenuItem(lang("history.copyNumber"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> selected().ifPresent(this::copyNumber));
        MenuItem note = new MenuItem(lang("history.editNote"));
        note.setAccelerator(new KeyCodeCombination(KeyCode.F2));
        note.setOnAction(e -> selected().ifPresent(this::editNote));
        ContextMenu rowMenu = new ContextMenu(callBack, copy, note);
        HistoryContactMenu.install(table, rowMenu, model.contacts());
        table.setContextMenu(rowMenu);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                selected().ifPresent(this::editNote);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                selected().ifPresent(model::callBack);
                e.consume();
            } else if (e.getCode() == KeyCode.C && e.isShortcutDown()) {
                selected().ifPresent(this::copyNumber);
                e.consume();
            }
        });

        rangeLabel.textProperty().bind(model.rangeTextProperty());
        countsLabel.textProperty().bind(model.countsTextProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        previousButton.disableProperty().bind(model.canPreviousProperty().not());
        firstButton.disableProperty().bind(model.canPreviousProperty().not());
        nextButton.disableProperty().bind(model.canNextProperty().not());
        lastButton.disableProperty().bind(model.canNextProperty().not());
    }

    /** Header clicks ask the model for the whole history in that order; the arrows follow the model. */
    private void installSorting() {
        sortable = Map.of(timeColumn, HistorySort.TIME, partyColumn, HistorySort.PARTY, nameColumn, HistorySort.NAME,
                statusColumn, HistorySort.STATUS, ringColumn, HistorySort.RING, talkColumn, HistorySort.TALK);
        table.setSortPolicy(t -> {
            if (!showingSort) {
                if (t.getSortOrder().isEmpty()) {
                    model.sortBy(HistorySort.TIME, true);
                } else {
                    TableColumn<HistoryEntry, ?> column = t.getSortOrder().get(0);
                    HistorySort sort = sortable.get(column);
                    if (sort != null) {
                        model.sortBy(sort, column.getSortType() == TableColumn.SortType.DESCENDING);
                    }
                }
                showSort();
            }
            return true;
        });
        model.sortProperty().addListener((obs, o, n) -> showSort());
        model.descendingProperty().addListener((obs, o, n) -> showSort());
        showSort();
    }

    private void showSort() {
        showingSort = true;
        try {
            sortable.forEach((column, sort) -> {
                if (sort == model.sortProperty().get()) {
                    column.setSortType(model.descendingProperty().get()
                            ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                }
            });
            TableColumn<HistoryEntry, ?> current = sortable.entrySet().stream()
                    .filter(e -> e.getValue() == model.sortProperty().get()).map(Map.Entry::getKey).findFirst().orElseThrow();
            if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != current) {
                table.getSortOrder().setAll(current);
            }
        } finally {
            showingSort = false;
        }
    }

    private Optional<HistoryEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void copyNumber(HistoryEntry entry) {
        String number = model.numberToCopy(entry);
        if (!number.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(number);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void editNote(HistoryEntry entry) {
        TextInputDialog dialog = new TextInputDialog(Optional.ofNullable(entry.call().notes()).orElse(""));
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(lang("history.note.title"));
        dialog.setHeaderText(lang("history.note.header", NumberText.of(entry.call().otherPartyNumber()),
                TimeText.timestamp(entry.call().startedAt(), clock)));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
        dialog.getEditor().setPrefColumnCount(36);
        dialog.getDialogPane().getScene().getStylesheets().setAll(table.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().addAll(table.getScene().getRoot().getStyleClass());
        dialog.showAndWait().ifPresent(text -> model.editNotes(entry, text));
    }

    /** Focus the search field (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Which of the operator's numbers the call was on, and the queue it came through. */
    static String line(HistoryEntry e) {
        Call c = e.call();
        String mine = c.operatorNumber() != null ? c.operatorNumber()
                : c.direction() == Direction.OUTBOUND ? c.callerNumber() : c.receiverNumber();
        String shown = DisplayText.of(NumberText.of(mine), DisplayText.SHORT);
        return c.queue() == null || c.queue().isBlank() ? shown
                : lang("history.line.queue", shown, DisplayText.of(c.queue(), DisplayText.SHORT));
    }

    /** How long it rang: as recorded, or for a call still ringing, so far. */
    static java.time.Duration ringTime(HistoryEntry e, java.time.Instant now) {
        if (e.ringTime() != null) {
            return e.ringTime();
        }
        CallStatus s = e.call().status();
        return (s == CallStatus.INCOMING || s == CallStatus.DIALING) && e.call().startedAt() != null
                ? java.time.Duration.between(e.call().startedAt(), now) : null;
    }

    /** While a shown row is still ringing, its ring time counts up once a second (only while the table is on screen). */
    private void keepLiveRowsTicking() {
        javafx.animation.Timeline tick = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1), e -> {
                    if (table.getItems().stream().anyMatch(r -> r.ringTime() == null && ringTime(r, clock.instant()) != null)) {
                        table.refresh();
                    }
                }));
        tick.setCycleCount(javafx.animation.Animation.INDEFINITE);
        table.sceneProperty().addListener((obs, o, scene) -> {
            if (scene == null) {
                tick.stop();
            } else {
                tick.play();
            }
        });
    }

    private static String talk(HistoryEntry e) {
        boolean talked = e.talkTime() != null && !e.talkTime().isZero()
                || e.call().status() == CallStatus.ANSWERED || e.call().status() == CallStatus.COMPLETED;
        return talked ? TimeText.duration(e.talkTime()) : "\u2013";
    }

    private static void text(TableColumn<HistoryEntry, String> column, Function<HistoryEntry, String> value) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    }

    /** Times as long as the time column shows them: today, yesterday, a day this year, and a September of a past year. */
    private List<String> sampleTimes() {
        ZonedDateTime late = ZonedDateTime.now(clock).withHour(23).withMinute(58);
        List<String> times = new ArrayList<>();
        for (ZonedDateTime t : List.of(late, late.minusDays(1), late.minusDays(2),
                late.minusYears(1).withMonth(9).withDayOfMonth(28))) {
            times.add(TimeText.timestamp(t.toInstant(), clock));
        }
        return times;
    }

    /** Every text the status column can show. */
    private static List<String> statusLabels() {
        List<String> labels = new ArrayList<>();
        for (CallStatus status : CallStatus.values()) {
            labels.add(label(status, false, false));
            labels.add(label(status, true, false));
            labels.add(label(status, false, true));
        }
        return labels;
    }

    @FXML private void previousPage() { model.previousPage(); }
    @FXML private void nextPage() { model.nextPage(); }
    @FXML private void firstPage() { model.firstPage(); }
    @FXML private void lastPage() { model.lastPage(); }

    @FXML
    private void clearFilters() {
        model.searchProperty().set("");
        model.statusFilterProperty().set(StatusFilter.ALL);
        model.fromProperty().set(null);
        model.toProperty().set(null);
    }

    /** The other party's number, after an arrow that says which way the call went. */
    private static final class PartyCell extends TableCell<HistoryEntry, HistoryEntry> {
        private final FontIcon icon = new FontIcon();
        private final Tooltip way = new Tooltip();

        @Override
        protected void updateItem(HistoryEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Call c = item.call();
            String number = DisplayText.of(NumberText.of(c.otherPartyNumber()), DisplayText.NUMBER);
            if (number.isEmpty()) {
                number = lang("live.unknownNumber");
            }
            // the contact the number belongs to, when the contacts know it
            String who = DisplayText.of(dev.ringside.ui.contacts.ContactText.join(item.contactName(), item.company()),
                    DisplayText.NAME);
            setText(who.isEmpty() ? number : who + " \u00b7 " + number);
            String[] look = switch (c.direction()) {
                case OUTBOUND -> new String[] {"mdi2a-arrow-top-right", "dir-out", "history.direction.outbound"};
                case INTERNAL -> new String[] {"mdi2s-swap-horizontal", "dir-internal", "history.direction.internal"};
                default -> new String[] {"mdi2a-arrow-bottom-left", "dir-in", "history.direction.inbound"};
            };
            icon.setIconLiteral(look[0]);
            icon.getStyleClass().setAll("ikonli-font-icon", look[1]);
            way.setText(directionText(c.direction()));
            setGraphic(icon);
            setTooltip(way);
            setAccessibleText(way.getText() + " " + getText());
        }
    }

    static String directionText(Direction d) {
        return switch (d) {
            case OUTBOUND -> lang("history.direction.outbound");
            case INTERNAL -> lang("history.direction.internal");
            case INBOUND -> lang("history.direction.inbound");
        };
    }

    private static final class StatusCell extends TableCell<HistoryEntry, HistoryEntry> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(HistoryEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            CallStatus status = item.call().status();
            chip.setText(label(item));
            chip.getStyleClass().setAll("chip", "status-" + status.wireName());
            if (status == CallStatus.MISSED && item.calledBack()) {
                chip.getStyleClass().add("called-back");
            }
            setGraphic(chip);
        }
    }

    /** The status word: a missed call the operator had accepted in the app reads differently from a plain miss. */
    static String label(HistoryEntry e) {
        return label(e.call().status(), e.calledBack(), e.call().acceptedAt() != null);
    }

    private static String label(CallStatus status, boolean calledBack, boolean accepted) {
        return switch (status) {
            case INCOMING -> lang("history.status.incoming");
            case DIALING -> lang("history.status.dialing");
            case ANSWERED -> lang("history.status.answered");
            case COMPLETED -> lang("history.status.completed");
            case MISSED -> calledBack ? lang("history.status.calledBack")
                    : accepted ? lang("history.status.acceptedNotPickedUp")
                    : lang("history.status.missed");
            case REJECTED -> lang("history.status.rejected");
            case UNANSWERED -> lang("history.status.unanswered");
        };
    }

    private final class CallBackCell extends TableCell<HistoryEntry, HistoryEntry> {
        private final Button button = new Button();

        CallBackCell() {
            button.setGraphic(new FontIcon("mdi2p-phone-outgoing"));
            button.getStyleClass().add("flat");
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(lang("history.callBack.tooltip")));
            button.setOnAction(e -> {
                if (getItem() != null) {
                    model.callBack(getItem());
                }
            });
        }

        @Override
        protected void updateItem(HistoryEntry item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : button);
        }
    }
}
