package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The login screen of the real app, against the built-in demo PBX and the simulator. */
class LoginFullStackTest {

    @TempDir
    Path dir;
    private FullStackApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNewUserTypesAnExtensionAndPressesEnterToReachTheDemoPbx() throws Exception {
        app = new FullStackApp(dir, 0.05);
        app.launch(null);
        FxRobot robot = app.robot;
        assertTrue(FullStackApp.fx(() -> robot.lookup("#demoChoice").queryAs(RadioButton.class).isSelected()),
                "with no saved settings the demo PBX is the default");

        robot.clickOn("#extensionsField").write("777").type(KeyCode.ENTER);

        app.awaitConnected();
        assertEquals("Operator 777", app.text("#operatorLabel"));
        assertEquals("Your numbers: 777", app.text("#numbersLabel"));
        Settings saved = app.settings.load().orElseThrow();
        assertTrue(saved.demo());
        assertEquals(List.of("777"), saved.extensions());
        // the demo PBX rings the new operator within seconds
        javafx.stage.Window popup = app.awaitPopup();
        assertFalse(app.popupText(popup, "#callerNumber").isBlank());
    }

    @Test
    void aWrongSecretIsShownInlineAndTheFormStaysFilledIn() throws Exception {
        app = new FullStackApp(dir, 0.05);
        app.rememberSimulator(b -> { });
        app.launch(null);
        FxRobot robot = app.robot;
        String port = String.valueOf(app.sim.port());
        assertEquals(port, app.text("#portField"), "the remembered connection is filled in");

        robot.clickOn("#secretField").write("wrong").type(KeyCode.ENTER);

        FullStackApp.await("the login error shows", () -> !app.text("#errorLabel").isEmpty());
        assertEquals("Wrong AMI username or secret", app.text("#errorLabel"));
        assertTrue(app.showing("#errorLabel"));
        assertEquals("777", app.text("#extensionsField"));
        assertEquals("127.0.0.1", app.text("#hostField"));
        assertEquals(port, app.text("#portField"));
        assertEquals("op777", app.text("#usernameField"));
        assertEquals("wrong", app.text("#secretField"));
        assertTrue(FullStackApp.fx(() -> robot.lookup("#pbxChoice").queryAs(RadioButton.class).isSelected()));
        assertEquals(null, app.text("#operatorLabel"), "still on the login screen");

        // the same form, with the right secret, logs in
        robot.clickOn("#secretField").eraseText("wrong".length()).write(FullStackApp.SECRET).type(KeyCode.ENTER);
        app.awaitConnected();
        assertEquals("Operator 777", app.text("#operatorLabel"));
    }
}
