package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ami.ConnectionState;
import dev.ringside.ui.ErrorText;
import java.time.Duration;
import java.time.Instant;

/**
 * How the header shows the AMI link: the words, and a style ("ok", "warn", "error", "idle").
 */
public record ConnectionChip(String text, String style, String detail) {

    public static ConnectionChip of(ConnectionState state, Instant now) {
        if (state instanceof ConnectionState.Connected c) {
            String version = c.asteriskVersion() == null || c.asteriskVersion().isBlank() ? ""
                    : lang("connection.asterisk", c.asteriskVersion());
            return new ConnectionChip(lang("connection.connected"), "ok", version);
        }
        if (state instanceof ConnectionState.Connecting c) {
            return new ConnectionChip(lang("connection.connecting"), "warn", c.host() + ":" + c.port());
        }
        if (state instanceof ConnectionState.Reconnecting r) {
            long seconds = Math.max(0, (Duration.between(now, r.nextAttemptAt()).toMillis() + 999) / 1000);
            String text = seconds == 0 ? lang("connection.reconnecting") : lang("connection.reconnectingIn", seconds);
            // the engine's reason is English detail for the log; the operator gets the gist
            return new ConnectionChip(text, "warn", lang("connection.reconnecting.detail"));
        }
        if (state instanceof ConnectionState.Failed f) {
            String reason = f.error() == null ? "" : ErrorText.of(f.error());
            return new ConnectionChip(reason.isBlank() ? lang("connection.failed") : lang("connection.failedWith", reason),
                    "error", reason);
        }
        return new ConnectionChip(lang("connection.offline"), "idle", "");
    }
}
