package dev.ringside.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pbx-config --extension 777 [--extension 888] --user op777 --asterisk 22.10.1
 * [--colleague 998,999] [--tech PJSIP] [--permit 10.1.2.0/255.255.255.0]}: prints the least-privilege
 * {@code manager.conf} section for one operator (see {@link OperatorManagerConf}).
 */
final class PbxConfigCommand {

    static final String USAGE = "usage: pbx-config --extension 777 [--extension 888] --user op777 --asterisk 22.10.1"
            + " [--colleague 998,999] [--tech PJSIP] [--permit 10.1.2.0/255.255.255.0]";

    private PbxConfigCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> extensions = new ArrayList<>();
        List<String> technologies = new ArrayList<>();
        List<String> permits = new ArrayList<>();
        List<String> colleagues = new ArrayList<>();
        String user = null;
        String version = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--extension", "-e" -> splitInto(args.get(++i), extensions);
                    case "--user" -> user = args.get(++i);
                    case "--asterisk" -> version = args.get(++i);
                    case "--tech" -> splitInto(args.get(++i), technologies);
                    case "--permit" -> splitInto(args.get(++i), permits);
                    case "--colleague" -> splitInto(args.get(++i), colleagues);
                    default -> {
                        err.println("Unknown option: " + a);
                        err.println(USAGE);
                        return Cli.EXIT_USAGE;
                    }
                }
            }
        } catch (IndexOutOfBoundsException e) {
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
        if (extensions.isEmpty() || user == null || version == null) {
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
        try {
            OperatorManagerConf conf = new OperatorManagerConf(extensions, colleagues, user, version, technologies,
                    permits, OperatorManagerConf.newSecret());
            out.print(conf.render());
            out.flush();
            return Cli.EXIT_OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
    }

    private static void splitInto(String value, List<String> into) {
        for (String v : value.split(",")) {
            if (!v.isBlank()) {
                into.add(v.trim());
            }
        }
    }
}
