package dev.ringside.app.provision;

import dev.ringside.app.desktop.Autostart;
import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a provisioning file to one OS user's settings and keychain, once per version of the
 * file: the fingerprint of what was applied is kept in {@code provisioned.properties} beside the
 * settings, so a login script may run {@code --provision} every time, and a machine-wide file is
 * applied again only after the administrator changed it. Later changes the operator makes stay.
 */
public final class Provisioner {

    static final String STATE_FILE = "provisioned.properties";
    private static final Logger log = LoggerFactory.getLogger(Provisioner.class);

    private final SettingsStore settings;
    private final SecretStore secrets;
    private final Optional<Autostart> autostart;
    private final Path stateFile;

    public Provisioner(SettingsStore settings, SecretStore secrets, Optional<Autostart> autostart, Path configDir) {
        this.settings = settings;
        this.secrets = secrets;
        this.autostart = autostart;
        this.stateFile = configDir.resolve(STATE_FILE);
    }

    /** What applying a file did, in lines for the administrator (never the secret itself). */
    public record Report(boolean applied, List<String> lines) {
    }

    /**
     * Applies {@code file} unless this very content was applied before from the same kind of source.
     *
     * @param source "machine" for the machine-wide file, "user" for {@code --provision}
     */
    public Report applyOnce(String source, ProvisioningFile file) {
        if (file.fingerprint().equals(state().getProperty(source))) {
            return new Report(false, List.of("Already applied; nothing changed."));
        }
        Report report = apply(file);
        Properties state = state();
        state.setProperty(source, file.fingerprint());
        try {
            StringWriter text = new StringWriter();
            state.store(text, "Fingerprints of the provisioning files applied for this OS user");
            PrivateFiles.write(stateFile, text.toString());
        } catch (IOException e) {
            log.warn("Could not record the provisioning applied: {}", e.getMessage());
        }
        return report;
    }

    Report apply(ProvisioningFile file) {
        List<String> lines = new ArrayList<>();
        Settings.Builder b = settings.load().orElseGet(Settings::defaults).toBuilder();
        boolean connection = file.has("host") || file.has("port") || file.has("username") || file.has("tls");
        if (connection) {
            b.demo = false;
            b.remember = true;
        }
        if (file.has("host")) {
            b.host = file.get("host");
        }
        if (file.has("port")) {
            b.port = Integer.parseInt(file.get("port"));
        }
        if (file.has("tls")) {
            b.tls = file.isYes("tls");
        }
        if (file.has("username")) {
            b.username = file.get("username");
        }
        if (file.has("extensions")) {
            b.extensions = ProvisioningFile.list(file.get("extensions"));
        }
        if (file.has("break_reasons")) {
            b.breakReasons = ProvisioningFile.list(file.get("break_reasons"));
        }
        if (file.has("remote_answer")) {
            b.remoteAnswer = file.isYes("remote_answer");
        }
        if (file.has("start_minimised")) {
            b.startMinimised = file.isYes("start_minimised");
        }
        Settings s = b.build();
        settings.save(s);
        if (connection) {
            lines.add("Connection: " + s.username() + "@" + s.host() + ":" + s.port() + (s.tls() ? " (TLS)" : ""));
        }
        if (file.has("extensions")) {
            lines.add("Extensions: " + String.join(", ", s.extensions()));
        }
        if (file.has("break_reasons")) {
            lines.add("Break reasons: " + s.breakReasons().size());
        }
        if (file.has("secret")) {
            String account = account(s);
            char[] secret = file.secret();
            try {
                secrets.write(account, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            lines.add(secrets.plainFile(account)
                    .map(p -> "AMI secret: no keychain works on this computer, so it is kept in " + p
                            + " (mode 0600: only this OS user, and administrators, can read it)")
                    .orElse("AMI secret: kept in the OS keychain"));
        }
        if (file.has("start_at_login")) {
            lines.add(startAtLogin(file.isYes("start_at_login")));
        }
        log.info("Provisioning applied: {}", String.join("; ", lines));
        return new Report(true, lines);
    }

    private String startAtLogin(boolean on) {
        if (autostart.isEmpty()) {
            return "Start at login: only the installed app can start at login (not java -jar); left as it was";
        }
        try {
            if (on) {
                autostart.get().enable();
            } else {
                autostart.get().disable();
            }
            return "Start at login: " + (on ? "on" : "off");
        } catch (IOException e) {
            return "Start at login: could not be changed (" + e.getMessage() + ")";
        }
    }

    /** The keychain account of a connection: the same one the login screen uses. */
    public static String account(Settings s) {
        return s.username() + "@" + s.host() + ":" + s.port();
    }

    private Properties state() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(stateFile, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            // nothing applied yet
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Provisioning record {} unreadable: {}", stateFile, e.getMessage());
        }
        return p;
    }
}
