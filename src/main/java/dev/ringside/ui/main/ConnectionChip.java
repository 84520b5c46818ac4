package dev.ringside.ui.main;

import dev.ringside.ami.ConnectionState;
import java.time.Duration;
import java.time.Instant;

/**
 * How the header shows the AMI link: the words, and a style ("ok", "warn", "error", "idle").
 */
public record ConnectionChip(String text, String style, String detail) {

    public static ConnectionChip of(ConnectionState state, Instant now) {
        if (state instanceof ConnectionState.Connected c) {
            String version = c.asteriskVersion() == null || c.asteriskVersion().isBlank() ? "" : "Asterisk " + c.asteriskVersion();
            return new ConnectionChip("Connected", "ok", version);
        }
        if (state instanceof ConnectionState.Connecting c) {
            return new ConnectionChip("Connecting\u2026", "warn", c.host() + ":" + c.port());
        }
        if (state instanceof ConnectionState.Reconnecting r) {
            long seconds = Math.max(0, (Duration.between(now, r.nextAttemptAt()).toMillis() + 999) / 1000);
            String text = seconds == 0 ? "Reconnecting\u2026" : "Reconnecting in " + seconds + " s";
            return new ConnectionChip(text, "warn", r.reason() == null ? "" : r.reason());
        }
        if (state instanceof ConnectionState.Failed f) {
            String reason = f.error() == null ? "" : f.error().message();
            return new ConnectionChip(reason.isBlank() ? "Failed" : "Failed: " + reason, "error", reason);
        }
        return new ConnectionChip("Offline", "idle", "");
    }
}
