package dev.ringside.ami;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before reconnect attempt n: 1, 2, 4, 8, 16, 30, 30 ... seconds, each spread by
 * ±20 % so that a room full of desktops does not hammer a restarted PBX in step.
 */
public record ReconnectBackoff(Duration initial, Duration max) {

    public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public ReconnectBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
    }

    /** The wait before attempt {@code attempt} (1 = the first try after the link dropped). */
    public Duration delay(int attempt) {
        long maxMs = max.toMillis();
        long base = initial.toMillis();
        for (int i = 1; i < attempt && base < maxMs; i++) {
            base *= 2;
        }
        base = Math.min(base, maxMs);
        double spread = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        long ms = Math.min(maxMs, Math.max(1, Math.round(base * spread)));
        return Duration.ofMillis(ms);
    }
}
