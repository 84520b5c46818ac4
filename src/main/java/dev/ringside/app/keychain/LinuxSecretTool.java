package dev.ringside.app.keychain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The freedesktop Secret Service (GNOME Keyring, KWallet) through libsecret's {@code secret-tool}. */
final class LinuxSecretTool extends CommandKeychain {

    LinuxSecretTool(Path tool) {
        super(tool);
    }

    @Override
    public Optional<char[]> read(String account) {
        Result r = run(List.of(tool.toString(), "lookup", "service", SERVICE, "account", account), null);
        return r.exit() == 0 && r.stdout().length > 0 ? Optional.of(secretFrom(r.stdout())) : Optional.empty();
    }

    @Override
    public void write(String account, char[] secret) {
        run(List.of(tool.toString(), "store", "--label=Ringside AMI secret for " + account, "service", SERVICE,
                "account", account), secret);
    }

    @Override
    public void delete(String account) {
        run(List.of(tool.toString(), "clear", "service", SERVICE, "account", account), null);
    }
}
