package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.phone.HomeCountry;
import dev.ringside.ui.desk.CallWindows;
import dev.ringside.ui.desk.CallWindowsViewModel;
import dev.ringside.ui.desktop.DesktopIntegrations;
import dev.ringside.ui.i18n.Localization;
import dev.ringside.ui.login.LoginView;
import dev.ringside.ui.login.LoginViewModel;
import dev.ringside.ui.main.MainView;
import dev.ringside.ui.main.MainViewModel;
import dev.ringside.ui.popup.IncomingCallsViewModel;
import dev.ringside.ui.popup.PopupHost;
import dev.ringside.ui.popup.PopupWindows;
import dev.ringside.ui.port.DesktopIntegration;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.TrayService;
import dev.ringside.ui.settings.SettingsView;
import dev.ringside.ui.settings.SettingsViewModel;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the main window and moves between login and the logged-in main view; runs the popups,
 * the one-second ticker and the tray for the current session.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    private static final double MIN_WIDTH = 480;
    private static final double MIN_HEIGHT = 520;

    private final Stage stage;
    private final UiContext context;
    private final UiThread ui = UiThread.fx();
    private DesktopIntegration desktop;
    private Settings settings;
    private LoginViewModel login;
    private Running running;
    private String pendingDial;
    /** Started minimised with a login of its own: the window stays out of sight until it is wanted. */
    private boolean startHidden;
    /** Owns the popups; made with the first session, when the main window is up (or meant to stay hidden). */
    private PopupHost popupHost;
    /** Which view the main window shows ("login" or "main"): each keeps its own place. */
    private String windowName = LOGIN;
    private static final String LOGIN = "login";
    private static final String MAIN = "main";

    /** Everything that lives exactly as long as one operator session. */
    private record Running(OperatorSession session, MainViewModel main, IncomingCallsViewModel popups,
                           PopupWindows windows, Timeline ticker, CallWindowsViewModel callWindows,
                           CallWindows callStages) {
    }

    public Shell(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
    }

    public void start() {
        settings = context.settingsStore().load().orElseGet(Settings::defaults);
        applyLocale(settings);
        Themes.currentProperty().set(settings.theme());
        desktop = context.desktop() != null ? context.desktop() : DesktopIntegrations.detect(() -> stage);
        stage.setTitle(lang("app.name"));
        stage.getIcons().add(new Image(Shell.class.getResource("ringside.png").toExternalForm()));
        stage.setOnCloseRequest(this::closeRequested);
        WindowFit.remember(stage, () -> windowName, context.windowPlaces());
        if (desktop.tray().isAvailable()) {
            Platform.setImplicitExit(false);
            installTray();
        }
        showLogin();
        // "start minimised" is for a hands-off start: the login runs unseen and the logged-in window
        // goes to the tray (or the taskbar); a login that fails, or needs typing, shows the window
        startHidden = settings.startMinimised() && context.autoLogin() != null;
        if (startHidden) {
            login.errorProperty().addListener((obs, o, error) -> {
                if (!error.isEmpty() && running == null) {
                    startHidden = false;
                    bringToFront();
                }
            });
        } else {
            stage.show();
        }
        // after show(): incoming-call windows of an auto-login must open above the main window
        if (context.autoLogin() != null) {
            login.submitPrepared(context.autoLogin());
        }
    }

    /** The language and home country the settings ask for, app-wide (texts, dates, numbers). */
    public static void applyLocale(Settings s) {
        Localization.applySetting(s.language());
        HomeCountry.set(s.homeCountry().isBlank() ? Localization.formatLocale().getCountry() : s.homeCountry());
    }

    private void installTray() {
        desktop.tray().install(new TrayService.Actions() {
            @Override
            public void show() {
                bringToFront();
            }

            @Override
            public void setPopupsPaused(boolean paused) {
                if (running != null) {
                    running.popups().pausedProperty().set(paused);
                }
            }

            @Override
            public void quit() {
                Shell.this.quit();
            }
        });
    }

    public void showLogin() {
        login = new LoginViewModel(context.loginService(), context.settingsStore(), context.secretStore(), ui, this::showSession);
        setRoot(new LoginView(login).load(), LOGIN, 520, 640);
        stage.setTitle(lang("login.title"));
    }

    /** Shows the main window for a session that is already logged in (the login screen's success path, or --demo). */
    public void showSession(OperatorSession session) {
        stopSession();
        MainViewModel main = new MainViewModel(session, ui, context.clock(), desktop.notifier());
        IncomingCallsViewModel popups = new IncomingCallsViewModel(session, ui, context.clock());
        popups.enabledProperty().set(settings.popupsEnabled());
        MainView view = new MainView(main, new MainView.Actions() {
            @Override
            public void openSettings() {
                Shell.this.openSettings();
            }

            @Override
            public void openAbout() {
                About.show(stage, context);
            }

            @Override
            public void logout() {
                Shell.this.logout();
            }
        });
        setRoot(view.load(), MAIN, main.desk().isPresent() ? 1480 : 1180, 760);
        stage.setTitle(lang("main.title", main.operatorProperty().get()));
        if (startHidden) {
            // a hands-off start: in the tray when there is one, else minimised to the taskbar
            startHidden = false;
            if (!desktop.tray().isAvailable()) {
                stage.setIconified(true);
                stage.show();
            }
        }
        if (popupHost == null) {
            popupHost = new PopupHost(stage);
        }
        PopupWindows windows = new PopupWindows(popups, popupHost, () -> settings.popupTakesFocus(), this::bringToFront);
        main.missedNotices().setAllowed(() -> popups.enabledProperty().get() && !popups.pausedProperty().get());
        CallWindowsViewModel callWindows = main.desk().map(d -> new CallWindowsViewModel(d, session, ui)).orElse(null);
        CallWindows callStages = callWindows == null ? null : new CallWindows(callWindows);
        if (callWindows != null) {
            callWindows.enabledProperty().set(settings.popupsEnabled());
        }
        main.desk().ifPresent(d -> d.setOnBreakChanged(() -> updateTray(main)));
        int[] seconds = {0};
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            main.tick(context.clock().instant());
            popups.tick(context.clock().instant());
            if (callWindows != null) {
                callWindows.tick(context.clock().instant());
            }
            if (++seconds[0] % 60 == 0) {
                updateTray(main); // a break's minutes go on
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        main.chipProperty().addListener((obs, o, n) -> updateTray(main));
        main.unseenMissedProperty().addListener((obs, o, n) -> updateTray(main));
        running = new Running(session, main, popups, windows, ticker, callWindows, callStages);
        main.start();
        popups.start();
        if (callWindows != null) {
            callWindows.start();
        }
        updateTray(main);
        if (pendingDial != null) {
            String number = pendingDial;
            pendingDial = null;
            placeCall(session, number);
        }
    }

    private void updateTray(MainViewModel main) {
        int missed = main.unseenMissedProperty().get();
        String link = main.chipProperty().get().text();
        String tip = missed > 0 ? plural("tray.tooltip.missed", missed, link) : lang("tray.tooltip", link);
        String onBreak = main.desk().map(d -> d.breaks().trayText()).orElse("");
        desktop.tray().update(main.trayLink(), missed, onBreak.isEmpty() ? tip : lang("desk.tray.withBreak", tip, onBreak));
    }

    /** Puts a view in the main window, sized to fit its screen, where it was last on this screen setup. */
    private void setRoot(Parent root, String name, double width, double height) {
        if (stage.getScene() != null && stage.isShowing()) {
            WindowFit.save(stage, windowName, context.windowPlaces());
        }
        windowName = name;
        javafx.geometry.Dimension2D size = WindowFit.place(stage, width, height,
                context.windowPlaces().load(name, WindowFit.screensKey()));
        Scene scene = stage.getScene();
        if (scene == null) {
            // the scene carries the size too: a stage shown for the first time takes its scene's size
            scene = new Scene(root, size.getWidth(), size.getHeight());
            Themes.style(scene);
            stage.setScene(scene);
            // Russian runs 20-40 % longer: the smallest window follows what the content needs in
            // this language, checked after each layout because texts (a missed-call count) come and go
            scene.addPostLayoutPulseListener(this::fitMinimumSize);
        } else {
            // one scene for the window's life, the view swapped in: a new scene makes window managers
            // resize the window on their own
            scene.setRoot(root);
        }
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
    }

    private void fitMinimumSize() {
        Scene scene = stage.getScene();
        if (!stage.isShowing()) {
            return;
        }
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        Parent root = scene.getRoot();
        // never larger than the screen (at 200 % scaling a content's minimum may be)
        Rectangle2D area = WindowFit.screenArea(stage);
        double width = Math.min(area.getWidth(), Math.max(MIN_WIDTH, Math.ceil(root.minWidth(-1)) + frameWidth));
        // at the scene's width: a row of filters that wraps makes the window taller
        double height = Math.min(area.getHeight(),
                Math.max(MIN_HEIGHT, Math.ceil(root.minHeight(scene.getWidth())) + frameHeight));
        // only real changes: every call sends the window manager new size hints
        if (width != stage.getMinWidth()) {
            stage.setMinWidth(width);
        }
        if (height != stage.getMinHeight()) {
            stage.setMinHeight(height);
        }
        if (stage.getWidth() < width) {
            stage.setWidth(width);
        }
        if (stage.getHeight() < height) {
            stage.setHeight(height);
        }
    }

    private void openSettings() {
        Settings before = settings;
        SettingsViewModel model = new SettingsViewModel(context.settingsStore(), saved -> {
            settings = saved;
            Themes.currentProperty().set(saved.theme());
            if (running != null) {
                running.popups().enabledProperty().set(saved.popupsEnabled());
                if (running.callWindows() != null) {
                    running.callWindows().enabledProperty().set(saved.popupsEnabled());
                }
            }
        }, context.startAtLogin());
        dev.ringside.ui.port.LookupSetup lookup = running == null ? null : running.session().lookupSetup();
        new SettingsView(model, lookup == null ? null : new dev.ringside.ui.settings.LookupSettingsViewModel(lookup, ui))
                .showAndWait(stage);
        if (!settings.language().equals(before.language()) || !settings.homeCountry().equals(before.homeCountry())) {
            applyLocale(settings);
            reloadViews();
        }
    }

    /** Builds the windows again in the new language: the session and its calls go on. */
    private void reloadViews() {
        if (running != null) {
            showSession(running.session());
        } else {
            showLogin();
        }
        if (desktop.tray().isAvailable()) {
            desktop.tray().remove();
            installTray();
            if (running != null) {
                updateTray(running.main());
            }
        }
    }

    private void logout() {
        Running r = running;
        stopSession();
        showLogin();
        if (r != null) {
            r.session().logout().exceptionally(e -> {
                LOG.warn("Logout did not finish cleanly: {}", e.toString());
                return null;
            });
        }
    }

    private void stopSession() {
        if (running != null) {
            running.ticker().stop();
            running.popups().stop();
            running.windows().closeAll();
            if (running.callWindows() != null) {
                running.callWindows().stop();
                running.callStages().closeAll();
            }
            running.main().stop();
            running = null;
            desktop.tray().update(TrayService.Link.OFFLINE, 0, lang("tray.loggedOut"));
        }
    }

    private void closeRequested(WindowEvent e) {
        if (desktop.tray().isAvailable()) {
            e.consume();
            stage.hide();
            return;
        }
        if (running == null) {
            quit();
            return;
        }
        e.consume();
        ButtonType quit = new ButtonType(lang("quit.button"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, lang("quit.message"), quit, Dialogs.cancel());
        ask.initOwner(stage);
        WindowFit.centreOnOwner(ask, stage);
        ask.setTitle(lang("quit.title"));
        ask.setHeaderText(lang("quit.title"));
        ask.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        ask.getDialogPane().getStyleClass().addAll(stage.getScene().getRoot().getStyleClass());
        if (ask.showAndWait().filter(quit::equals).isPresent()) {
            quit();
        }
    }

    /**
     * Calls a number from the operator's phone (a clicked tel: link); before login the number waits
     * until the operator has logged in.
     */
    public void dial(String number) {
        bringToFront();
        if (running == null) {
            pendingDial = number;
            return;
        }
        placeCall(running.session(), number);
    }

    private void placeCall(OperatorSession session, String number) {
        String shown = NumberText.of(number);
        ui.deliver(session.callBack(number),
                ok -> desktop.notifier().notify(lang("notify.calling.title", shown), lang("notify.calling.message")),
                failure -> desktop.notifier().notify(lang("notify.callFailed.title", shown), UiThread.messageOf(failure)));
    }

    public void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Logs out (waiting a moment for the PBX), removes the tray icon and ends the FX toolkit. */
    public void quit() {
        Running r = running;
        stopSession();
        if (r != null) {
            try {
                r.session().logout().get(3, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("Logout at quit did not finish: {}", e.toString());
            }
        }
        WindowFit.save(stage, windowName, context.windowPlaces());
        desktop.tray().remove();
        if (popupHost != null) {
            popupHost.close();
        }
        Platform.exit();
    }
}
