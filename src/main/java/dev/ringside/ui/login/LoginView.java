package dev.ringside.ui.login;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;

/** The login form: binds its controls to {@link LoginViewModel} and forwards Enter / Log in. */
public final class LoginView {

    private final LoginViewModel model;

    @FXML private TextField extensionsField;
    @FXML private Label extensionsError;
    @FXML private RadioButton demoChoice;
    @FXML private RadioButton pbxChoice;
    @FXML private ToggleGroup pbxGroup;
    @FXML private Pane connectionPane;
    @FXML private TextField hostField;
    @FXML private Label hostError;
    @FXML private TextField portField;
    @FXML private Label portError;
    @FXML private TextField usernameField;
    @FXML private Label usernameError;
    @FXML private PasswordField secretField;
    @FXML private CheckBox tlsBox;
    @FXML private CheckBox rememberBox;
    @FXML private Label secretNote;
    @FXML private Label errorLabel;
    @FXML private Pane form;
    @FXML private Button loginButton;
    @FXML private ProgressIndicator busyIndicator;

    public LoginView(LoginViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        extensionsField.textProperty().bindBidirectional(model.extensionsProperty());
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        secretField.textProperty().bindBidirectional(model.secretProperty());
        tlsBox.selectedProperty().bindBidirectional(model.tlsProperty());
        rememberBox.selectedProperty().bindBidirectional(model.rememberProperty());

        demoChoice.setSelected(model.demoProperty().get());
        pbxChoice.setSelected(!model.demoProperty().get());
        demoChoice.selectedProperty().addListener((obs, o, n) -> model.demoProperty().set(n));
        connectionPane.visibleProperty().bind(pbxChoice.selectedProperty());
        connectionPane.managedProperty().bind(pbxChoice.selectedProperty());

        showError(extensionsError, extensionsField, model.extensionsErrorProperty());
        showError(hostError, hostField, model.hostErrorProperty());
        showError(portError, portField, model.portErrorProperty());
        showError(usernameError, usernameField, model.usernameErrorProperty());
        showMessage(secretNote, model.secretNoteProperty());
        showMessage(errorLabel, model.errorProperty());

        form.disableProperty().bind(model.busyProperty());
        loginButton.disableProperty().bind(model.busyProperty());
        loginButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(lang("login.connecting")).otherwise(lang("login.submit")));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyIndicator.managedProperty().bind(model.busyProperty());
        model.errorProperty().addListener((obs, o, n) -> {
            if (!n.isEmpty()) {
                extensionsField.requestFocus();
            }
        });
        extensionsField.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(extensionsField::requestFocus);
            }
        });
    }

    private static void showError(Label label, javafx.scene.control.Control field,
                                  javafx.beans.property.ReadOnlyStringProperty error) {
        showMessage(label, error);
        error.addListener((obs, o, n) -> field.pseudoClassStateChanged(INVALID, !n.isEmpty()));
    }

    private static void showMessage(Label label, javafx.beans.property.ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(text.isNotEmpty());
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    @FXML
    private void submit() {
        model.submit();
    }
}
