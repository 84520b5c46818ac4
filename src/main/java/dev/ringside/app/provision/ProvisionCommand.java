package dev.ringside.app.provision;

import dev.ringside.app.desktop.AppDirs;
import dev.ringside.app.desktop.Autostart;
import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.app.keychain.Keychains;
import dev.ringside.app.settings.FileSettingsStore;
import dev.ringside.app.settings.PreferencesSettingsStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import dev.ringside.ui.port.SecretStore;

/**
 * {@code ringside --provision FILE}: imports an administrator's provisioning file for the OS user
 * running it (settings, and the secret into the keychain), prints what it did, and exits. The app
 * then logs in by itself at its next start.
 */
public final class ProvisionCommand {

    public static final String USAGE = "--provision FILE   import an administrator's settings and AMI secret for this OS user";

    private ProvisionCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        AppDirs dirs;
        try {
            dirs = AppDirs.forCurrentUser().createAll();
        } catch (RuntimeException e) {
            err.println("Ringside cannot create its folders: " + e.getMessage());
            return 1;
        }
        return run(args, out, err, dirs, Keychains.forDesktop(dirs.config()), Autostart.forCurrentUser(),
                AppDirs.portable() ? null : PreferencesSettingsStore.forUser());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, AppDirs dirs, SecretStore secrets,
                   Optional<Autostart> autostart, PreferencesSettingsStore legacy) {
        if (args.size() != 1) {
            err.println("usage: ringside " + USAGE);
            return 2;
        }
        Path file = Paths.get(args.get(0));
        ProvisioningFile parsed;
        try {
            parsed = ProvisioningFile.read(file);
        } catch (ProvisioningException e) {
            err.println("Nothing imported: " + e.getMessage());
            return 1;
        }
        FileSettingsStore settings = FileSettingsStore.open(dirs.config(), legacy);
        Provisioner provisioner = new Provisioner(settings, secrets, autostart, dirs.config());
        Provisioner.Report report = provisioner.applyOnce("user", parsed);
        out.println((report.applied() ? "Imported " : "Not imported again: ") + file);
        report.lines().forEach(line -> out.println("  " + line));
        if (report.applied()) {
            out.println("Settings: " + settings.file());
            out.println("Ringside logs in by itself at its next start.");
        }
        if (parsed.has("secret")) {
            warnAboutSource(file, out);
        }
        return 0;
    }

    private static void warnAboutSource(Path file, PrintStream out) {
        String mode;
        try {
            mode = PrivateFiles.mode(file);
        } catch (IOException e) {
            mode = null;
        }
        out.println("The file " + file + " still holds the AMI secret: delete it now"
                + (mode != null && !mode.endsWith("------") ? " (others can read it: mode " + mode + ")" : "") + ".");
    }
}
