package dev.ringside.app.keychain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Windows Credential Manager through the WinRT {@code PasswordVault}, driven by Windows
 * PowerShell. The secret goes over standard input, never on the command line.
 */
final class WindowsCredentialVault extends CommandKeychain {

    private static final String VAULT = "[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,"
            + "ContentType=WindowsRuntime]; $v = New-Object Windows.Security.Credentials.PasswordVault; ";

    WindowsCredentialVault(Path powershell) {
        super(powershell);
    }

    @Override
    public Optional<char[]> read(String account) {
        Result r = script(VAULT + "$c = $v.Retrieve('" + SERVICE + "', $args[0]); $c.RetrievePassword(); "
                + "[Console]::Out.Write($c.Password)", account, null);
        return r.exit() == 0 && r.stdout().length > 0 ? Optional.of(secretFrom(r.stdout())) : Optional.empty();
    }

    @Override
    public void write(String account, char[] secret) {
        delete(account);
        script(VAULT + "$s = [Console]::In.ReadToEnd(); "
                + "$v.Add((New-Object Windows.Security.Credentials.PasswordCredential('" + SERVICE + "', $args[0], $s)))",
                account, secret);
    }

    @Override
    public void delete(String account) {
        script(VAULT + "try { $v.Remove($v.Retrieve('" + SERVICE + "', $args[0])) } catch { }", account, null);
    }

    private Result script(String script, String account, char[] stdin) {
        return run(List.of(tool.toString(), "-NoProfile", "-NonInteractive", "-Command",
                "& { " + script + " }", account), stdin);
    }
}
