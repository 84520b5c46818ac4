package dev.ringside.app;

import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.crm.CrmSettings;
import dev.ringside.crm.CrmTrigger;
import dev.ringside.history.PrivateFiles;
import dev.ringside.ui.port.LookupSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory and CRM settings in {@code lookup.properties} in the app's config folder, private
 * to the OS user. Never holds the bind password (that is in the keychain). A file that cannot be
 * read counts as no settings, and says so in the log; a save goes through a temporary file.
 */
final class LookupSettingsFile {

    private static final Logger log = LoggerFactory.getLogger(LookupSettingsFile.class);
    static final String NAME = "lookup.properties";

    private final Path file;
    private LookupSettings unsaved = LookupSettings.NONE;

    /** @param configFolder where the file is; null keeps the settings in memory (tests, the CLI) */
    LookupSettingsFile(Path configFolder) {
        this.file = configFolder == null ? null : configFolder.resolve(NAME);
    }

    synchronized LookupSettings load() {
        if (file == null) {
            return unsaved;
        }
        if (!Files.isRegularFile(file)) {
            return LookupSettings.NONE;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Directory and CRM settings unreadable, ignored: {}", e.getMessage());
            return LookupSettings.NONE;
        }
        String ca = p.getProperty("directory.caFile", "").strip();
        DirectorySettings directory = new DirectorySettings(p.getProperty("directory.url", ""),
                Boolean.parseBoolean(p.getProperty("directory.startTls", "false")), p.getProperty("directory.bindDn", ""),
                p.getProperty("directory.searchBase", ""), ca.isEmpty() ? null : Path.of(ca), null);
        CrmTrigger trigger;
        try {
            trigger = CrmTrigger.valueOf(p.getProperty("crm.trigger", CrmTrigger.BUTTON.name()));
        } catch (IllegalArgumentException e) {
            trigger = CrmTrigger.BUTTON;
        }
        return new LookupSettings(directory, new CrmSettings(p.getProperty("crm.template", ""), trigger));
    }

    synchronized void save(LookupSettings s) throws IOException {
        if (file == null) {
            unsaved = s;
            return;
        }
        Properties p = new Properties();
        DirectorySettings d = s.directory();
        p.setProperty("directory.url", d.url());
        p.setProperty("directory.startTls", Boolean.toString(d.startTls()));
        p.setProperty("directory.bindDn", d.bindDn());
        p.setProperty("directory.searchBase", d.searchBase());
        p.setProperty("directory.caFile", d.caCertificate() == null ? "" : d.caCertificate().toString());
        p.setProperty("crm.template", s.crm().template());
        p.setProperty("crm.trigger", s.crm().trigger().name());
        Path folder = file.toAbsolutePath().getParent();
        PrivateFiles.folder(folder);
        Path tmp = Files.createTempFile(folder, ".lookup", ".tmp");
        try {
            PrivateFiles.file(tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Ringside: shared directory and CRM link (the bind password is in the keychain)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
