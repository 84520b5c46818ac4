package dev.ringside.ui.settings;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.Dialogs;
import dev.ringside.ui.ViewLoader;
import dev.ringside.ui.i18n.Localization;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
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
    @FXML private ComboBox<String> languageBox;
    @FXML private ComboBox<String> countryBox;

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
        ScrollPane scroll = scrollable(content);
        Parent lookupContent = lookup == null ? null : new LookupSettingsView(lookup).load();
        ScrollPane lookupScroll = lookupContent == null ? null : scrollable(lookupContent);
        javafx.scene.control.TabPane tabs = lookupScroll == null ? null : tabs(scroll, lookupScroll);
        dialog.getDialogPane().setContent(tabs == null ? scroll : tabs);
        ButtonType okType = Dialogs.ok();
        dialog.getDialogPane().getButtonTypes().setAll(okType, Dialogs.cancel());
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        // once shown (the stylesheet applied): the form's own height, or what the screen leaves room for
        double room = Screen.getPrimary().getVisualBounds().getHeight() - 140;
        scroll.setPrefViewportHeight(room);
        if (lookupScroll != null) {
            lookupScroll.prefViewportHeightProperty().bind(scroll.prefViewportHeightProperty());
        }
        dialog.setOnShown(e -> {
            double tallest = Math.max(content.getLayoutBounds().getHeight(),
                    lookupContent == null ? 0 : lookupContent.getLayoutBounds().getHeight());
            scroll.setPrefViewportHeight(Math.min(tallest, room));
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.sizeToScene();
            // centred on the main window, inside its screen (never the screen's top-left corner)
            dev.ringside.ui.WindowFit.centre(window, owner);
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (lookup != null && !lookup.valid()) {
                tabs.getSelectionModel().select(1);
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

    /** The general settings and the directory and CRM ones ({@link LookupSettingsView}) in two tabs. */
    private static javafx.scene.control.TabPane tabs(ScrollPane general, ScrollPane lookup) {
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab(lang("settings.tab.general"), general),
                new javafx.scene.control.Tab(lang("settings.tab.lookup"), lookup));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * The settings in a scroll pane no taller than the screen leaves room for: at 150 % scaling on
     * a laptop (1280 x 720 points) the whole form, longer in Russian, does not fit.
     */
    private static ScrollPane scrollable(Parent content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("settings-scroll");
        return scroll;
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
        languageBox.getItems().setAll(model.languages());
        languageBox.setConverter(labels(SettingsView::languageName));
        languageBox.valueProperty().bindBidirectional(model.languageProperty());
        countryBox.getItems().setAll(model.countries());
        countryBox.setConverter(labels(SettingsView::countryLabel));
        countryBox.valueProperty().bindBidirectional(model.homeCountryProperty());
        portError.textProperty().bind(model.portErrorProperty());
        portError.visibleProperty().bind(model.portErrorProperty().isNotEmpty());
        portError.managedProperty().bind(portError.visibleProperty());
    }

    private static String languageName(String tag) {
        return switch (tag) {
            case "" -> lang("settings.language.system", languageName(Localization.forSetting("").getLanguage()));
            case "ru" -> lang("settings.language.ru");
            default -> lang("settings.language.en");
        };
    }

    private static String countryLabel(String code) {
        if (!code.isEmpty()) {
            return SettingsViewModel.countryName(code);
        }
        String system = Localization.formatLocale().getCountry();
        return lang("settings.country.system", system.isEmpty() ? lang("settings.country.none")
                : SettingsViewModel.countryName(system));
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
