package dev.ringside.app;

import java.io.PrintStream;
import java.util.List;

/** Dispatches the first argument to a command. */
final class Cli {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;

    private Cli() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("The desktop app is not built yet. Commands: replay, monitor, simulate");
            return EXIT_USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "replay":
                return ReplayCommand.run(rest, out, err);
            case "monitor":
                return MonitorCommand.run(rest, out, err);
            case "simulate":
                return dev.ringside.pbxsim.SimulateCommand.run(rest, out, err);
            default:
                err.println("Unknown command: " + command);
                err.println("Commands: replay, monitor, simulate");
                return EXIT_USAGE;
        }
    }
}
