package dev.ringside.ui.login;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.LoginService;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The login form: what was typed, whether it is valid, and the attempt to connect. */
public final class LoginViewModel {

    static final Pattern EXTENSION = Pattern.compile("[0-9]{1,15}");
    static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private final LoginService loginService;
    private final SettingsStore settingsStore;
    private final SecretStore secretStore;
    private final UiThread ui;
    private final Consumer<OperatorSession> onLoggedIn;

    // what the operator types: the view binds these both ways
    private final StringProperty extensions = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(Settings.DEFAULT_PORT));
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(false);
    private final BooleanProperty remember = new SimpleBooleanProperty(true);

    private final ReadOnlyBooleanWrapper attempted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper extensionsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper usernameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secretNote = new ReadOnlyStringWrapper("");
    private Settings base;

    public LoginViewModel(LoginService loginService, SettingsStore settingsStore, SecretStore secretStore,
                          UiThread ui, Consumer<OperatorSession> onLoggedIn) {
        this.loginService = loginService;
        this.settingsStore = settingsStore;
        this.secretStore = secretStore;
        this.ui = ui;
        this.onLoggedIn = onLoggedIn;
        loadSaved();
        for (ObservableValue<?> input : List.of(extensions, demo, host, port, username, attempted)) {
            input.addListener((obs, o, n) -> validate());
        }
        remember.addListener((obs, o, n) -> updateSecretNote());
        demo.addListener((obs, o, n) -> updateSecretNote());
        validate();
        updateSecretNote();
    }

    private void loadSaved() {
        Optional<Settings> saved = settingsStore.load();
        base = saved.orElseGet(Settings::defaults);
        demo.set(base.demo());
        extensions.set(String.join(", ", base.extensions()));
        if (!base.host().isEmpty()) {
            host.set(base.host());
        }
        port.set(String.valueOf(base.port()));
        username.set(base.username());
        tls.set(base.tls());
        remember.set(saved.isEmpty() || base.remember());
        if (base.remember() && secretStore.isAvailable() && !base.host().isEmpty()) {
            secretStore.read(account()).ifPresent(s -> secret.set(new String(s)));
        }
    }

    /** Enter or the Log in button. Does nothing while busy or when a field is wrong (the errors then show). */
    public void submit() {
        if (busy.get()) {
            return;
        }
        attempted.set(true);
        validate();
        if (!isValid()) {
            return;
        }
        connect(request(), true);
    }

    /**
     * Logs in with a request made elsewhere (e.g. {@code --demo}), showing the same busy state and
     * errors, without saving it as the operator's settings.
     */
    public void submitPrepared(LoginRequest request) {
        if (!busy.get()) {
            connect(request, false);
        }
    }

    private void connect(LoginRequest request, boolean save) {
        error.set("");
        busy.set(true);
        ui.deliver(loginService.login(request), session -> {
            busy.set(false);
            if (save) {
                persist(request);
            }
            onLoggedIn.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(UiThread.messageOf(failure));
        });
    }

    LoginRequest request() {
        return new LoginRequest(parseExtensions(extensions.get()), host.get().trim(), parsePort(port.get()),
                username.get().trim(), secret.get().toCharArray(), tls.get(), demo.get(), remember.get());
    }

    private void persist(LoginRequest r) {
        Settings.Builder b = settingsStore.load().orElse(base).toBuilder();
        b.demo = r.demo();
        b.extensions = r.extensions();
        b.remember = r.remember();
        if (r.remember()) {
            b.host = r.host();
            b.port = r.port();
            b.username = r.username();
            b.tls = r.tls();
        } else {
            b.host = "";
            b.port = Settings.DEFAULT_PORT;
            b.username = "";
            b.tls = false;
        }
        settingsStore.save(b.build());
        if (r.demo() || !secretStore.isAvailable()) {
            return;
        }
        char[] s = r.secret();
        if (r.remember()) {
            secretStore.write(account(), s);
        } else {
            secretStore.delete(account());
        }
        Arrays.fill(s, '\0');
    }

    private String account() {
        return username.get().trim() + "@" + host.get().trim() + ":" + port.get().trim();
    }

    private void validate() {
        boolean show = attempted.get();
        extensionsError.set(extensionsProblem(extensions.get(), show));
        boolean direct = !demo.get();
        hostError.set(direct && show && host.get().isBlank() ? lang("login.error.host") : "");
        portError.set(direct ? portProblem(port.get(), show) : "");
        usernameError.set(direct && show && username.get().isBlank() ? lang("login.error.username") : "");
    }

    private boolean isValid() {
        return extensionsError.get().isEmpty() && hostError.get().isEmpty() && portError.get().isEmpty()
                && usernameError.get().isEmpty();
    }

    static String extensionsProblem(String text, boolean required) {
        List<String> parts = parseExtensions(text);
        if (parts.isEmpty()) {
            return required ? lang("login.error.extensionMissing") : "";
        }
        for (String part : parts) {
            if (!EXTENSION.matcher(part).matches()) {
                return lang("login.error.extensionDigits", part);
            }
        }
        return "";
    }

    static String portProblem(String text, boolean required) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return required ? lang("login.error.portMissing") : "";
        }
        int p = parsePort(t);
        return p >= 1 && p <= 65535 ? "" : lang("connection.error.portRange");
    }

    static List<String> parseExtensions(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? List.of() : List.of(SEPARATORS.split(t));
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void updateSecretNote() {
        if (!remember.get() || demo.get()) {
            secretNote.set("");
        } else if (!secretStore.isAvailable()) {
            secretNote.set(lang("login.secretNotSaved"));
        } else {
            // no keychain here: say plainly that the secret goes to a file, and which
            secretNote.set(secretStore.fallbackFile().map(f -> lang("login.secretInFile", f.toString())).orElse(""));
        }
    }

    public StringProperty extensionsProperty() { return extensions; }
    public BooleanProperty demoProperty() { return demo; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty secretProperty() { return secret; }
    public BooleanProperty tlsProperty() { return tls; }
    public BooleanProperty rememberProperty() { return remember; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty extensionsErrorProperty() { return extensionsError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hostErrorProperty() { return hostError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty portErrorProperty() { return portError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty usernameErrorProperty() { return usernameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty secretNoteProperty() { return secretNote.getReadOnlyProperty(); }

    /** True when the connection fields matter (not the demo PBX). */
    public ObservableValue<Boolean> directConnectionProperty() {
        return Bindings.not(demo);
    }
}
