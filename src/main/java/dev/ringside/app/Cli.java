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
            return DesktopLauncher.run(args, err);
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "replay":
                return ReplayCommand.run(rest, out, err);
            case "monitor":
                return MonitorCommand.run(rest, out, err);
            case "pbx-config":
                return PbxConfigCommand.run(rest, out, err);
            case "simulate":
                return dev.ringside.pbxsim.SimulateCommand.run(rest, out, err);
            case "--version":
            case "version":
                out.println(dev.ringside.app.desktop.BuildInfo.load().versionLine());
                return EXIT_OK;
            case "--help":
            case "help":
                out.println(DesktopLauncher.USAGE);
                out.println("       ringside " + ReplayCommand.USAGE);
                out.println("       ringside " + MonitorCommand.USAGE);
                out.println("       ringside " + PbxConfigCommand.USAGE);
                out.println("       ringside simulate --port P [--extension 777] [--demo]");
                return EXIT_OK;
            default:
                return DesktopLauncher.run(args, err);
        }
    }
}
