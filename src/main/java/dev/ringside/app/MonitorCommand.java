package dev.ringside.app;

import dev.ringside.ami.AmiException;
import dev.ringside.ami.AmiSettings;
import dev.ringside.ami.ConnectionState;
import dev.ringside.history.CallHistory;
import dev.ringside.history.HistoryException;
import dev.ringside.history.HistoryWriter;
import dev.ringside.history.Operator;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code monitor --host H --port P --user U --extension 777}: connects to a real AMI and prints
 * every change of the operator's calls as a JSON line until interrupted. The secret comes from
 * {@code RINGSIDE_AMI_SECRET} (or the variable named by {@code --secret-env}) or a prompt, never an
 * argument, so it stays out of shell history and process lists.
 *
 * <p>With {@code --history DIR} it also keeps the calls in {@code DIR/history.mv.db}, the H2
 * history the desktop app keeps in its data folder, written the same way (same operator, same
 * writer, calls an earlier run left live closed after each login).
 */
final class MonitorCommand {

    static final String USAGE = "usage: monitor --host H [--port 5038] --user U --extension 777 [--extension 888] "
            + "[--tls] [--secret-env VAR] [--history DIR] " + ContactsOption.USAGE;
    /** The history's file name in its folder, as the desktop app names it in the data folder. */
    static final String HISTORY_NAME = "history";
    static final String DEFAULT_SECRET_ENV = "RINGSIDE_AMI_SECRET";

    private MonitorCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ringside-monitor-stop"));
        return run(args, out, err, System.getenv(), stop, stopped);
    }

    /** Runs until {@code stop} opens (Ctrl+C in real use), then closes everything and opens {@code stopped}. */
    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env,
                   CountDownLatch stop, CountDownLatch stopped) {
        try {
            return monitor(args, out, err, env, stop);
        } finally {
            stopped.countDown();
        }
    }

    private static int monitor(List<String> args, PrintStream out, PrintStream err, Map<String, String> env,
                               CountDownLatch stop) {
        String host = null;
        Path historyDir = null;
        String user = null;
        String secretEnv = DEFAULT_SECRET_ENV;
        int port = AmiSettings.DEFAULT_PORT;
        boolean tls = false;
        List<String> extensions = new ArrayList<>();
        ContactsOption contacts = new ContactsOption();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--host" -> host = args.get(++i);
                    case "--port" -> port = Integer.parseInt(args.get(++i));
                    case "--user" -> user = args.get(++i);
                    case "--extension", "-e" -> {
                        for (String ext : args.get(++i).split(",")) {
                            if (!ext.isBlank()) {
                                extensions.add(ext.trim());
                            }
                        }
                    }
                    case "--tls" -> tls = true;
                    case "--secret-env" -> secretEnv = args.get(++i);
                    case "--history" -> historyDir = Path.of(args.get(++i));
                    case "--contacts", "--home-country" -> contacts.set(a, args.get(++i));
                    case "--secret" -> {
                        err.println("The secret is never taken as an argument: set " + DEFAULT_SECRET_ENV + " or type it at the prompt.");
                        return Cli.EXIT_USAGE;
                    }
                    default -> {
                        err.println("Unknown option: " + a);
                        err.println(USAGE);
                        return Cli.EXIT_USAGE;
                    }
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
        if (host == null || user == null || extensions.isEmpty()) {
            err.println(USAGE);
            return Cli.EXIT_USAGE;
        }
        dev.ringside.contacts.ContactLookup names;
        try {
            names = contacts.load(err);
        } catch (dev.ringside.contacts.ContactsException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
        String secret = env.get(secretEnv);
        if (secret == null) {
            Console console = System.console();
            if (console == null) {
                err.println("No secret: set " + secretEnv + " (there is no terminal to ask on).");
                return Cli.EXIT_USAGE;
            }
            char[] typed = console.readPassword("AMI secret for %s@%s: ", user, host);
            secret = typed == null ? "" : new String(typed);
        }
        AmiSettings settings;
        try {
            settings = AmiSettings.builder().host(host).port(port).username(user).secret(secret).tls(tls)
                    .extensions(extensions).build();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.EXIT_USAGE;
        }
        CallHistory history = null;
        HistoryWriter writer = null;
        if (historyDir != null) {
            try {
                history = CallHistory.open(historyDir.resolve(HISTORY_NAME));
                // the name and numbers the desktop app gives the same login, so both see one operator
                Operator operator = history.ensureOperator("Operator " + String.join(", ", settings.extensions()),
                        settings.extensions());
                writer = new HistoryWriter(history, operator.id(), new HistoryWriter.Observer() {
                    @Override
                    public void failed(HistoryException error) {
                        err.println("history: " + error.getMessage());
                    }
                });
                err.println("history: " + history.file());
            } catch (HistoryException e) {
                err.println("history: " + e.getMessage());
                if (history != null) {
                    history.close();
                }
                return 1;
            }
        }
        CallEngine engine = new CallEngine(settings, EngineOptions.defaults());
        if (writer != null) {
            HistoryWriter w = writer;
            engine.addCallListener(w);
            // calls an earlier run stored as live that the PBX no longer has: ended, as the desktop app does
            engine.addSnapshotListener(live -> w.endAbandonedLiveCalls(live));
        }
        engine.addCallListener((before, now) -> {
            synchronized (out) {
                out.println(CallJson.toJson(now, names));
                out.flush();
            }
        });
        engine.addStateListener(state -> err.println("connection: " + describe(state)));
        try {
            try {
                engine.start().join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                err.println(cause instanceof AmiException ae ? ae.error().message() : "Could not connect: " + cause);
                return 1;
            }
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Cli.EXIT_OK;
        } finally {
            engine.close();
            if (writer != null) {
                writer.close(); // writes what is queued first
            }
            if (history != null) {
                history.close();
            }
        }
    }

    static String describe(ConnectionState state) {
        if (state instanceof ConnectionState.Connecting c) {
            return "connecting to " + c.host() + ":" + c.port();
        }
        if (state instanceof ConnectionState.Connected c) {
            return "connected (Asterisk " + (c.asteriskVersion().isEmpty() ? "?" : c.asteriskVersion()) + ", "
                    + (c.serverFiltered() ? "filtered by the PBX" : "filtered here") + ")";
        }
        if (state instanceof ConnectionState.Reconnecting r) {
            return "reconnecting (attempt " + r.attempt() + ", next at " + r.nextAttemptAt() + "): " + r.reason();
        }
        if (state instanceof ConnectionState.Failed f) {
            return "failed: " + f.error().message();
        }
        return "disconnected";
    }
}
