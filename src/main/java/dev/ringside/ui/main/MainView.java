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
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
    /** With a desk each live call has a second line: its controls and how the last action went. */
    private static final double LIVE_ROW_WITH_CONTROLS = 94;

    private final MainViewModel model;
    private final Actions actions;
    private final HistoryView historyView;

    @FXML private HBox header;
    @FXML private Button contactsButton;
    @FXML private Button settingsButton;
    @FXML private Button aboutButton;
    @FXML private Button logoutButton;
    @FXML private Label operatorLabel;
    @FXML private Label numbersLabel;
    @FXML private Label connectionChip;
    @FXML private Button missedButton;
    @FXML private Label liveCount;
    /** The last word of a transfer whose call has left "Now" (a blind transfer ends the call at once). */
    @FXML private Label transferOutcome;
    @FXML private Label setupWarning;
    @FXML private ListView<Call> liveList;
    @FXML private TextField dialField;
    @FXML private Label dialMessage;
    private final ContextMenu dialSuggestions = new ContextMenu();
    @FXML private HBox deskHeader;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.layout.StackPane deskSlot;

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
        liveList.setFixedCellSize(liveRow());
        model.liveCalls().addListener((ListChangeListener<Call>) c -> sizeLiveList());
        // each cell follows the clock and its call's contact itself: redrawing the list every second
        // would rebuild its cells and close a call's open transfer menu
        sizeLiveList();

        dialField.textProperty().bindBidirectional(model.dial().textProperty());
        dialMessage.textProperty().bind(model.dial().messageProperty());
        dialMessage.tooltipProperty().bind(model.dial().messageProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        model.dial().suggestions().addListener((ListChangeListener<DialViewModel.Suggestion>) c -> showSuggestions());
        dialField.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                dialSuggestions.hide();
            }
        });

        installDesk();

        header.widthProperty().addListener((obs, o, w) -> fitHeader());
        missedButton.visibleProperty().addListener((obs, o, v) -> fitHeader());
        missedButton.textProperty().addListener((obs, o, v) -> fitHeader());
        // the break's chip comes and goes: the header may have to go compact (measured after the
        // header's layout, which this change happens in)
        deskHeader.widthProperty().addListener((obs, o, w) -> javafx.application.Platform.runLater(this::fitHeader));

        operatorLabel.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                installAccelerators(scene);
            }
        });
    }

    /**
     * Where the header has no room for the buttons' words (a narrow window, 150 % scaling, Russian),
     * they show their icons only and say their words in the tooltip.
     */
    private void fitHeader() {
        List<Button> buttons = List.of(contactsButton, settingsButton, aboutButton, logoutButton);
        // the window may be as narrow as the header with icons only: it never grows for the words
        buttons.forEach(b -> b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY));
        header.setMinWidth(header.prefWidth(-1));
        buttons.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
        boolean compact = header.getWidth() > 0 && header.getWidth() < header.prefWidth(-1);
        buttons.forEach(b -> b.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
    }

    /** The desk's break in the header and its panel beside the calls; without a desk the calls take the room. */
    private void installDesk() {
        if (model.desk().isEmpty()) {
            split.getItems().remove(deskSlot);
            deskHeader.setVisible(false);
            deskHeader.setManaged(false);
            return;
        }
        dev.ringside.ui.desk.DeskViewModel desk = model.desk().get();
        deskHeader.getChildren().setAll(new dev.ringside.ui.desk.BreakHeaderView(desk.breaks()).load());
        transferOutcome.textProperty().bind(desk.lastTransferProperty());
        deskSlot.getChildren().setAll(new dev.ringside.ui.desk.DeskPanelView(desk).load());
        // a wider window gives the calls and the history the room; the desk keeps its width
        javafx.scene.control.SplitPane.setResizableWithParent(deskSlot, false);
        // the desk starts at its own width, not a share: the history's columns need the rest
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(Math.max(0.5, 1 - deskSlot.getPrefWidth() / width.doubleValue()));
                }
            }
        });
    }

    private double liveRow() {
        return model.desk().isPresent() ? LIVE_ROW_WITH_CONTROLS : LIVE_ROW;
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
        double h = Math.max(1, Math.min(4, n)) * liveRow() + 2;
        liveList.setPrefHeight(h);
        liveList.setMinHeight(h);
    }

    /** The history's people matching what is typed, under the dial box; a click calls one. */
    private void showSuggestions() {
        List<MenuItem> items = new ArrayList<>();
        for (DialViewModel.Suggestion s : model.dial().suggestions()) {
            MenuItem item = new MenuItem(s.label());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.dial().dial(s));
            items.add(item);
        }
        dialSuggestions.getItems().setAll(items);
        if (items.isEmpty() || !dialField.isFocused()) {
            dialSuggestions.hide();
        } else if (!dialSuggestions.isShowing()) {
            dialSuggestions.show(dialField, Side.BOTTOM, 0, 0);
        }
    }

    /** Ctrl+L: the dial box. */
    public void focusDial() {
        dialField.requestFocus();
        dialField.selectAll();
    }

    @FXML
    private void dial() {
        dialSuggestions.hide();
        model.dial().dial();
    }

    private void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::focusDial);
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
        dev.ringside.ui.Themes.style(scene);
        contactsWindow = new javafx.stage.Stage();
        contactsWindow.setTitle(dev.ringside.ui.i18n.Localization.lang("contacts.title"));
        contactsWindow.setScene(scene);
        if (contactsButton.getScene() != null) {
            contactsWindow.initOwner(contactsButton.getScene().getWindow());
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
        private final javafx.scene.layout.StackPane controls = new javafx.scene.layout.StackPane();
        /**
         * This cell's controls for each call it showed, made once: a node lives in one cell only (the
         * list also lays out cells off screen to measure them).
         */
        private final java.util.Map<String, Parent> views = new java.util.HashMap<>();
        private final javafx.scene.layout.Pane box;

        LiveCallCell() {
            party.getStyleClass().add("live-party");
            line.getStyleClass().add("muted");
            state.getStyleClass().add("live-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, party, line);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line1 = new HBox(12, icon, text, spacer, state);
            line1.setAlignment(Pos.CENTER_LEFT);
            if (model.desk().isPresent()) {
                controls.setAlignment(Pos.CENTER_RIGHT);
                box = new VBox(6, line1, controls);
            } else {
                box = line1;
            }
            model.nowProperty().addListener(new javafx.beans.value.WeakChangeListener<>(clock));
            model.liveContacts().addListener(new javafx.collections.WeakMapChangeListener<>(contact));
        }

        private final javafx.collections.MapChangeListener<String, String> contact = change -> {
            Call call = getItem();
            if (call != null && !isEmpty() && call.linkedId().equals(change.getKey())) {
                party.setText(LiveCallText.party(call, model.liveContacts().get(call.linkedId())));
            }
        };

        /**
         * The desk's controls for a call that was answered (a ringing call has none to offer): built
         * once per call and kept while it lasts, so a redraw never closes its open transfer menu. Thousands
         * of ringing calls cost no controls at all.
         */
        private Parent controlsFor(Call call) {
            if (call.answeredAt() == null && call.status() != dev.ringside.call.CallStatus.ANSWERED) {
                return null;
            }
            return model.desk().map(desk -> views.computeIfAbsent(call.linkedId(),
                    id -> new dev.ringside.ui.desk.CallControlsView(desk.controls(call)).load())).orElse(null);
        }

        private final javafx.beans.value.ChangeListener<Instant> clock = (obs, o, now) -> {
            Call call = getItem();
            if (call != null && !isEmpty()) {
                state.setText(LiveCallText.state(call, now));
            }
        };

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
            Parent node = controlsFor(call);
            views.keySet().removeIf(id -> !model.isLive(id));
            if (node == null) {
                controls.getChildren().clear();
            } else if (controls.getChildren().isEmpty() || controls.getChildren().get(0) != node) {
                controls.getChildren().setAll(node);
            }
            setGraphic(box);
        }
    }
}
