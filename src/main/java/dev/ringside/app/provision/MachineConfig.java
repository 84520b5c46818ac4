package dev.ringside.app.provision;

import dev.ringside.app.desktop.Os;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine-wide provisioning file an administrator may put on a desk, read at every start and
 * applied to the OS user's settings when it changed since the last time: Linux
 * {@code /etc/ringside/ringside.conf}, Windows {@code %ProgramData%\Ringside\ringside.conf}, macOS
 * {@code /Library/Application Support/Ringside/ringside.conf}. The system property
 * {@value #PROPERTY} names another file.
 */
public final class MachineConfig {

    public static final String PROPERTY = "ringside.machine-config";
    public static final String FILE_NAME = "ringside.conf";
    private static final Logger log = LoggerFactory.getLogger(MachineConfig.class);

    private MachineConfig() {
    }

    public static Path location() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        return location(Os.current(), System.getenv());
    }

    static Path location(Os os, Map<String, String> env) {
        switch (os) {
            case WINDOWS: {
                String programData = env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
                return Paths.get(programData, "Ringside", FILE_NAME);
            }
            case MACOS:
                return Paths.get("/Library/Application Support/Ringside", FILE_NAME);
            case LINUX:
            default:
                return Paths.get("/etc/ringside", FILE_NAME);
        }
    }

    /**
     * Applies the machine-wide file if there is one and it changed; a broken file is logged and
     * skipped, so the operator's own settings still work.
     */
    public static Optional<Provisioner.Report> applyIfChanged(Path file, Provisioner provisioner) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Provisioner.Report report = provisioner.applyOnce("machine", ProvisioningFile.read(file));
            if (report.applied()) {
                log.info("Machine-wide provisioning {} applied", file);
            }
            return Optional.of(report);
        } catch (ProvisioningException e) {
            log.warn("Machine-wide provisioning file not used: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
