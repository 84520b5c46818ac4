package dev.ringside.ui.settings;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.crm.CrmTrigger;
import dev.ringside.ui.ViewLoader;
import dev.ringside.ui.settings.LookupSettingsViewModel.Encryption;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The settings dialog's "Contacts and CRM" tab; the rules are in {@link LookupSettingsViewModel}. */
public final class LookupSettingsView {

    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");

    private final LookupSettingsViewModel model;

    @FXML private TextField urlField;
    @FXML private ComboBox<Encryption> encryptionBox;
    @FXML private TextField bindDnField;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordHint;
    @FXML private TextField searchBaseField;
    @FXML private TextField caFileField;
    @FXML private Label directoryProblem;
    @FXML private Button testButton;
    @FXML private Label testResult;
    @FXML private TextField templateField;
    @FXML private Label crmProblem;
    @FXML private Label placeholders;
    @FXML private ComboBox<CrmTrigger> triggerBox;
    @FXML private Label saveError;

    /** The keys this class builds at run time (for the bundle tests). */
    static List<String> i18nKeys() {
        return LookupSettingsViewModel.i18nKeys();
    }

    public LookupSettingsView(LookupSettingsViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        urlField.textProperty().bindBidirectional(model.urlProperty());
        encryptionBox.getItems().setAll(model.encryptions());
        encryptionBox.setConverter(labels("settings.directory.encryption."));
        encryptionBox.valueProperty().bindBidirectional(model.encryptionProperty());
        bindDnField.textProperty().bindBidirectional(model.bindDnProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        passwordHint.textProperty().bind(model.passwordHintProperty());
        searchBaseField.textProperty().bindBidirectional(model.searchBaseProperty());
        caFileField.textProperty().bindBidirectional(model.caFileProperty());
        showWhenSet(directoryProblem, model.directoryProblemProperty());
        testButton.disableProperty().bind(model.testingProperty());
        testResult.textProperty().bind(model.testResultProperty());
        model.testPassedProperty().addListener((obs, o, n) -> testResult.pseudoClassStateChanged(PASSED, n));
        testResult.getStyleClass().add("test-result");
        templateField.textProperty().bindBidirectional(model.crmTemplateProperty());
        // the placeholders are arguments: a bundle text cannot hold braces of its own
        templateField.setPromptText(lang("settings.crm.template.prompt",
                "https://crm.example/search?phone={number}&name={name}&call={linkedid}"));
        placeholders.setText(lang("settings.crm.placeholders",
                "{number}, {e164}, {name}, {company}, {linkedid}, {extension}")); // not operator text
        showWhenSet(crmProblem, model.crmProblemProperty());
        triggerBox.getItems().setAll(model.crmTriggers());
        triggerBox.setConverter(labels("settings.crm.trigger."));
        triggerBox.valueProperty().bindBidirectional(model.crmTriggerProperty());
        showWhenSet(saveError, model.saveErrorProperty());
    }

    private static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void test() {
        model.test();
    }

    @FXML
    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(lang("settings.directory.caFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("settings.directory.caFile.filter"),
                "*.pem", "*.crt", "*.cer"));
        File chosen = chooser.showOpenDialog(caFileField.getScene().getWindow());
        if (chosen != null) {
            model.caFileProperty().set(chosen.getAbsolutePath());
        }
    }

    private static <E extends Enum<E>> StringConverter<E> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : lang(prefix + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
