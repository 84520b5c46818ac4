package dev.ringside.app.keychain;

import dev.ringside.ui.port.SecretStore;
import java.util.Locale;

/** The keychain of the OS this runs on, or {@link SecretStore#NONE} where there is none to use. */
public final class Keychains {

    private Keychains() {
    }

    public static SecretStore forThisOs() {
        return forOs(System.getProperty("os.name", ""));
    }

    /**
     * For the desktop app: the OS keychain where one works, else a file only this OS user can read
     * in {@code configDir}.
     */
    public static SecretStore forDesktop(java.nio.file.Path configDir) {
        return new KeychainOrFile(forThisOs(), new FileSecretStore(configDir));
    }

    static SecretStore forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return CommandKeychain.onPath("powershell").<SecretStore>map(WindowsCredentialVault::new).orElse(SecretStore.NONE);
        }
        if (os.contains("mac")) {
            return CommandKeychain.onPath("security").<SecretStore>map(MacKeychain::new).orElse(SecretStore.NONE);
        }
        return CommandKeychain.onPath("secret-tool").<SecretStore>map(LinuxSecretTool::new).orElse(SecretStore.NONE);
    }
}
