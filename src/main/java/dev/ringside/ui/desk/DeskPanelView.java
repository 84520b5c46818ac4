package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The desk beside the calls: queues, colleagues and "My day" in tabs. */
public final class DeskPanelView {

    private final DeskViewModel model;

    @FXML private Label breakError;
    @FXML private TabPane tabs;
    @FXML private Tab queuesTab;
    @FXML private Tab colleaguesTab;
    @FXML private Tab dayTab;

    public DeskPanelView(DeskViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        breakError.textProperty().bind(model.breaks().errorProperty());
        breakError.visibleProperty().bind(model.breaks().errorProperty().isNotEmpty());
        breakError.managedProperty().bind(breakError.visibleProperty());
        queuesTab.setContent(new QueuesView(model.queues(), model.breaks()).load());
        colleaguesTab.setContent(new ColleaguesView(model.colleagues()).load());
        dayTab.setContent(new MyDayView(model.myDay()).load());
        model.queues().waitingProperty().addListener((obs, o, n) -> titleQueues(n.intValue()));
        titleQueues(model.queues().waitingProperty().get());
        dayTab.setOnSelectionChanged(e -> {
            if (dayTab.isSelected()) {
                model.myDay().refresh();
            }
        });
    }

    private void titleQueues(int waiting) {
        queuesTab.setText(waiting == 0 ? lang("desk.tab.queues") : plural("desk.tab.queuesWaiting", waiting));
    }

    /** Brings a tab to the front (for screenshots and keyboard users). */
    public void select(int index) {
        tabs.getSelectionModel().select(index);
    }
}
