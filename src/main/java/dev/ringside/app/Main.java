package dev.ringside.app;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the jar: with no command it starts the desktop app; otherwise it runs one of the
 * command-line tools (replay, monitor, simulate, pbx-config).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> argList = Arrays.asList(args);
        System.exit(Cli.run(argList, System.out, System.err));
    }
}
