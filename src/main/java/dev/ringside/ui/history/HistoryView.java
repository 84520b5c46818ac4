package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.Dialogs;
import dev.ringside.ui.PhoneNumbers;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.port.HistoryEntry;
import java.time.Clock;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;

/** The history part of the main window: filters, the table of one page, and the pager. */
public final class HistoryView {

    private static final PseudoClass NEEDS_CALL_BACK = PseudoClass.getPseudoClass("needs-call-back");

    private final HistoryViewModel model;
    private final Clock clock;

    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<HistoryEntry> table;
    @FXML private TableColumn<HistoryEntry, String> timeColumn;
    @FXML private TableColumn<HistoryEntry, String> callerColumn;
    @FXML private TableColumn<HistoryEntry, String> nameColumn;
    @FXML private TableColumn<HistoryEntry, String> calledColumn;
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
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        table.setItems(model.rows());
        text(timeColumn, e -> TimeText.timestamp(e.call().startedAt(), clock));
        text(callerColumn, e -> {
            String number = PhoneNumbers.format(e.call().otherPartyNumber());
            String who = dev.ringside.ui.contacts.ContactText.join(e.contactName(), e.company());
            return who.isEmpty() ? number : who + " \u00b7 " + number;
        });
        text(nameColumn, e -> Optional.ofNullable(e.call().callerName()).orElse(""));
        text(calledColumn, e -> {
            Call c = e.call();
            String to = c.operatorNumber() != null ? c.operatorNumber() : c.receiverNumber();
            return PhoneNumbers.format(to) + (c.queue() == null || c.queue().isBlank() ? "" : " \u00b7 " + c.queue());
        });
        text(ringColumn, e -> TimeText.duration(e.call().ringTime()));
        text(talkColumn, e -> e.call().answeredAt() == null ? "\u2013" : TimeText.duration(e.call().talkTime()));
        text(notesColumn, e -> Optional.ofNullable(e.call().notes()).orElse(""));
        statusColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        statusColumn.setCellFactory(col -> new StatusCell());
        actionColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        actionColumn.setCellFactory(col -> new CallBackCell());

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
        MenuItem note = new MenuItem(lang("history.editNote"));
        note.setAccelerator(new KeyCodeCombination(KeyCode.F2));
        note.setOnAction(e -> selected().ifPresent(this::editNote));
        ContextMenu rowMenu = new ContextMenu(callBack, note);
        HistoryContactMenu.install(table, rowMenu, model.contacts());
        table.setContextMenu(rowMenu);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                selected().ifPresent(this::editNote);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                selected().ifPresent(model::callBack);
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

    private Optional<HistoryEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void editNote(HistoryEntry entry) {
        TextInputDialog dialog = new TextInputDialog(Optional.ofNullable(entry.call().notes()).orElse(""));
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(lang("history.note.title"));
        dialog.setHeaderText(lang("history.note.header", PhoneNumbers.format(entry.call().otherPartyNumber()),
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

    private static void text(TableColumn<HistoryEntry, String> column, Function<HistoryEntry, String> value) {
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
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

        private static String label(HistoryEntry e) {
            return switch (e.call().status()) {
                case INCOMING -> lang("history.status.incoming");
                case DIALING -> lang("history.status.dialing");
                case ANSWERED -> lang("history.status.answered");
                case COMPLETED -> lang("history.status.completed");
                case MISSED -> e.calledBack() ? lang("history.status.calledBack") : lang("history.status.missed");
                case REJECTED -> lang("history.status.rejected");
                case UNANSWERED -> lang("history.status.unanswered");
            };
        }
    }

    private final class CallBackCell extends TableCell<HistoryEntry, HistoryEntry> {
        private final Button button = new Button();

        CallBackCell() {
            button.setGraphic(new FontIcon("mdi2p-phone-outgoing"));
            button.getStyleClass().add("flat");
            button.setFocusTraversable(false);
            button.setTooltip(new javafx.scene.control.Tooltip(lang("history.callBack.tooltip")));
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
