package dev.ringside.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeLoginService;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.port.OperatorSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoginViewFxTest {

    private final FakeLoginService login = new FakeLoginService(r -> CompletableFuture.failedFuture(
            new AmiException(AmiError.Kind.WRONG_CREDENTIALS, "Wrong AMI username or secret")));
    private Stage stage;
    private final CompletableFuture<OperatorSession> loggedIn = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LoginViewModel model = new LoginViewModel(login, new MemorySettingsStore(null), new MemorySecretStore(true),
                UiThread.fx(), loggedIn::complete);
        Scene scene = new Scene(new LoginView(model).load(), 560, 800);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void badExtensionIsReportedInlineAndNothingIsSent(FxRobot robot) {
        robot.clickOn("#extensionsField").write("7a7").type(KeyCode.ENTER);
        Label error = robot.lookup("#extensionsError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("digits"), error.getText());
        assertTrue(login.requests.isEmpty());
    }

    @Test
    void wrongSecretShowsTheMessageAndKeepsTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#extensionsField").write("777");
        robot.clickOn("#pbxChoice");
        robot.clickOn("#hostField").write("pbx.example");
        robot.clickOn("#usernameField").write("ringside");
        robot.clickOn("#secretField").write("wrong").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertEquals("Wrong AMI username or secret", error.getText());
        assertTrue(error.isVisible());
        assertEquals("pbx.example", robot.lookup("#hostField").queryAs(TextField.class).getText());
        assertEquals("777", robot.lookup("#extensionsField").queryAs(TextField.class).getText());
        assertEquals("wrong", robot.lookup("#secretField").queryAs(TextField.class).getText());
        assertEquals(1, login.requests.size());
        assertTrue(!loggedIn.isDone());
    }

    @Test
    void inASmallWindowTheErrorIsWholeAndLogInStaysInView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(480);
            stage.setHeight(420);
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn("#extensionsField").write("777");
        robot.clickOn("#pbxChoice");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#hostField").queryAs(TextField.class).setText("127.0.0.1");
        robot.lookup("#usernameField").queryAs(TextField.class).setText("op777");
        robot.clickOn("#loginButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds window = new javafx.geometry.BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        javafx.scene.Node button = robot.lookup("#loginButton").query();
        assertTrue(window.contains(button.localToScreen(button.getBoundsInLocal())), "Log in is inside the window");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(window.contains(error.localToScreen(error.getBoundsInLocal())), "so is the error");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) error.lookup(".text");
        assertEquals(error.getText(), shown.getText(), "the error is not cut");
    }
}
