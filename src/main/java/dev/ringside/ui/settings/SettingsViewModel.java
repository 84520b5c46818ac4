package dev.ringside.ui.settings;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import dev.ringside.ui.port.StartAtLogin;
import dev.ringside.ui.port.Theme;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.i18n.Localization;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;

/** The settings dialog: a working copy of {@link Settings}, saved on OK. */
public final class SettingsViewModel {

    private static final List<String> LANGUAGES = List.of("", "en", "ru");

    private final SettingsStore store;
    private final Consumer<Settings> onSaved;
    private final Settings original;

    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final StringProperty username = new SimpleStringProperty();
    private final BooleanProperty tls = new SimpleBooleanProperty();
    private final BooleanProperty popupsEnabled = new SimpleBooleanProperty();
    private final BooleanProperty popupTakesFocus = new SimpleBooleanProperty();
    private final ObjectProperty<RejectMode> rejectMode = new SimpleObjectProperty<>();
    private final BooleanProperty remoteAnswer = new SimpleBooleanProperty();
    private final BooleanProperty startMinimised = new SimpleBooleanProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty homeCountry = new SimpleStringProperty();
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final StartAtLogin startAtLogin;
    private final BooleanProperty startsAtLogin = new SimpleBooleanProperty();
    private final boolean startedAtLogin;

    public SettingsViewModel(SettingsStore store, Consumer<Settings> onSaved) {
        this(store, onSaved, null);
    }

    /** @param startAtLogin null where this install cannot start at login (the option is hidden) */
    public SettingsViewModel(SettingsStore store, Consumer<Settings> onSaved, StartAtLogin startAtLogin) {
        this.startAtLogin = startAtLogin;
        this.startedAtLogin = startAtLogin != null && startAtLogin.isEnabled();
        startsAtLogin.set(startedAtLogin);
        this.store = store;
        this.onSaved = onSaved;
        this.original = store.load().orElseGet(Settings::defaults);
        host.set(original.host());
        port.set(String.valueOf(original.port()));
        username.set(original.username());
        tls.set(original.tls());
        popupsEnabled.set(original.popupsEnabled());
        popupTakesFocus.set(original.popupTakesFocus());
        rejectMode.set(original.rejectMode());
        remoteAnswer.set(original.remoteAnswer());
        startMinimised.set(original.startMinimised());
        theme.set(original.theme());
        language.set(LANGUAGES.contains(original.language()) ? original.language() : "");
        homeCountry.set(original.homeCountry());
        port.addListener((obs, o, n) -> portError.set(portProblem(n)));
    }

    static String portProblem(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            return p >= 1 && p <= 65535 ? "" : lang("connection.error.portRange");
        } catch (NumberFormatException | NullPointerException e) {
            return lang("connection.error.portRange");
        }
    }

    /** @return false (and nothing saved) when a field is wrong */
    public boolean save() {
        portError.set(portProblem(port.get()));
        if (!portError.get().isEmpty()) {
            return false;
        }
        Settings.Builder b = original.toBuilder();
        b.host = host.get().trim();
        b.port = Integer.parseInt(port.get().trim());
        b.username = username.get().trim();
        b.tls = tls.get();
        b.popupsEnabled = popupsEnabled.get();
        b.popupTakesFocus = popupTakesFocus.get();
        b.rejectMode = rejectMode.get();
        b.remoteAnswer = remoteAnswer.get();
        b.startMinimised = startMinimised.get();
        b.theme = theme.get();
        b.language = language.get() == null ? "" : language.get();
        b.homeCountry = homeCountry.get() == null ? "" : homeCountry.get();
        Settings saved = b.build();
        store.save(saved);
        onSaved.accept(saved);
        boolean wanted = startsAtLogin.get();
        if (startAtLogin != null && wanted != startedAtLogin) {
            CompletableFuture.runAsync(() -> {
                try {
                    startAtLogin.setEnabled(wanted);
                } catch (Exception e) {
                    LoggerFactory.getLogger(SettingsViewModel.class).warn("Could not change start at login: {}", e.toString());
                }
            });
        }
        return true;
    }

    public List<RejectMode> rejectModes() { return List.of(RejectMode.values()); }
    public List<Theme> themes() { return List.of(Theme.values()); }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty usernameProperty() { return username; }
    public BooleanProperty tlsProperty() { return tls; }
    public BooleanProperty popupsEnabledProperty() { return popupsEnabled; }
    public BooleanProperty popupTakesFocusProperty() { return popupTakesFocus; }
    public ObjectProperty<RejectMode> rejectModeProperty() { return rejectMode; }
    public BooleanProperty remoteAnswerProperty() { return remoteAnswer; }
    public BooleanProperty startMinimisedProperty() { return startMinimised; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    /** "" follows the OS, else "en" or "ru"; a change applies when saved, by building the windows again. */
    public StringProperty languageProperty() { return language; }
    /** ISO code of the country phone numbers are read in; "" takes it from the locale. */
    public StringProperty homeCountryProperty() { return homeCountry; }
    public List<String> languages() { return LANGUAGES; }

    /** "" (from the locale) first, then every country libphonenumber knows, by its name in the operator's language. */
    public List<String> countries() {
        Collator order = Collator.getInstance(Localization.locale());
        List<String> codes = new ArrayList<>(PhoneNumbers.regions());
        codes.sort(Comparator.comparing(SettingsViewModel::countryName, order));
        codes.add(0, "");
        return codes;
    }

    /** The country's name in the operator's language ("Германия" for DE in Russian). */
    public static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Localization.locale());
    }
    public boolean canStartAtLogin() { return startAtLogin != null; }
    public BooleanProperty startsAtLoginProperty() { return startsAtLogin; }
    public ReadOnlyStringProperty portErrorProperty() { return portError.getReadOnlyProperty(); }
}
