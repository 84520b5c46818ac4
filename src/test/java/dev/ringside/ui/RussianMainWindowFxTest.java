package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeLoginService;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.fake.SampleHistory;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.OperatorSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, an incoming call and the settings with the language setting on Russian. */
@ExtendWith(ApplicationExtension.class)
class RussianMainWindowFxTest {

    private final RussianLocale before = new RussianLocale();
    private final FakeSession session = new FakeSession("", "777", "888");
    private final MemorySettingsStore settings = new MemorySettingsStore(RussianLocale.settings(true));
    private Stage stage;
    private Call ringing;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session.addHistory(SampleHistory.generate(40, Instant.now(), List.of("777", "888"), 3));
        FakeLoginService login = new FakeLoginService(r -> CompletableFuture.<OperatorSession>completedFuture(session));
        LoginRequest demo = new LoginRequest(List.of("777", "888"), "", 0, "", null, false, true, false);
        UiContext context = new UiContext(login, settings, new MemorySecretStore(true), new RecordingDesktop(),
                "1.0", Path.of("logs"), null, demo);
        new Shell(stage, context).start();
    }

    @AfterEach
    void restore(FxRobot robot) {
        if (ringing != null) {
            // the call ends: its popup closes for good (a hidden one would come back when the main window hides)
            robot.interact(() -> session.push(Calls.ended(ringing, dev.ringside.call.CallStatus.MISSED, Instant.now())));
        }
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide));
        before.restore();
    }

    @Test
    void windowTitlesAndTheIncomingCallAreRussian(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#operatorLabel").tryQuery().isPresent());
        assertEquals("Ringside — Оператор 777, 888", stage.getTitle());
        assertEquals("Оператор 777, 888", robot.lookup("#operatorLabel").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "1–40 из 40".equals(robot.lookup("#rangeLabel").queryAs(Label.class).getText()));
        assertEquals("Подключено", robot.lookup("#connectionChip").queryAs(Label.class).getText());

        ringing = Calls.ringing("1700000200.1", "+79123456789", "Иван Петров", "777", Instant.now().minusSeconds(3));
        robot.interact(() -> session.push(ringing));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> popup().isPresent());
        // a popup window, which no window manager focuses: no title, its caption says what it is
        Window popup = popup().orElseThrow();
        assertEquals("8 (912) 345-67-89", robot.from(popup.getScene().getRoot()).lookup("#callerNumber")
                .queryAs(Label.class).getText());
        assertTrue(robot.from(popup.getScene().getRoot()).lookup(".popup-caption").queryAs(Label.class).getText()
                .startsWith("Входящий звонок"));
        Button accept = robot.from(popup.getScene().getRoot()).lookup("#acceptButton").queryAs(Button.class);
        assertEquals("Принять", accept.getText());
        Label called = robot.from(popup.getScene().getRoot()).lookup("#calledNumber").queryAs(Label.class);
        assertEquals("на 777", called.getText());
    }

    @Test
    void missedCallsCountInRussianPluralForms(FxRobot robot) throws Exception {
        Map<Integer, String> expected = Map.of(
                1, "1 пропущенный звонок",
                2, "2 пропущенных звонка",
                5, "5 пропущенных звонков",
                11, "11 пропущенных звонков",
                21, "21 пропущенный звонок",
                22, "22 пропущенных звонка");
        for (int n : new int[] {1, 2, 5, 11, 21, 22}) {
            session.unseenMissed = n;
            robot.interact(session::fireHistoryChanged);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> expected.get(n).equals(
                    robot.lookup("#missedButton").queryAs(Button.class).getText()));
        }
    }

    @Test
    void settingsAreRussianAndSwitchingToEnglishRebuildsTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#operatorLabel").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#languageBox").tryQuery().isPresent());
        Stage dialog = (Stage) robot.lookup("#languageBox").query().getScene().getWindow();
        assertEquals("Настройки", dialog.getTitle());
        assertEquals("Показывать _окно для каждого входящего звонка",
                robot.lookup("#popupsBox").queryAs(CheckBox.class).getText());
        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#languageBox").queryAs(ComboBox.class);
        assertEquals("ru", language.getValue());
        assertEquals("Русский", language.getConverter().toString("ru"));

        robot.interact(() -> language.setValue("en"));
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Ringside – Operator 777, 888".equals(stage.getTitle()));
        assertEquals("en", settings.saved.language());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#connectionChip").tryQuery()
                .map(n -> ((Label) n).getText()).filter("Connected"::equals).isPresent());
    }

    private Optional<Window> popup() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.getScene() != null
                && w.getScene().getRoot().lookup("#callerNumber") != null).findFirst();
    }
}
