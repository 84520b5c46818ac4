package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Windows: a value in {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run}, written with {@code reg.exe}. */
public final class WindowsRunKey implements Autostart {

    static final String RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE_NAME = "Ringside";

    private final Path launcher;
    private final CommandRunner runner;

    WindowsRunKey(Path launcher, CommandRunner runner) {
        this.launcher = launcher;
        this.runner = runner;
    }

    @Override
    public void enable() throws IOException {
        // the value is a command line, so the path is quoted in case it holds spaces (Program Files)
        runKeyFile().importWith(runner);
    }

    @Override
    public void disable() throws IOException {
        if (isEnabled()) {
            check(runner.run(List.of("reg", "delete", RUN_KEY, "/v", VALUE_NAME, "/f")), "delete");
        }
    }

    @Override
    public boolean isEnabled() throws IOException {
        return runner.run(List.of("reg", "query", RUN_KEY, "/v", VALUE_NAME)) == 0;
    }

    RegFile runKeyFile() {
        return new RegFile().key(RUN_KEY.replace("HKCU\\", "HKEY_CURRENT_USER\\"))
                .value(VALUE_NAME, "\"" + launcher + "\"");
    }

    static int runReg(List<String> command) throws IOException {
        return CommandRunner.discardingOutput(command);
    }

    private static void check(int exitCode, String what) throws IOException {
        if (exitCode != 0) {
            throw new IOException("reg " + what + " of the Run key failed with exit code " + exitCode);
        }
    }
}
