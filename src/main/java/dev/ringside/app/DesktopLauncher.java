package dev.ringside.app;

import dev.ringside.app.desktop.AppDirs;
import dev.ringside.app.desktop.Autostart;
import dev.ringside.app.desktop.RequestRelay;
import dev.ringside.app.desktop.WindowsLinkHandler;
import dev.ringside.app.desktop.BuildInfo;
import dev.ringside.app.desktop.LaunchRequest;
import dev.ringside.app.desktop.LogSetup;
import dev.ringside.app.desktop.SingleInstance;
import dev.ringside.app.keychain.Keychains;
import dev.ringside.app.provision.MachineConfig;
import dev.ringside.app.provision.Provisioner;
import dev.ringside.app.settings.FileSettingsStore;
import dev.ringside.app.settings.FileWindowPlaces;
import dev.ringside.app.settings.PreferencesSettingsStore;
import dev.ringside.history.CallHistory;
import dev.ringside.history.HistoryException;
import dev.ringside.ui.RingsideApp;
import dev.ringside.ui.Shell;
import dev.ringside.ui.StartupError;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.UiContext;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.StartAtLogin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop app: one instance per OS user, logs and history in the user's app-data
 * folders, then the JavaFX UI on the engine. {@code --demo [--extension N]} logs straight in to
 * the built-in demo PBX.
 */
final class DesktopLauncher {

    private static final Logger log = LoggerFactory.getLogger(DesktopLauncher.class);
    static final String USAGE = "usage: ringside [--demo [--extension 777]] [show | dial NUMBER | tel:NUMBER] | --version"
            + " | --provision FILE";

    private DesktopLauncher() {
    }

    static int run(List<String> args, PrintStream err) {
        boolean demo = false;
        boolean training = false;
        List<String> extensions = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--demo")) {
                demo = true;
            } else if (a.equals("--cds-training")) {
                training = true;
            } else if ((a.equals("--extension") || a.equals("-e")) && i + 1 < args.size()) {
                for (String ext : args.get(++i).split(",")) {
                    if (!ext.isBlank()) {
                        extensions.add(ext.trim());
                    }
                }
            } else {
                rest.add(a);
            }
        }
        LaunchRequest request;
        try {
            Optional<LaunchRequest> parsed = LaunchRequest.parse(rest);
            if (parsed.isEmpty()) {
                err.println("Unknown command: " + String.join(" ", rest));
                err.println(USAGE);
                err.println("Commands: replay, monitor, simulate (see README)");
                return Cli.EXIT_USAGE;
            }
            request = parsed.get();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }

        AppDirs dirs;
        try {
            dirs = AppDirs.forCurrentUser().createAll();
        } catch (RuntimeException e) {
            err.println("Ringside cannot create its folders: " + e.getMessage());
            return 1;
        }
        Path logFile = LogSetup.configure(dirs.logs());
        BuildInfo build = BuildInfo.load();
        log.info("{} starting; data {}, logs {}", build.versionLine(), dirs.data(), logFile);

        // -Dringside.home is a world of its own: the OS user's old java.util.prefs settings stay out of it
        FileSettingsStore settings = FileSettingsStore.open(dirs.config(),
                AppDirs.portable() ? null : PreferencesSettingsStore.forUser());
        // the operator's language from the first dialog on (a start-up error); the console stays English
        Shell.applyLocale(settings.load().orElseGet(Settings::defaults));

        SingleInstance instance;
        RequestRelay relay = new RequestRelay();
        try {
            Optional<SingleInstance> claimed = SingleInstance.claimOrForward(dirs.data(), request.toArgs(),
                    relay, Duration.ofSeconds(5));
            if (claimed.isEmpty()) {
                err.println("Ringside is already running: brought its window to the front.");
                return Cli.EXIT_OK;
            }
            instance = claimed.get();
        } catch (IOException e) {
            log.warn("Single-instance check failed", e);
            err.println(e.getMessage());
            StartupError.showInstanceNotAnswering();
            return 1;
        }

        CallHistory history;
        try {
            history = CallHistory.open(dirs.data().resolve("history"));
        } catch (HistoryException e) {
            log.warn("History could not open", e);
            err.println(e.getMessage());
            closeQuietly(instance);
            StartupError.show(e);
            return 1;
        }
        SecretStore secrets = Keychains.forDesktop(dirs.config());
        Optional<Autostart> autostart = Autostart.forCurrentUser();
        MachineConfig.applyIfChanged(MachineConfig.location(),
                new Provisioner(settings, secrets, autostart, dirs.config()));
        EngineLoginService login = new EngineLoginService(history, settings, Clock.systemDefaultZone(),
                new ContactsContext(dirs.config(), secrets, dev.ringside.crm.UrlOpeners.firstWorking(List.of(
                        dev.ringside.app.desktop.OsBrowser.forThisOs(), new dev.ringside.app.desktop.AwtBrowser())),
                        dev.ringside.contacts.CallerIdentifier.DEFAULT_PATIENCE));
        LoginRequest autoLogin = demo
                ? new LoginRequest(extensions.isEmpty() ? List.of("777") : extensions, "", 0, "", null, false, true, false)
                : training ? null : AutoLogin.from(settings.load(), secrets).orElse(null);
        if (autoLogin != null && !demo) {
            log.info("Logging in by itself with the remembered connection");
        }
        StartAtLogin startAtLogin = autostart.map(DesktopLauncher::startAtLogin).orElse(null);
        String version = build.version() + " (" + build.buildTime() + ")";
        UiContext.install(new UiContext(login, settings, secrets, null, version, dirs.logs(), null, autoLogin,
                startAtLogin, new FileWindowPlaces(dirs.config())));
        boolean trainingRun = training;
        RingsideApp.setOnStarted(() -> {
            if (trainingRun) {
                // class-data-sharing training: the login window is up, which is all the run is for
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
                return;
            }
            if (request.kind() == LaunchRequest.Kind.DIAL) {
                RingsideApp.dial(request.number());
            }
            relay.attach(DesktopLauncher::fromSecondStart);
        });
        registerLinkHandlerLater();
        if (!training) {
            dev.ringside.ui.desktop.DesktopIntegrations.prepareBeforeToolkit();
        }
        try {
            Application.launch(RingsideApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (training) {
                // a build machine without a display: the classes up to the toolkit start are recorded all the same
                err.println("CDS training run without a display: recorded the classes loaded up to the window.");
                return Cli.EXIT_OK;
            }
            log.error("The desktop UI could not start", e);
            err.println("Ringside could not open its window (" + e.getMessage()
                    + "). It needs a desktop session; the command-line tools (replay, monitor, simulate) work without one.");
            return 1;
        } finally {
            login.close();
            history.close();
            closeQuietly(instance);
        }
        return Cli.EXIT_OK;
    }

    /** A later start of the app handed over its request. */
    private static void fromSecondStart(LaunchRequest request) {
        if (request.kind() == LaunchRequest.Kind.DIAL) {
            RingsideApp.dial(request.number());
        } else {
            RingsideApp.bringToFront();
        }
    }

    /**
     * Start at login for the settings dialog. The OS is asked once, off the FX thread (on Windows
     * that runs reg.exe), and the answer kept; the dialog reads the kept answer.
     */
    private static StartAtLogin startAtLogin(Autostart autostart) {
        java.util.concurrent.atomic.AtomicBoolean enabled = new java.util.concurrent.atomic.AtomicBoolean();
        Thread probe = new Thread(() -> {
            try {
                enabled.set(autostart.isEnabled());
            } catch (IOException e) {
                log.warn("Cannot tell whether Ringside starts at login: {}", e.getMessage());
            }
        }, "ringside-autostart-probe");
        probe.setDaemon(true);
        probe.start();
        return new StartAtLogin() {
            @Override
            public boolean isEnabled() {
                return enabled.get();
            }

            @Override
            public void setEnabled(boolean on) throws IOException {
                if (on) {
                    autostart.enable();
                } else {
                    autostart.disable();
                }
                enabled.set(on);
            }
        };
    }

    /** Windows: offer Ringside for tel:/callto: links (only the user can make it the default). */
    private static void registerLinkHandlerLater() {
        WindowsLinkHandler.forInstalledApp().ifPresent(handler -> {
            Thread t = new Thread(() -> {
                try {
                    if (!handler.isRegistered()) {
                        handler.register();
                    }
                } catch (IOException e) {
                    log.warn("Could not register for tel:/callto: links: {}", e.getMessage());
                }
            }, "ringside-link-handler");
            t.setDaemon(true);
            t.start();
        });
    }

    private static void closeQuietly(SingleInstance instance) {
        try {
            instance.close();
        } catch (IOException e) {
            log.debug("Single-instance files not cleaned up", e);
        }
    }
}
