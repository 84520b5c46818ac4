package dev.ringside.app;

import dev.ringside.call.CallStatus;
import dev.ringside.history.CallHistory;
import dev.ringside.history.StoredCall;
import dev.ringside.app.keychain.FileSecretStore;
import dev.ringside.app.keychain.KeychainOrFile;
import dev.ringside.app.settings.FileSettingsStore;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.ui.RingsideApp;
import dev.ringside.ui.UiContext;
import dev.ringside.ui.desktop.DesktopIntegrations;
import dev.ringside.ui.desktop.InAppNotifier;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.LoginService;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desktop app over real parts, for full-stack TestFX tests: the PBX simulator on a free
 * loopback port, {@link EngineLoginService} over an H2 history file, settings and the secret in a
 * throw-away config folder, and {@link RingsideApp} started under Monocle.
 */
final class FullStackApp implements AutoCloseable {

    static final String USER = "op777";
    static final String SECRET = "op777-secret";
    static final String EXTENSION = "777";
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final String POPUP_TITLE = "Incoming call";

    final PbxSimulator sim;
    final CallHistory history;
    final FileSettingsStore settings;
    /** Where the app keeps the secret: here no keychain, so a private file in the config folder. */
    final SecretStore secrets;
    final FxRobot robot = new FxRobot();
    /** Titles of every incoming-call window opened so far, even ones that closed again at once. */
    final List<String> popupsOpened = new CopyOnWriteArrayList<>();

    private final EngineLoginService login;
    private final List<OperatorSession> sessions = new CopyOnWriteArrayList<>();
    private final ListChangeListener<Window> popupWatch = change -> {
        while (change.next()) {
            for (Window w : change.getAddedSubList()) {
                if (isPopup(w)) {
                    popupsOpened.add(describe(w));
                }
            }
        }
    };
    private Application app;
    /** The main window (login, then the logged-in view). */
    Stage primary;

    FullStackApp(Path dir, double timeScale) throws Exception {
        this(dir, timeScale, ContactsContext.none());
    }

    /** @param contacts the directory and CRM settings' folder, the keychain and the browser the sessions get */
    FullStackApp(Path dir, double timeScale, ContactsContext contacts) throws Exception {
        sim = PbxSimulator.builder().user(AmiUser.admin(USER, SECRET)).timeScale(timeScale).build();
        sim.start(0);
        history = CallHistory.open(dir.resolve("history"));
        settings = new FileSettingsStore(dir.resolve("config"));
        secrets = new KeychainOrFile(SecretStore.NONE, new FileSecretStore(dir.resolve("config")));
        login = new EngineLoginService(history, settings, Clock.systemDefaultZone(), contacts);
    }

    /** Saved settings for the simulator, as after an earlier login with "remember me". */
    void rememberSimulator(Consumer<Settings.Builder> tweak) {
        Settings.Builder b = Settings.defaults().toBuilder();
        b.demo = false;
        b.extensions = List.of(EXTENSION);
        b.host = "127.0.0.1";
        b.port = sim.port();
        b.username = USER;
        b.remember = true;
        tweak.accept(b);
        settings.save(b.build());
    }

    LoginRequest simulatorLogin() {
        return new LoginRequest(List.of(EXTENSION), "127.0.0.1", sim.port(), USER, SECRET.toCharArray(),
                false, false, false);
    }

    /** Starts the app as the launcher does: install the context, then the JavaFX application. */
    void launch(LoginRequest autoLogin) throws Exception {
        primary = FxToolkit.registerPrimaryStage();
        Stage primary = this.primary;
        // passes through to the real service; only remembers the sessions so close() can log them out
        LoginService recording = request -> login.login(request).thenApply(session -> {
            sessions.add(session);
            return session;
        });
        UiContext.install(new UiContext(recording, settings, secrets,
                DesktopIntegrations.of(DesktopIntegrations.NoTray.INSTANCE, new InAppNotifier(() -> primary)),
                "test", null, Clock.systemDefaultZone(), autoLogin));
        FxToolkit.setupFixture(() -> Window.getWindows().addListener(popupWatch));
        app = FxToolkit.setupApplication(RingsideApp.class);
    }

    /** The session the app logged in with (the latest). */
    OperatorSession session() {
        return sessions.get(sessions.size() - 1);
    }

    // ---------------------------------------------------------------- the main window

    void awaitConnected() throws TimeoutException {
        await("the main window shows Connected", () -> "Connected".equals(text("#connectionChip")));
    }

    /** The text of the first label, button or field matching the query, or null when there is none. */
    String text(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(FullStackApp::textOf).orElse(null));
    }

    private static String textOf(Node n) {
        return n instanceof TextInputControl field ? field.getText() : ((Labeled) n).getText();
    }

    boolean showing(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    // ---------------------------------------------------------------- incoming-call windows

    /** The incoming-call windows on screen: popup windows (the default) or focus-taking stages. */
    List<Window> openPopups() {
        return fx(() -> Window.getWindows().stream().filter(FullStackApp::isPopup).toList());
    }

    Window awaitPopup() throws TimeoutException {
        await("an incoming-call window opens", () -> !openPopups().isEmpty());
        List<Window> open = openPopups();
        if (open.size() != 1) {
            throw new AssertionError("expected one incoming-call window, found " + open.size() + ": "
                    + fx(() -> open.stream().map(w -> w.getClass().getSimpleName() + " " + describe(w)
                    + " " + w.getScene().getRoot()).toList()));
        }
        return open.get(0);
    }

    void awaitNoPopup() throws TimeoutException {
        await("every incoming-call window closes", () -> openPopups().isEmpty());
    }

    <T extends Node> T popupNode(Window popup, String query) {
        return fx(() -> robot.from(popup.getScene().getRoot()).lookup(query).query());
    }

    String popupText(Window popup, String query) {
        return fx(() -> textOf(robot.from(popup.getScene().getRoot()).lookup(query).query()));
    }

    private static boolean isPopup(Window w) {
        if (w instanceof Stage s) {
            return s.getTitle() != null && s.getTitle().startsWith(POPUP_TITLE);
        }
        return w instanceof javafx.stage.PopupWindow && w.getScene() != null
                && w.getScene().getRoot().lookup("#callerNumber") != null;
    }

    private static String describe(Window w) {
        Node number = w.getScene().getRoot().lookup("#callerNumber");
        return POPUP_TITLE + " from " + (number instanceof Labeled l ? l.getText() : "?");
    }

    // ---------------------------------------------------------------- history

    long operatorId() {
        return history.ensureOperator("", List.of(EXTENSION)).id();
    }

    Optional<StoredCall> stored(String linkedId) {
        return history.find(operatorId(), linkedId);
    }

    StoredCall awaitStored(String linkedId, Predicate<StoredCall> condition, String what) throws TimeoutException {
        await("the stored call " + what, () -> stored(linkedId).filter(condition).isPresent());
        return stored(linkedId).orElseThrow();
    }

    StoredCall awaitStatus(String linkedId, CallStatus status) throws TimeoutException {
        return awaitStored(linkedId, c -> c.call().status() == status, "is " + status.wireName());
    }

    // ---------------------------------------------------------------- waiting

    static void await(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            TimeoutException named = new TimeoutException("Timed out waiting until " + what);
            named.initCause(e);
            throw named;
        }
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the UI", e);
        }
    }

    // ---------------------------------------------------------------- teardown

    @Override
    public void close() throws Exception {
        try {
            for (OperatorSession s : sessions) {
                s.logout().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (app != null) {
                // the Log out button stops the Shell's ticker and popups; the session is already closed
                FxToolkit.setupFixture(() -> {
                    Window.getWindows().removeListener(popupWatch);
                    robot.lookup(".button").match((Button b) -> "Log out".equals(b.getText().replace("_", "")))
                            .tryQuery().ifPresent(b -> ((Button) b).fire());
                });
                FxToolkit.cleanupApplication(app);
                FxToolkit.cleanupStages();
                // popup windows are no stages: close any left over so the next test starts clean
                FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream()
                        .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(Window::hide));
            }
        } finally {
            login.close();
            sim.close();
            history.close();
        }
    }
}
