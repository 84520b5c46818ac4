package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.ui.desktop.DesktopIntegrations;
import dev.ringside.ui.login.LoginView;
import dev.ringside.ui.login.LoginViewModel;
import dev.ringside.ui.main.MainView;
import dev.ringside.ui.main.MainViewModel;
import dev.ringside.ui.popup.IncomingCallsViewModel;
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

    private final Stage stage;
    private final UiContext context;
    private final UiThread ui = UiThread.fx();
    private DesktopIntegration desktop;
    private Settings settings;
    private LoginViewModel login;
    private Running running;
    private String pendingDial;

    /** Everything that lives exactly as long as one operator session. */
    private record Running(OperatorSession session, MainViewModel main, IncomingCallsViewModel popups,
                           PopupWindows windows, Timeline ticker) {
    }

    public Shell(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
    }

    public void start() {
        settings = context.settingsStore().load().orElseGet(Settings::defaults);
        Themes.currentProperty().set(settings.theme());
        desktop = context.desktop() != null ? context.desktop() : DesktopIntegrations.detect(() -> stage);
        stage.setTitle(lang("app.name"));
        stage.getIcons().add(new Image(Shell.class.getResource("ringside.png").toExternalForm()));
        stage.setOnCloseRequest(this::closeRequested);
        if (desktop.tray().isAvailable()) {
            Platform.setImplicitExit(false);
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
        showLogin();
        boolean minimised = settings.startMinimised() && context.autoLogin() == null;
        if (!(minimised && desktop.tray().isAvailable())) {
            stage.setIconified(minimised);
            stage.show();
        }
        // after show(): incoming-call windows of an auto-login must open above the main window
        if (context.autoLogin() != null) {
            login.submitPrepared(context.autoLogin());
        }
    }

    public void showLogin() {
        login = new LoginViewModel(context.loginService(), context.settingsStore(), context.secretStore(), ui, this::showSession);
        setRoot(new LoginView(login).load(), 560, 800);
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
        setRoot(view.load(), 1180, 760);
        stage.setTitle(lang("main.title", main.operatorProperty().get()));
        PopupWindows windows = new PopupWindows(popups, () -> stage, () -> settings.popupTakesFocus());
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            main.tick(context.clock().instant());
            popups.tick(context.clock().instant());
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        main.chipProperty().addListener((obs, o, n) -> updateTray(main));
        main.unseenMissedProperty().addListener((obs, o, n) -> updateTray(main));
        running = new Running(session, main, popups, windows, ticker);
        main.start();
        popups.start();
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
        desktop.tray().update(main.trayLink(), missed, tip);
    }

    private void setRoot(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        Themes.style(scene);
        boolean wasShowing = stage.isShowing();
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(520);
        if (wasShowing) {
            stage.centerOnScreen();
        }
    }

    private void openSettings() {
        SettingsViewModel model = new SettingsViewModel(context.settingsStore(), saved -> {
            settings = saved;
            Themes.currentProperty().set(saved.theme());
            if (running != null) {
                running.popups().enabledProperty().set(saved.popupsEnabled());
            }
        }, context.startAtLogin());
        dev.ringside.ui.port.LookupSetup lookup = running == null ? null : running.session().lookupSetup();
        new SettingsView(model, lookup == null ? null : new dev.ringside.ui.settings.LookupSettingsViewModel(lookup, ui))
                .showAndWait(stage);
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
        String shown = PhoneNumbers.format(number);
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
        desktop.tray().remove();
        Platform.exit();
    }
}
