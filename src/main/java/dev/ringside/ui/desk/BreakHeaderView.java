package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/** The header's break: a chip with the reason and how long it lasts, and a menu to take or end one. */
public final class BreakHeaderView {

    private final BreakViewModel model;

    @FXML private Label breakChip;
    @FXML private MenuButton breakButton;

    public BreakHeaderView(BreakViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        breakChip.textProperty().bind(model.chipProperty());
        breakChip.visibleProperty().bind(model.onBreakProperty());
        breakChip.managedProperty().bind(breakChip.visibleProperty());
        breakButton.disableProperty().bind(model.busyProperty());
        model.reasons().addListener((ListChangeListener<String>) c -> buildMenu());
        model.onBreakProperty().addListener((obs, o, n) -> buildMenu());
        model.errorProperty().addListener((obs, o, error) ->
                breakButton.setTooltip(new Tooltip(error.isEmpty() ? lang("desk.break.button.tooltip") : error)));
        model.errorProperty().addListener((obs, o, error) -> breakButton.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), !error.isEmpty()));
        buildMenu();
    }

    private void buildMenu() {
        breakButton.getItems().clear();
        if (model.onBreakProperty().get()) {
            MenuItem end = new MenuItem(lang("desk.break.end"));
            end.setId("endBreak");
            end.setOnAction(e -> model.endBreak());
            breakButton.getItems().addAll(end, new SeparatorMenuItem());
        }
        for (String reason : model.reasons()) {
            MenuItem item = new MenuItem(reason);
            item.getStyleClass().add("break-reason");
            item.setOnAction(e -> model.takeBreak(reason));
            breakButton.getItems().add(item);
        }
    }
}
