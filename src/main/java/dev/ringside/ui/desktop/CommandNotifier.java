package dev.ringside.ui.desktop;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.port.Notifier;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A notification through an OS command ({@code notify-send} on Linux, {@code osascript} on macOS). */
final class CommandNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(CommandNotifier.class);

    private final BiFunction<String, String, List<String>> command;
    private final Notifier fallback;

    CommandNotifier(BiFunction<String, String, List<String>> command, Notifier fallback) {
        this.command = command;
        this.fallback = fallback;
    }

    static CommandNotifier notifySend(Notifier fallback) {
        return new CommandNotifier((title, message) -> List.of("notify-send", "--app-name=" + lang("app.name"),
                "--icon=call-start", title, message), fallback);
    }

    static CommandNotifier osascript(Notifier fallback) {
        return new CommandNotifier((title, message) -> List.of("osascript", "-e",
                "display notification " + appleString(message) + " with title " + appleString(title)), fallback); // not operator text
    }

    static String appleString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void notify(String title, String message) {
        try {
            new ProcessBuilder(command.apply(title, message)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.info("Desktop notification failed ({}), showing it in the app", e.toString());
            fallback.notify(title, message);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
