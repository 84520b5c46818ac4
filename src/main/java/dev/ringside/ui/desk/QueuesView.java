package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queues panel: a card per queue (callers waiting and the longest wait, members in and free,
 * the operator's place) with what can be done there: pause with a reason or resume, log in or out.
 */
public final class QueuesView {

    private final QueuesViewModel model;
    private final BreakViewModel breaks;

    @FXML private Label message;
    @FXML private ListView<QueueRow> list;

    public QueuesView(QueuesViewModel model, BreakViewModel breaks) {
        this.model = model;
        this.breaks = breaks;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        list.setItems(model.rows());
        list.setCellFactory(l -> new QueueCell());
        list.setFixedCellSize(92);
    }

    private final class QueueCell extends ListCell<QueueRow> {
        private final Label name = new Label();
        private final Label waiting = new Label();
        private final Label details = new Label();
        private final Label status = new Label();
        private final MenuButton pause = new MenuButton(lang("desk.queues.pause"));
        private final Button resume = new Button(lang("desk.queues.resume"));
        private final Button login = new Button(lang("desk.queues.login"));
        private final Button logout = new Button(lang("desk.queues.logout"));
        private final HBox actions = new HBox(4);
        private final HBox bottom;
        private final VBox box;
        /** Each button with its words, measured once it is on screen. */
        private final java.util.Map<javafx.scene.control.Labeled, Double> wordsWidth = new java.util.HashMap<>();

        QueueCell() {
            name.getStyleClass().add("queue-name");
            waiting.getStyleClass().add("queue-waiting");
            details.getStyleClass().add("muted");
            pause.getStyleClass().addAll("flat", "small", "queue-pause");
            resume.getStyleClass().addAll("flat", "small", "queue-resume");
            login.getStyleClass().addAll("flat", "small", "queue-login");
            logout.getStyleClass().addAll("flat", "small", "queue-logout");
            pause.setGraphic(new FontIcon("mdi2p-pause-circle-outline"));
            resume.setGraphic(new FontIcon("mdi2p-play-circle-outline"));
            login.setGraphic(new FontIcon("mdi2l-login"));
            logout.setGraphic(new FontIcon("mdi2l-logout"));
            pause.setTooltip(new Tooltip(lang("desk.queues.pause.tooltip")));
            login.setTooltip(new Tooltip(lang("desk.queues.login.tooltip")));
            logout.setTooltip(new Tooltip(lang("desk.queues.logout.tooltip")));
            for (javafx.scene.control.Control c : java.util.List.of(pause, resume, login, logout)) {
                c.disableProperty().bind(model.busyProperty());
            }
            Region gap1 = new Region();
            HBox.setHgrow(gap1, Priority.ALWAYS);
            HBox top = new HBox(8, name, gap1, waiting);
            top.setAlignment(Pos.CENTER_LEFT);
            Region gap2 = new Region();
            HBox.setHgrow(gap2, Priority.ALWAYS);
            bottom = new HBox(8, status, gap2, actions);
            bottom.setAlignment(Pos.CENTER_LEFT);
            actions.setAlignment(Pos.CENTER_RIGHT);
            box = new VBox(3, top, details, bottom);
            for (javafx.scene.control.Control c : java.util.List.of(pause, resume, login, logout)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
            // as wide as the list, never wider
            setPrefWidth(0);
        }

        /** Where the status and the buttons' words do not fit (a narrow desk, Russian), the buttons show icons and keep their tooltips. */
        @Override
        protected void layoutChildren() {
            if (getGraphic() != null) {
                fitActions();
            }
            super.layoutChildren();
        }

        private void fitActions() {
            double needed = status.prefWidth(-1) + 2 * bottom.getSpacing();
            for (javafx.scene.Node node : actions.getChildren()) {
                javafx.scene.control.Labeled button = (javafx.scene.control.Labeled) node;
                if (!wordsWidth.containsKey(button)) {
                    if (button.getSkin() == null || button.getContentDisplay() != javafx.scene.control.ContentDisplay.LEFT) {
                        return;
                    }
                    wordsWidth.put(button, button.prefWidth(-1));
                }
                needed += wordsWidth.get(button) + actions.getSpacing();
            }
            double room = getWidth() - snappedLeftInset() - snappedRightInset();
            javafx.scene.control.ContentDisplay display = needed > room
                    ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT;
            actions.getChildren().forEach(n -> ((javafx.scene.control.Labeled) n).setContentDisplay(display));
        }

        @Override
        protected void updateItem(QueueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.queue());
            waiting.setText(row.waitingText());
            waiting.getStyleClass().setAll("label", "queue-waiting", row.waiting() > 0 ? "some" : "none");
            details.setText(row.longestWait().isEmpty() ? row.members()
                    : lang("desk.queues.details", row.longestWait(), row.members()));
            status.setText(row.status());
            status.getStyleClass().setAll("label", "chip", row.statusStyle());
            actions.getChildren().clear();
            if (row.canPause()) {
                pause.getItems().clear();
                for (String reason : breaks.reasons()) {
                    MenuItem item = new MenuItem(reason);
                    item.setOnAction(e -> model.pause(row.queue(), reason));
                    pause.getItems().add(item);
                }
                actions.getChildren().add(pause);
            }
            if (row.canResume()) {
                resume.setOnAction(e -> model.resume(row.queue()));
                actions.getChildren().add(resume);
            }
            if (row.canLogin()) {
                login.setOnAction(e -> model.login(row.queue()));
                actions.getChildren().add(login);
            }
            if (row.canLogout()) {
                logout.setOnAction(e -> model.logout(row.queue()));
                actions.getChildren().add(logout);
            }
            setGraphic(box);
        }
    }
}
