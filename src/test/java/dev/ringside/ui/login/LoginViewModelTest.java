package dev.ringside.ui.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeLoginService;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Settings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {

    private final FakeSession session = new FakeSession("Operator 777", "777");
    private CompletableFuture<OperatorSession> answer = new CompletableFuture<>();
    private final FakeLoginService login = new FakeLoginService(r -> answer);
    private final MemorySettingsStore settings = new MemorySettingsStore(null);
    private final MemorySecretStore secrets = new MemorySecretStore(true);
    private final AtomicReference<OperatorSession> loggedIn = new AtomicReference<>();

    private LoginViewModel model() {
        return new LoginViewModel(login, settings, secrets, UiThread.direct(), loggedIn::set);
    }

    @Test
    void freshInstallOffersTheDemoPbx() {
        LoginViewModel m = model();
        assertTrue(m.demoProperty().get());
        assertEquals("", m.extensionsErrorProperty().get(), "no error before the operator tried");
    }

    @Test
    void anExtensionIsDigitsOnly() {
        LoginViewModel m = model();
        m.extensionsProperty().set("7a7");
        assertTrue(m.extensionsErrorProperty().get().contains("digits"), m.extensionsErrorProperty().get());
        m.submit();
        assertTrue(login.requests.isEmpty());
        m.extensionsProperty().set("777, 888");
        assertEquals("", m.extensionsErrorProperty().get());
        m.submit();
        assertEquals(List.of("777", "888"), login.requests.get(0).extensions());
        assertTrue(login.requests.get(0).demo());
    }

    @Test
    void emptyExtensionIsReportedOnSubmitOnly() {
        LoginViewModel m = model();
        assertEquals("", m.extensionsErrorProperty().get());
        m.submit();
        assertFalse(m.extensionsErrorProperty().get().isEmpty());
        assertTrue(login.requests.isEmpty());
    }

    @Test
    void portMustBeInRange() {
        LoginViewModel m = model();
        m.demoProperty().set(false);
        m.extensionsProperty().set("777");
        m.hostProperty().set("pbx.example");
        m.usernameProperty().set("ringside");
        for (String bad : List.of("0", "65536", "abc")) {
            m.portProperty().set(bad);
            assertEquals("The port is a number from 1 to 65535", m.portErrorProperty().get(), bad);
        }
        m.submit();
        assertTrue(login.requests.isEmpty());
        m.portProperty().set("65535");
        assertEquals("", m.portErrorProperty().get());
        m.demoProperty().set(true);
        m.portProperty().set("0");
        assertEquals("", m.portErrorProperty().get(), "the demo PBX needs no port");
    }

    @Test
    void failureShowsTheEnginesWordsAndKeepsTheForm() {
        LoginViewModel m = model();
        m.demoProperty().set(false);
        m.extensionsProperty().set("777");
        m.hostProperty().set("pbx.example");
        m.usernameProperty().set("ringside");
        m.secretProperty().set("wrong");
        m.submit();
        assertTrue(m.busyProperty().get());
        answer.completeExceptionally(new AmiException(AmiError.Kind.WRONG_CREDENTIALS, "Wrong AMI username or secret"));
        assertFalse(m.busyProperty().get());
        assertEquals("Wrong AMI username or secret", m.errorProperty().get());
        assertEquals("pbx.example", m.hostProperty().get());
        assertEquals("wrong", m.secretProperty().get());
        assertEquals("777", m.extensionsProperty().get());
        assertNull(loggedIn.get());
        assertNull(settings.saved, "nothing saved after a failed login");
    }

    @Test
    void unexpectedFailureShowsNoTechnicalDetail() {
        LoginViewModel m = model();
        m.extensionsProperty().set("777");
        m.submit();
        answer.completeExceptionally(new IllegalStateException("java.net.Socket boom"));
        assertEquals(dev.ringside.ui.i18n.Localization.lang("error.generic"), m.errorProperty().get());
    }

    @Test
    void successRemembersSettingsAndSecret() {
        LoginViewModel m = model();
        m.demoProperty().set(false);
        m.extensionsProperty().set("777");
        m.hostProperty().set("pbx.example");
        m.portProperty().set("5039");
        m.usernameProperty().set("ringside");
        m.secretProperty().set("s3cret");
        m.rememberProperty().set(true);
        answer = CompletableFuture.completedFuture(session);
        m.submit();
        assertSame(session, loggedIn.get());
        Settings saved = settings.saved;
        assertNotNull(saved);
        assertEquals("pbx.example", saved.host());
        assertEquals(5039, saved.port());
        assertFalse(saved.demo());
        assertEquals("s3cret", secrets.secrets.get("ringside@pbx.example:5039"));
        assertArrayEquals("s3cret".toCharArray(), login.requests.get(0).secret());
        assertFalse(login.requests.get(0).toString().contains("s3cret"));

        LoginViewModel next = model();
        assertEquals("s3cret", next.secretProperty().get(), "the secret comes back from the keychain");
        assertEquals("777", next.extensionsProperty().get());
    }

    @Test
    void saysSoWhenNoKeychainCanKeepTheSecret() {
        LoginViewModel m = new LoginViewModel(login, settings, new MemorySecretStore(false), UiThread.direct(), loggedIn::set);
        m.demoProperty().set(false);
        m.rememberProperty().set(true);
        assertEquals(dev.ringside.ui.i18n.Localization.lang("login.secretNotSaved"), m.secretNoteProperty().get());
        m.rememberProperty().set(false);
        assertEquals("", m.secretNoteProperty().get());
    }

    @Test
    void saysWhereTheSecretIsKeptWhenAFileStandsInForTheKeychain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path config) {
        dev.ringside.ui.port.SecretStore fileOnly = new dev.ringside.app.keychain.KeychainOrFile(
                dev.ringside.ui.port.SecretStore.NONE, new dev.ringside.app.keychain.FileSecretStore(config));
        LoginViewModel m = new LoginViewModel(login, settings, fileOnly, UiThread.direct(), loggedIn::set);
        m.demoProperty().set(false);
        m.rememberProperty().set(true);
        assertEquals("No keychain here: the secret is kept in " + config.resolve("secrets.properties")
                + ", which only you can read", m.secretNoteProperty().get());
        m.demoProperty().set(true);
        assertEquals("", m.secretNoteProperty().get());
    }
}
