package dev.ringside.ui;

import dev.ringside.ui.port.DesktopIntegration;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.LoginService;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.SettingsStore;
import dev.ringside.ui.port.StartAtLogin;
import dev.ringside.ui.port.WindowPlaces;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the UI needs from the rest of the app. The composition root builds one and calls
 * {@link #install(UiContext)} before {@code Application.launch(RingsideApp.class)}.
 *
 * @param desktop   tray and notifications; null picks {@code dev.ringside.ui.desktop.DesktopIntegrations.detect()}
 * @param autoLogin when set (e.g. {@code --demo}), the app logs in with it at start instead of showing the form
 * @param startAtLogin start at login, where this install can do it; null hides the option
 * @param windowPlaces where windows were, per screen setup; null keeps them for this run only
 */
public record UiContext(
        LoginService loginService,
        SettingsStore settingsStore,
        SecretStore secretStore,
        DesktopIntegration desktop,
        String version,
        Path logFolder,
        Clock clock,
        LoginRequest autoLogin,
        StartAtLogin startAtLogin,
        WindowPlaces windowPlaces) {

    private static volatile UiContext current;

    public UiContext(LoginService loginService, SettingsStore settingsStore, SecretStore secretStore,
                     DesktopIntegration desktop, String version, Path logFolder, Clock clock, LoginRequest autoLogin) {
        this(loginService, settingsStore, secretStore, desktop, version, logFolder, clock, autoLogin, null, null);
    }

    public UiContext(LoginService loginService, SettingsStore settingsStore, SecretStore secretStore,
                     DesktopIntegration desktop, String version, Path logFolder, Clock clock, LoginRequest autoLogin,
                     StartAtLogin startAtLogin) {
        this(loginService, settingsStore, secretStore, desktop, version, logFolder, clock, autoLogin, startAtLogin, null);
    }

    public UiContext {
        Objects.requireNonNull(loginService, "loginService");
        Objects.requireNonNull(settingsStore, "settingsStore");
        secretStore = secretStore == null ? SecretStore.NONE : secretStore;
        version = version == null ? "dev" : version;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
        windowPlaces = windowPlaces == null ? WindowPlaces.inMemory() : windowPlaces;
    }

    public static void install(UiContext context) {
        current = Objects.requireNonNull(context, "context");
    }

    public static UiContext current() {
        UiContext c = current;
        if (c == null) {
            throw new IllegalStateException("UiContext.install(...) must run before the app starts");
        }
        return c;
    }

    public UiContext withAutoLogin(LoginRequest request) {
        return new UiContext(loginService, settingsStore, secretStore, desktop, version, logFolder, clock, request,
                startAtLogin, windowPlaces);
    }
}
