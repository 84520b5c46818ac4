package dev.ringside.ui.settings;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.Dialogs;
import dev.ringside.ui.ViewLoader;
import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Theme;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The settings dialog's content; OK saves through {@link SettingsViewModel}. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final LookupSettingsViewModel lookup;

    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private Label portError;
    @FXML private TextField usernameField;
    @FXML private CheckBox tlsBox;
    @FXML private CheckBox popupsBox;
    @FXML private CheckBox focusBox;
    @FXML private ComboBox<RejectMode> rejectBox;
    @FXML private CheckBox remoteAnswerBox;
    @FXML private CheckBox minimisedBox;
    @FXML private CheckBox loginStartBox;
    @FXML private ComboBox<Theme> themeBox;

    public SettingsView(SettingsViewModel model) {
        this(model, null);
    }

    /** @param lookup the directory and CRM settings (their own tab); null where the session has none */
    public SettingsView(SettingsViewModel model, LookupSettingsViewModel lookup) {
        this.model = model;
        this.lookup = lookup;
    }

    /** Shows the dialog and waits; true when saved. */
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(lang("settings.title"));
        Parent content = ViewLoader.load(this);
        javafx.scene.control.Tab lookupTab = null;
        if (lookup != null) {
            javafx.scene.control.Tab general = new javafx.scene.control.Tab(lang("settings.tab.general"), content);
            lookupTab = new javafx.scene.control.Tab(lang("settings.tab.lookup"), new LookupSettingsView(lookup).load());
            lookupTab.setId("lookupTab");
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(general, lookupTab);
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            content = tabs;
        }
        javafx.scene.control.Tab lookupTabShown = lookupTab;
        dialog.getDialogPane().setContent(content);
        ButtonType okType = Dialogs.ok();
        dialog.getDialogPane().getButtonTypes().setAll(okType, Dialogs.cancel());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (lookup != null && !lookup.valid()) {
                lookupTabShown.getTabPane().getSelectionModel().select(lookupTabShown);
                e.consume();
                return;
            }
            if (!model.save()) {
                e.consume();
                return;
            }
            if (lookup != null) {
                lookup.save();
            }
        });
        return dialog.showAndWait().filter(b -> b == okType).isPresent();
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(model.hostProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        tlsBox.selectedProperty().bindBidirectional(model.tlsProperty());
        popupsBox.selectedProperty().bindBidirectional(model.popupsEnabledProperty());
        focusBox.selectedProperty().bindBidirectional(model.popupTakesFocusProperty());
        focusBox.disableProperty().bind(popupsBox.selectedProperty().not());
        rejectBox.getItems().setAll(model.rejectModes());
        rejectBox.setConverter(labels(m -> switch (m) {
            case CALLER -> lang("settings.reject.caller");
            case OPERATOR_LEG -> lang("settings.reject.operatorLeg");
        }));
        rejectBox.valueProperty().bindBidirectional(model.rejectModeProperty());
        remoteAnswerBox.selectedProperty().bindBidirectional(model.remoteAnswerProperty());
        minimisedBox.selectedProperty().bindBidirectional(model.startMinimisedProperty());
        loginStartBox.selectedProperty().bindBidirectional(model.startsAtLoginProperty());
        loginStartBox.setVisible(model.canStartAtLogin());
        loginStartBox.setManaged(model.canStartAtLogin());
        themeBox.getItems().setAll(model.themes());
        themeBox.setConverter(labels(t -> switch (t) {
            case LIGHT -> lang("settings.theme.light");
            case DARK -> lang("settings.theme.dark");
        }));
        themeBox.valueProperty().bindBidirectional(model.themeProperty());
        portError.textProperty().bind(model.portErrorProperty());
        portError.visibleProperty().bind(model.portErrorProperty().isNotEmpty());
        portError.managedProperty().bind(portError.visibleProperty());
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : f.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
