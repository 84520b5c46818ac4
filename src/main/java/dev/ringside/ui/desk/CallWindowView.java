package dev.ringside.ui.desk;

import dev.ringside.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The content of the window of an answered call. */
public final class CallWindowView {

    private final CallWindowViewModel model;

    @FXML private Label talkTime;
    @FXML private Label number;
    @FXML private Label name;
    @FXML private StackPane controlsSlot;

    public CallWindowView(CallWindowViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        talkTime.textProperty().bind(model.talkTimeProperty());
        number.textProperty().bind(model.numberProperty());
        name.textProperty().bind(model.nameProperty());
        name.visibleProperty().bind(model.nameProperty().isNotEmpty());
        name.managedProperty().bind(name.visibleProperty());
        controlsSlot.getChildren().setAll(new CallControlsView(model.controls()).load());
        clickOnly(controlsSlot.getParent());
    }

    /**
     * Nothing in this window answers a key: a window manager may give it the keyboard when it opens
     * while the operator types elsewhere, and a Tab and a Space must not hang up the call. The
     * transfer picker's field opens by a click and takes keys from there.
     */
    static void clickOnly(Node node) {
        if (node instanceof Control control) {
            control.setFocusTraversable(false);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(CallWindowView::clickOnly);
        }
    }

    @FXML
    private void close() {
        model.dismiss();
    }
}
