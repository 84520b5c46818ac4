package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Offers Ringside for {@code tel:} and {@code callto:} links on Windows, per user (no elevation):
 * a URL ProgID that starts the launcher with the link, and the Capabilities entry that lists
 * Ringside under Settings, Default apps, Choose defaults by link type. Windows 10 and later let
 * only the user make it the default there; the MSI cannot.
 */
public final class WindowsLinkHandler {

    static final String PROG_ID = "Ringside.CallLink";
    static final String CLASSES = "HKEY_CURRENT_USER\\Software\\Classes\\";
    static final String CAPABILITIES = "Software\\Ringside\\Capabilities";

    private final Path launcher;
    private final Autostart.CommandRunner runner;

    WindowsLinkHandler(Path launcher, Autostart.CommandRunner runner) {
        this.launcher = launcher;
        this.runner = runner;
    }

    /** Present only on Windows inside an installed app-image. */
    public static Optional<WindowsLinkHandler> forInstalledApp() {
        if (Os.current() != Os.WINDOWS) {
            return Optional.empty();
        }
        return Autostart.installedLauncher().map(l -> new WindowsLinkHandler(l, WindowsRunKey::runReg));
    }

    public boolean isRegistered() throws IOException {
        return runner.run(List.of("reg", "query", "HKCU\\Software\\Classes\\" + PROG_ID + "\\shell\\open\\command",
                "/ve")) == 0;
    }

    /**
     * Idempotent; call it at each start (off the FX thread) so a reinstall in another folder
     * points the links at the new launcher.
     */
    public void register() throws IOException {
        registration().importWith(runner);
    }

    public void unregister() throws IOException {
        runner.run(List.of("reg", "delete", "HKCU\\Software\\Classes\\" + PROG_ID, "/f"));
        runner.run(List.of("reg", "delete", "HKCU\\Software\\Ringside\\Capabilities", "/f"));
        runner.run(List.of("reg", "delete", "HKCU\\Software\\RegisteredApplications", "/v", "Ringside", "/f"));
    }

    RegFile registration() {
        String exe = "\"" + launcher + "\"";
        return new RegFile()
                .key(CLASSES + PROG_ID)
                .value(null, "URL:Ringside call link")
                .value("URL Protocol", "")
                .key(CLASSES + PROG_ID + "\\DefaultIcon")
                .value(null, exe + ",0")
                .key(CLASSES + PROG_ID + "\\shell\\open\\command")
                .value(null, exe + " \"%1\"")
                .key("HKEY_CURRENT_USER\\" + CAPABILITIES)
                .value("ApplicationName", "Ringside")
                .value("ApplicationDescription", "Call popups and call history for Asterisk operators")
                .key("HKEY_CURRENT_USER\\" + CAPABILITIES + "\\URLAssociations")
                .value("tel", PROG_ID)
                .value("callto", PROG_ID)
                .key("HKEY_CURRENT_USER\\Software\\RegisteredApplications")
                .value("Ringside", CAPABILITIES);
    }
}
