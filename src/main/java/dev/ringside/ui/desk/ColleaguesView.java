package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Colleagues with their presence; call one, or pass the call on to one, with a click. */
public final class ColleaguesView {

    private final ColleaguesViewModel model;

    @FXML private Label message;
    @FXML private ListView<ColleagueRow> list;

    public ColleaguesView(ColleaguesViewModel model) {
        this.model = model;
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
        list.setCellFactory(l -> new ColleagueCell());
        list.setFixedCellSize(50);
    }

    /** A dot and a name such as "Olga Smirnova" with the room it needs. */
    private static final double NAME_ROOM = 150;

    private final class ColleagueCell extends ListCell<ColleagueRow> {
        private final FontIcon dot = new FontIcon("mdi2c-circle");
        private final Label name = new Label();
        private final Label presence = new Label();
        private final Button call = new Button();
        private final Button transfer = new Button();
        private final HBox box;
        /** The buttons with their words, measured once they are on screen. */
        private double wordsWidth;

        ColleagueCell() {
            name.getStyleClass().add("colleague-name");
            presence.getStyleClass().add("muted");
            call.setGraphic(new FontIcon("mdi2p-phone-outline"));
            call.getStyleClass().addAll("flat", "small", "colleague-call");
            call.setTooltip(new Tooltip(lang("desk.colleague.call.tooltip")));
            transfer.setGraphic(new FontIcon("mdi2p-phone-forward-outline"));
            transfer.getStyleClass().addAll("flat", "small", "colleague-transfer");
            transfer.setTooltip(new Tooltip(lang("desk.colleague.transfer.tooltip")));
            transfer.disableProperty().bind(model.canTransferProperty().not());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            call.setMinWidth(Region.USE_PREF_SIZE);
            transfer.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(10, dot, new VBox(1, name, presence), spacer, call, transfer);
            box.setAlignment(Pos.CENTER_LEFT);
            // as wide as the list, never wider: a long name shortens, the buttons stay whole
            setPrefWidth(0);
        }

        /** Where a name and both buttons' words do not fit (a narrow desk, Russian), the buttons show icons and keep their tooltips. */
        @Override
        protected void layoutChildren() {
            if (wordsWidth == 0 && call.getSkin() != null && !call.getText().isEmpty()
                    && call.getContentDisplay() == ContentDisplay.LEFT) {
                wordsWidth = call.prefWidth(-1) + transfer.prefWidth(-1);
            }
            if (wordsWidth > 0) {
                double room = getWidth() - snappedLeftInset() - snappedRightInset();
                ContentDisplay display = NAME_ROOM + wordsWidth + 3 * box.getSpacing() > room
                        ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
                call.setContentDisplay(display);
                transfer.setContentDisplay(display);
            }
            super.layoutChildren();
        }

        @Override
        protected void updateItem(ColleagueRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            dot.getStyleClass().setAll("ikonli-font-icon", "presence-dot", row.style());
            name.setText(row.label());
            presence.setText(row.presenceText());
            call.setText(lang("desk.colleague.call"));
            transfer.setText(lang("desk.colleague.transfer"));
            call.setOnAction(e -> model.call(row));
            transfer.setOnAction(e -> model.transfer(row));
            setGraphic(box);
        }
    }
}
