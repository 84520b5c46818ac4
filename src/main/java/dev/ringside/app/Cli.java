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
        String usage = usageOf(command);
        if (usage != null && (rest.contains("--help") || rest.contains("-h"))) {
            out.println(usage);
            return EXIT_OK;
        }
        switch (command) {
            case "replay":
                return ReplayCommand.run(rest, out, err);
            case "monitor":
                return MonitorCommand.run(rest, out, err);
            case "pbx-config":
                return PbxConfigCommand.run(rest, out, err);
            case "simulate":
                return dev.ringside.pbxsim.SimulateCommand.run(rest, out, err);
            case "--provision":
                return dev.ringside.app.provision.ProvisionCommand.run(rest, out, err);
            case "--version":
            case "version":
                out.println(dev.ringside.app.desktop.BuildInfo.load().versionLine());
                return EXIT_OK;
            case "--help":
            case "-h":
            case "help":
                out.println(DesktopLauncher.USAGE);
                for (String sub : List.of("replay", "monitor", "pbx-config", "simulate")) {
                    out.println("       ringside " + usageOf(sub).substring("usage: ".length()));
                }
                out.println("Each command prints its own usage with --help.");
                return EXIT_OK;
            default:
                return DesktopLauncher.run(args, err);
        }
    }

    /** The usage line of a command, null for anything else. */
    private static String usageOf(String command) {
        switch (command) {
            case "replay":
                return ReplayCommand.USAGE;
            case "monitor":
                return MonitorCommand.USAGE;
            case "pbx-config":
                return PbxConfigCommand.USAGE;
            case "simulate":
                return dev.ringside.pbxsim.SimulateCommand.USAGE;
            default:
                return null;
        }
    }
}
