package dev.ringside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.crm.CrmTrigger;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeLookupSetup;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.port.LookupSetup.DirectoryTest;
import dev.ringside.ui.port.Settings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog's "Contacts and CRM" tab: problems as typed, the connection test, OK saving or refusing. */
@ExtendWith(ApplicationExtension.class)
class LookupSettingsFxTest {

    private final FakeLookupSetup setup = new FakeLookupSetup();
    private final MemorySettingsStore store = new MemorySettingsStore(Settings.defaults());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(new Label("main")), 600, 400);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectoryAndACrmLinkAreCheckedTestedAndSaved(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        Platform.runLater(() -> closed.complete(new SettingsView(new SettingsViewModel(store, s -> { }),
                new LookupSettingsViewModel(setup, UiThread.fx())).showAndWait(stage)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tab-pane .tab").tryQuery()
                .map(tab -> tab.getScene().getWindow().isShowing()).orElse(false));
        // the dialog is nearly as tall as Monocle's 800-pixel screen and opens centred on the small
        // owner, partly above the screen's top, where clicks land on other nodes: put it on screen
        robot.interact(() -> robot.lookup(".tab-pane").query().getScene().getWindow().setY(0));
        robot.clickOn(robot.lookup(".tab-pane .tab").nth(1).queryAs(javafx.scene.Node.class));
        javafx.scene.control.TextField url = robot.lookup("#urlField").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, url::isVisible);
        robot.clickOn(url);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, url::isFocused);
        robot.write("ldap://dc1.corp.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ldap://dc1.corp.example", url.getText());
        ComboBox<LookupSettingsViewModel.Encryption> encryption = robot.lookup("#encryptionBox").queryComboBox();
        assertEquals(LookupSettingsViewModel.Encryption.STARTTLS, encryption.getValue(), "ldap:// means StartTLS");
        robot.clickOn("#encryptionBox").clickOn("None – only for a directory on this computer");
        Label problem = robot.lookup("#directoryProblem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("Callers’ numbers and names would cross the network unencrypted"));
        robot.clickOn("#encryptionBox").clickOn("StartTLS (ldap://, port 389)");
        robot.clickOn("#bindDnField").write("cn=ringside,dc=corp,dc=example");
        robot.clickOn("#passwordField").write("pa55");
        robot.clickOn("#searchBaseField").write("dc=corp,dc=example");
        assertFalse(problem.isVisible());

        setup.testAnswer = new DirectoryTest(DirectoryTest.Outcome.CREDENTIALS, 0);
        robot.clickOn("#testButton");
        Label result = robot.lookup("#testResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "The directory refused the bind DN or the password.".equals(result.getText()));
        assertEquals("pa55", setup.testedPasswords.get(0));

        robot.clickOn("#templateField").write("crm.example/?q={number}");
        Label crmProblem = robot.lookup("#crmProblem").queryAs(Label.class);
        assertEquals("The link must start with https:// or http://.", crmProblem.getText());
        robot.clickOn(robot.lookup(".tab-pane .tab").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("OK");
        assertFalse(closed.isDone(), "a wrong CRM link keeps the dialog open");
        assertTrue(robot.lookup("#templateField").queryAs(TextField.class).isVisible(), "and shows its tab");
        assertTrue(setup.savedPasswords.isEmpty());

        robot.interact(() -> robot.lookup("#templateField").queryAs(TextField.class).setText(
                "https://crm.example/?q={number}"));
        assertFalse(crmProblem.isVisible());
        robot.clickOn("#triggerBox").clickOn("when the call rings");
        robot.clickOn("OK");
        assertTrue(closed.get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !setup.savedPasswords.isEmpty());
        assertEquals("pa55", setup.savedPasswords.get(0));
        assertEquals("ldap://dc1.corp.example", setup.current.directory().url());
        assertTrue(setup.current.directory().startTls());
        assertEquals("cn=ringside,dc=corp,dc=example", setup.current.directory().bindDn());
        assertEquals(CrmTrigger.RING, setup.current.crm().trigger());
    }
}
