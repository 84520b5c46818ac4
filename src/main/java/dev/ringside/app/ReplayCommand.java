package dev.ringside.app;

import dev.ringside.ami.AmiCaptureReader;
import dev.ringside.ami.CaptureTiming;
import dev.ringside.call.Call;
import dev.ringside.call.FinalCalls;
import dev.ringside.call.OperatorNumbers;
import dev.ringside.contacts.ContactLookup;
import dev.ringside.contacts.ContactsException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code replay FILE --extension 777 [--extension 888] [--timing FILE]}: runs a raw AMI capture
 * through the real parser and the tracker and prints every resulting call as a JSON line.
 */
final class ReplayCommand {

    static final String USAGE = "usage: replay FILE --extension 777 [--extension 888] [--timing FILE.timing] "
            + ContactsOption.USAGE;

    private ReplayCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = null;
        Path timingFile = null;
        List<String> extensions = new ArrayList<>();
        ContactsOption contacts = new ContactsOption();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--extension") || a.equals("-e")) && i + 1 < args.size()) {
                for (String ext : args.get(++i).split(",")) {
                    if (!ext.isBlank()) {
                        extensions.add(ext.trim());
                    }
                }
            } else if (a.equals("--timing") && i + 1 < args.size()) {
                timingFile = Path.of(args.get(++i));
            } else if (ContactsOption.isOption(a) && i + 1 < args.size()) {
                contacts.set(a, args.get(++i));
            } else if (a.startsWith("-")) {
                err.println("Unknown option: " + a);
                err.println(USAGE);
                return Cli.EXIT_USAGE;
            } else if (file == null) {
                file = Path.of(a);
            } else {
                err.println("Only one capture file, please.");
                err.println(USAGE);
                return Cli.EXIT_USAGE;
            }
        }
        if (file == null || extensions.isEmpty()) {
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
        try {
            ContactLookup names = contacts.load(err);
            CaptureTiming timing = timingFor(file, timingFile);
            for (Call call : replay(file, timing, new OperatorNumbers(extensions))) {
                out.println(CallJson.toJson(call, names));
            }
            out.flush();
            return Cli.EXIT_OK;
        } catch (AmiCaptureReader.NotACaptureException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        } catch (IOException e) {
            err.println("Cannot read the timing file: " + e.getMessage());
            return Cli.EXIT_USAGE;
        } catch (ContactsException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
    }

    /** The calls a capture makes for these numbers, each in its final state, in order of start. */
    static List<Call> replay(Path file, CaptureTiming timing, OperatorNumbers numbers)
            throws AmiCaptureReader.NotACaptureException {
        return FinalCalls.of(AmiCaptureReader.read(file, timing), numbers);
    }

    /** The named timing file, else {@code X.timing} beside {@code X.ami}, else none. */
    static CaptureTiming timingFor(Path capture, Path named) throws IOException {
        if (named != null) {
            return CaptureTiming.read(named);
        }
        String name = capture.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path beside = capture.resolveSibling(base + ".timing");
        return Files.isRegularFile(beside) ? CaptureTiming.read(beside) : null;
    }
}
