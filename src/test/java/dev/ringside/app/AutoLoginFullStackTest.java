package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.provision.Provisioner;
import dev.ringside.app.provision.ProvisioningFile;
import dev.ringside.ui.port.LoginRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk an administrator provisioned: at start the app logs in by itself with the secret it was
 * given, and "start minimised" keeps the window out of the way (the taskbar here: no tray).
 */
class AutoLoginFullStackTest {

    @TempDir
    Path dir;
    private FullStackApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private LoginRequest provision(String secret, boolean minimised) throws Exception {
        Path file = dir.resolve("desk.conf");
        Files.writeString(file, "host = 127.0.0.1\nport = " + app.sim.port() + "\nusername = " + FullStackApp.USER
                + "\nsecret = " + secret + "\nextensions = 777\nstart_minimised = " + (minimised ? "yes" : "no") + "\n");
        new Provisioner(app.settings, app.secrets, Optional.empty(), dir.resolve("config"))
                .applyOnce("user", ProvisioningFile.read(file));
        // what DesktopLauncher does at the next start
        return AutoLogin.from(app.settings.load(), app.secrets).orElseThrow();
    }

    @Test
    void aProvisionedDeskLogsInByItselfAndStartsMinimised() throws Exception {
        app = new FullStackApp(dir, 0.05);
        LoginRequest auto = provision(FullStackApp.SECRET, true);

        app.launch(auto);

        app.awaitConnected();
        assertEquals("Operator 777", app.text("#operatorLabel"));
        assertTrue(FullStackApp.fx(() -> app.primary.isIconified()), "minimised to the taskbar, not a login window");
        assertTrue(FullStackApp.fx(() -> app.primary.isShowing()));
    }

    @Test
    void aProvisionedSecretThatNoLongerWorksShowsTheLoginWindowWithTheReason() throws Exception {
        app = new FullStackApp(dir, 0.05);
        LoginRequest auto = provision("rotated-by-the-admin", true);

        app.launch(auto);

        FullStackApp.await("the login window shows the error",
                () -> !java.util.Objects.toString(app.text("#errorLabel"), "").isEmpty());
        assertEquals("Wrong AMI username or secret", app.text("#errorLabel"));
        assertTrue(FullStackApp.fx(() -> app.primary.isShowing() && !app.primary.isIconified()),
                "a login that needs the operator is in front of them");
        assertEquals("op777", app.text("#usernameField"));
    }

    @Test
    void withoutRememberedSettingsNothingLogsInByItself() throws Exception {
        app = new FullStackApp(dir, 0.05);
        assertFalse(AutoLogin.from(app.settings.load(), app.secrets).isPresent());
        app.rememberSimulator(b -> { });
        assertFalse(AutoLogin.from(app.settings.load(), app.secrets).isPresent(), "no secret kept: the form asks");
    }
}
