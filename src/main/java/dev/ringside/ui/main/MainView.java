package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.call.Call;
import dev.ringside.ui.ViewLoader;
import dev.ringside.ui.history.HistoryView;
import dev.ringside.ui.history.StatusFilter;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: header, live calls and (included) history. */
public final class MainView {

    /** What the header buttons open; the shell decides how. */
    public interface Actions {
        void openSettings();

        void openAbout();

        void logout();
    }

    private static final double LIVE_ROW = 52;

    private final MainViewModel model;
    private final Actions actions;
    private final HistoryView historyView;

    @FXML private Label operatorLabel;
    @FXML private Label numbersLabel;
    @FXML private Label connectionChip;
    @FXML private Button missedButton;
    @FXML private Label liveCount;
    @FXML private Label setupWarning;
    @FXML private ListView<Call> liveList;

    public MainView(MainViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        this.historyView = new HistoryView(model.history(), model.clock());
    }

    public Parent load() {
        return ViewLoader.load(this, historyView);
    }

    @FXML
    private void initialize() {
        operatorLabel.textProperty().bind(model.operatorProperty());
        numbersLabel.textProperty().bind(model.numbersProperty().map(n -> lang("main.numbers", n)));
        model.chipProperty().addListener((obs, o, chip) -> showChip(chip));
        showChip(model.chipProperty().get());

        setupWarning.textProperty().bind(model.setupWarningProperty());
        setupWarning.visibleProperty().bind(model.setupWarningProperty().isNotEmpty());
        setupWarning.managedProperty().bind(setupWarning.visibleProperty());
        missedButton.textProperty().bind(model.missedTextProperty());
        missedButton.visibleProperty().bind(model.unseenMissedProperty().greaterThan(0));
        missedButton.managedProperty().bind(missedButton.visibleProperty());

        liveList.setItems(model.liveCalls());
        liveList.setCellFactory(list -> new LiveCallCell());
        liveList.setFixedCellSize(LIVE_ROW);
        model.liveCalls().addListener((ListChangeListener<Call>) c -> sizeLiveList());
        model.nowProperty().addListener((obs, o, now) -> liveList.refresh());
        model.liveContacts().addListener((javafx.collections.MapChangeListener<String, String>) c -> liveList.refresh());
        sizeLiveList();

        operatorLabel.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                installAccelerators(scene);
            }
        });
    }

    private void showChip(ConnectionChip chip) {
        connectionChip.setText(chip.text());
        connectionChip.getStyleClass().removeAll("ok", "warn", "error", "idle");
        connectionChip.getStyleClass().add(chip.style());
        connectionChip.setTooltip(chip.detail().isEmpty() ? null : new javafx.scene.control.Tooltip(chip.detail()));
    }

    private void sizeLiveList() {
        int n = model.liveCalls().size();
        liveCount.setText(n == 0 ? "" : plural("main.live.count", n));
        double h = Math.max(1, Math.min(4, n)) * LIVE_ROW + 2;
        liveList.setPrefHeight(h);
        liveList.setMinHeight(h);
    }

    private void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), historyView::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model.history()::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), actions::openSettings);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN), model.history()::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN), model.history()::previousPage);
    }

    @FXML
    private void showMissed() {
        model.history().statusFilterProperty().set(StatusFilter.MISSED);
        model.markMissedSeen();
    }

    @FXML private void openSettings() { actions.openSettings(); }

    private javafx.stage.Stage contactsWindow;

    /** One Contacts window; opening it again brings it to the front. */
    @FXML
    private void openContacts() {
        if (contactsWindow != null) {
            contactsWindow.show();
            contactsWindow.toFront();
            return;
        }
        dev.ringside.ui.contacts.ContactsViewModel contacts = model.newContacts();
        if (contacts == null) {
            return;
        }
        dev.ringside.ui.contacts.ContactsView view = new dev.ringside.ui.contacts.ContactsView(contacts, dev.ringside.ui.UiThread.fx());
        javafx.scene.Scene scene = new javafx.scene.Scene(view.load());
        if (liveList.getScene() != null) {
            scene.getStylesheets().setAll(liveList.getScene().getStylesheets());
        }
        contactsWindow = new javafx.stage.Stage();
        contactsWindow.setTitle(dev.ringside.ui.i18n.Localization.lang("contacts.title"));
        contactsWindow.setScene(scene);
        if (liveList.getScene() != null) {
            contactsWindow.initOwner(liveList.getScene().getWindow());
        }
        contactsWindow.setOnHidden(e -> contactsWindow = null);
        contactsWindow.show();
        view.focusSearch();
    }
    @FXML private void openAbout() { actions.openAbout(); }
    @FXML private void logout() { actions.logout(); }

    private final class LiveCallCell extends ListCell<Call> {
        private final FontIcon icon = new FontIcon();
        private final Label party = new Label();
        private final Label line = new Label();
        private final Label state = new Label();
        private final HBox box;

        LiveCallCell() {
            party.getStyleClass().add("live-party");
            line.getStyleClass().add("muted");
            state.getStyleClass().add("live-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, party, line);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(12, icon, text, spacer, state);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Call call, boolean empty) {
            super.updateItem(call, empty);
            if (empty || call == null) {
                setGraphic(null);
                return;
            }
            boolean ringing = call.answeredAt() == null;
            icon.setIconLiteral(ringing ? "mdi2p-phone-ring" : "mdi2p-phone-in-talk");
            icon.getStyleClass().setAll("ikonli-font-icon", ringing ? "live-ringing" : "live-talking");
            party.setText(LiveCallText.party(call, model.liveContacts().get(call.linkedId())));
            line.setText(LiveCallText.line(call));
            Instant now = model.nowProperty().get();
            state.setText(LiveCallText.state(call, now));
            setGraphic(box);
        }
    }
}
