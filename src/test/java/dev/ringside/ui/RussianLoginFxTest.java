package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiErrors;
import dev.ringside.ami.AmiException;
import dev.ringside.ui.fake.FakeLoginService;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.fake.RecordingDesktop;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The login window with the language setting on Russian: the whole app as the operator starts it. */
@ExtendWith(ApplicationExtension.class)
class RussianLoginFxTest {

    private final RussianLocale before = new RussianLocale();
    private final FakeLoginService login = new FakeLoginService(r -> CompletableFuture.failedFuture(
            new AmiException(AmiErrors.wrongCredentials(), null)));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MemorySettingsStore settings = new MemorySettingsStore(RussianLocale.settings(false));
        UiContext context = new UiContext(login, settings, new MemorySecretStore(true), new RecordingDesktop(),
                "1.0", Path.of("logs"), null, null);
        new Shell(stage, context).start();
    }

    @AfterEach
    void restore() {
        before.restore();
    }

    @Test
    void theFormTitleAndMessagesAreRussian(FxRobot robot) throws Exception {
        assertEquals("Ringside — вход", stage.getTitle());
        assertEquals("Войти", robot.lookup("#loginButton").queryAs(Button.class).getText());
        assertTrue(robot.lookup(".field-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("_Добавочный номер")));

        TextField extensions = robot.lookup("#extensionsField").queryAs(TextField.class);
        robot.interact(() -> extensions.setText(""));
        robot.clickOn(extensions).type(KeyCode.ENTER);
        Label extensionError = robot.lookup("#extensionsError").queryAs(Label.class);
        assertEquals("Введите свой добавочный номер, например 777 (несколько: 777, 888)", extensionError.getText());

        robot.interact(() -> {
            extensions.setText("777");
            robot.lookup("#hostField").queryAs(TextField.class).setText("pbx.example");
            robot.lookup("#usernameField").queryAs(TextField.class).setText("ringside");
        });
        robot.clickOn("#secretField").write("x").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals("Неверное имя пользователя AMI или пароль", robot.lookup("#errorLabel").queryAs(Label.class).getText());
    }
}
