package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The queues panel: a row per queue, the operator's place in it, and what can be done there. */
public final class QueuesView {

    private final QueuesViewModel model;
    private final BreakViewModel breaks;

    @FXML private Label message;
    @FXML private TableView<QueueRow> table;
    @FXML private TableColumn<QueueRow, String> queueColumn;
    @FXML private TableColumn<QueueRow, String> waitingColumn;
    @FXML private TableColumn<QueueRow, String> longestColumn;
    @FXML private TableColumn<QueueRow, String> membersColumn;
    @FXML private TableColumn<QueueRow, QueueRow> statusColumn;
    @FXML private TableColumn<QueueRow, QueueRow> actionColumn;

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
        table.setItems(model.rows());
        text(queueColumn, QueueRow::queue);
        text(waitingColumn, QueueRow::waitingText);
        text(longestColumn, QueueRow::longestWait);
        text(membersColumn, QueueRow::members);
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(c -> new StatusCell());
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actionColumn.setCellFactory(c -> new ActionCell());
        table.setFixedCellSize(42);
    }

    private static void text(TableColumn<QueueRow, String> column, Function<QueueRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static final class StatusCell extends TableCell<QueueRow, QueueRow> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(QueueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            chip.setText(row.status());
            chip.getStyleClass().setAll("label", "chip", row.statusStyle());
            setGraphic(chip);
        }
    }

    /** Pause (with a reason) or resume this queue; log in or out where the administrator allows it. */
    private final class ActionCell extends TableCell<QueueRow, QueueRow> {
        private final MenuButton pause = new MenuButton(lang("desk.queues.pause"));
        private final Button resume = new Button(lang("desk.queues.resume"));
        private final Button login = new Button(lang("desk.queues.login"));
        private final Button logout = new Button(lang("desk.queues.logout"));
        private final HBox box = new HBox(6);

        ActionCell() {
            pause.getStyleClass().addAll("flat", "small", "queue-pause");
            resume.getStyleClass().addAll("flat", "small", "queue-resume");
            login.getStyleClass().addAll("flat", "small", "queue-login");
            logout.getStyleClass().addAll("flat", "small", "queue-logout");
            pause.setGraphic(new FontIcon("mdi2p-pause-circle-outline"));
            resume.setGraphic(new FontIcon("mdi2p-play-circle-outline"));
            login.setGraphic(new FontIcon("mdi2l-login"));
            logout.setGraphic(new FontIcon("mdi2l-logout"));
            pause.disableProperty().bind(model.busyProperty());
            resume.disableProperty().bind(model.busyProperty());
            login.disableProperty().bind(model.busyProperty());
            logout.disableProperty().bind(model.busyProperty());
        }

        @Override
        protected void updateItem(QueueRow row, boolean empty) {
            super.updateItem(row, empty);
            box.getChildren().clear();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.canPause()) {
                pause.getItems().clear();
                for (String reason : breaks.reasons()) {
                    MenuItem item = new MenuItem(reason);
                    item.setOnAction(e -> model.pause(row.queue(), reason));
                    pause.getItems().add(item);
                }
                box.getChildren().add(pause);
            }
            if (row.canResume()) {
                resume.setOnAction(e -> model.resume(row.queue()));
                box.getChildren().add(resume);
            }
            if (row.canLogin()) {
                login.setOnAction(e -> model.login(row.queue()));
                box.getChildren().add(login);
            }
            if (row.canLogout()) {
                logout.setOnAction(e -> model.logout(row.queue()));
                box.getChildren().add(logout);
            }
            setGraphic(box);
        }
    }
}
