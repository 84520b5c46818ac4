package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.NumberText;
import dev.ringside.ui.ViewLoader;
import dev.ringside.ui.port.TransferTarget;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The controls of one live call (in the "Now" list and in the window of an answered call): Transfer
 * and Consult open the target picker (colleagues with presence, contacts where there are, or any
 * number typed), then Complete or Cancel while consulting, and Hang up.
 */
public final class CallControlsView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** The picker lists at most this many suggestions; typing narrows them down. */
    static final int MAX_SUGGESTIONS = 12;

    private final CallControlsViewModel model;
    /** What each picker lists now; built again only when the suggestions change (never while it opens). */
    private final java.util.Map<MenuButton, List<TransferTarget>> listed = new java.util.HashMap<>();
    /** Each picker's listener on the contact matches, let go of when the picker is built again. */
    private final java.util.Map<MenuButton, ListChangeListener<TransferTarget>> following = new java.util.HashMap<>();

    @FXML private Label status;
    @FXML private MenuButton transferButton;
    @FXML private MenuButton consultButton;
    @FXML private Button completeButton;
    @FXML private Button cancelButton;
    @FXML private Button hangupButton;

    public CallControlsView(CallControlsViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.failedProperty().addListener((obs, o, f) -> status.pseudoClassStateChanged(FAILED, f));
        status.pseudoClassStateChanged(FAILED, model.failedProperty().get());
        show(transferButton, model.canTransferProperty().get());
        show(consultButton, model.canTransferProperty().get());
        model.canTransferProperty().addListener((obs, o, can) -> {
            show(transferButton, can);
            show(consultButton, can);
        });
        show(completeButton, model.consultingProperty().get());
        show(cancelButton, model.consultingProperty().get());
        model.consultingProperty().addListener((obs, o, c) -> {
            show(completeButton, c);
            show(cancelButton, c);
        });
        show(hangupButton, model.canHangUpProperty().get());
        model.canHangUpProperty().addListener((obs, o, can) -> show(hangupButton, can));
        for (javafx.scene.control.Control c : List.of(transferButton, consultButton, completeButton, cancelButton,
                hangupButton)) {
            c.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busyProperty().get(), model.busyProperty()));
        }
        transferButton.setOnShowing(e -> fill(transferButton, model::transfer));
        consultButton.setOnShowing(e -> fill(consultButton, model::consult));
        fill(transferButton, model::transfer);
        fill(consultButton, model::consult);
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** The picker: suggestions first, then a field for any number (Enter goes). */
    private void fill(MenuButton button, Consumer<TransferTarget> go) {
        List<TransferTarget> targets = model.suggest("");
        if (targets.equals(listed.get(button))) {
            return;
        }
        listed.put(button, targets);
        button.getItems().clear();
        for (TransferTarget t : targets.subList(0, Math.min(MAX_SUGGESTIONS, targets.size()))) {
            MenuItem item = new MenuItem(targetText(t));
            item.getStyleClass().add("transfer-target");
            item.setGraphic(icon(t));
            item.setOnAction(e -> go.accept(t));
            button.getItems().add(item);
        }
        if (!targets.isEmpty()) {
            button.getItems().add(new SeparatorMenuItem());
        }
        TextField number = new TextField();
        number.setPromptText(lang("desk.call.number.prompt"));
        number.getStyleClass().add("transfer-number");
        Button goButton = new Button(lang("desk.call.number.go"));
        goButton.getStyleClass().addAll("accent", "small");
        Runnable submit = () -> {
            TransferTarget t = model.targetForTyped(number.getText());
            if (t != null) {
                button.hide();
                go.accept(t);
            }
        };
        number.setOnAction(e -> submit.run());
        goButton.setOnAction(e -> submit.run());
        HBox row = new HBox(6, number, goButton);
        // contacts come as the operator types: buttons under the field, so the field keeps the keyboard
        VBox contactsBox = new VBox(2);
        contactsBox.getStyleClass().add("transfer-contacts");
        ListChangeListener<TransferTarget> shown = change -> showContacts(contactsBox, button, go);
        ListChangeListener<TransferTarget> before = following.put(button, shown);
        if (before != null) {
            model.contactMatches().removeListener(before);
        }
        model.contactMatches().addListener(shown);
        number.textProperty().addListener((obs, o, typed) -> model.lookUpContacts(typed));
        showContacts(contactsBox, button, go);
        CustomMenuItem field = new CustomMenuItem(new VBox(4, row, contactsBox), false);
        field.getStyleClass().add("transfer-number-item");
        button.getItems().add(field);
    }

    private void showContacts(VBox box, MenuButton button, Consumer<TransferTarget> go) {
        box.getChildren().clear();
        for (TransferTarget t : model.contactMatches()) {
            Button pick = new Button(targetText(t), icon(t));
            pick.getStyleClass().addAll("flat", "transfer-contact");
            pick.setMaxWidth(Double.MAX_VALUE);
            pick.setOnAction(e -> {
                button.hide();
                go.accept(t);
            });
            box.getChildren().add(pick);
        }
        box.setVisible(!box.getChildren().isEmpty());
        box.setManaged(box.isVisible());
    }

    private static String targetText(TransferTarget t) {
        String text = t.label().isBlank() ? NumberText.of(t.number())
                : lang("desk.call.target", t.label(), NumberText.of(t.number()));
        return t.hint().isBlank() ? text : lang("desk.call.targetHint", text, t.hint());
    }

    private static FontIcon icon(TransferTarget t) {
        return new FontIcon(t.kind() == TransferTarget.Kind.COLLEAGUE ? "mdi2a-account-tie"
                : "mdi2c-card-account-phone-outline");
    }

    @FXML
    private void hangUp() {
        model.hangUp();
    }

    @FXML
    private void complete() {
        model.complete();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
