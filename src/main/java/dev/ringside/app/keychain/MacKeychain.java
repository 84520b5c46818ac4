package dev.ringside.app.keychain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The macOS login keychain through {@code security}. Writing goes through its interactive mode
 * on standard input, so the secret is never an argument.
 */
final class MacKeychain extends CommandKeychain {

    MacKeychain(Path tool) {
        super(tool);
    }

    @Override
    public Optional<char[]> read(String account) {
        Result r = run(List.of(tool.toString(), "find-generic-password", "-s", SERVICE, "-a", account, "-w"), null);
        return r.exit() == 0 && r.stdout().length > 0 ? Optional.of(secretFrom(r.stdout())) : Optional.empty();
    }

    @Override
    public void write(String account, char[] secret) {
        String head = "add-generic-password -U -s " + quote(SERVICE) + " -a " + quote(account) + " -w ";
        char[] line = new char[head.length() + secret.length * 2 + 3];
        int n = 0;
        for (char c : head.toCharArray()) {
            line[n++] = c;
        }
        line[n++] = '"';
        for (char c : secret) {
            if (c == '"' || c == '\\') {
                line[n++] = '\\';
            }
            line[n++] = c;
        }
        line[n++] = '"';
        line[n++] = '\n';
        run(List.of(tool.toString(), "-i"), java.util.Arrays.copyOf(line, n));
        java.util.Arrays.fill(line, '\0');
    }

    @Override
    public void delete(String account) {
        run(List.of(tool.toString(), "delete-generic-password", "-s", SERVICE, "-a", account), null);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
