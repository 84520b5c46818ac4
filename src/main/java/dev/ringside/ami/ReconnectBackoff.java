package dev.ringside.ami;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before reconnect attempt n. While the PBX is down (nothing takes the TCP
 * connection) the waits double from {@code initial} up to {@code max}: by default 0.5, 1, 1.8,
 * 1.8 ... seconds, so that Ringside is back within 2 s of the PBX taking logins again (the wait
 * plus a LAN login), however long it was down; a refused connection costs the PBX nothing. When the PBX takes the connection
 * but the login fails (it broke off, did not answer, or is not AMI), the waits grow up to
 * {@code refusedMax} (5 s by default) instead, so as not to hammer it. Each wait is drawn from
 * 75-100 % of its step, so that a room full of desktops does not come back in step.
 */
public record ReconnectBackoff(Duration initial, Duration max, Duration refusedMax) {

    public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofMillis(1800),
            Duration.ofSeconds(5));
    private static final double LEAST_SHARE = 0.75;

    public ReconnectBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || refusedMax.compareTo(max) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max <= refusedMax");
        }
    }

    /** The same waits whether the PBX is down or refuses. */
    public ReconnectBackoff(Duration initial, Duration max) {
        this(initial, max, max);
    }

    /** The wait before attempt {@code attempt} (1 = the first try after the link dropped) while the PBX is down. */
    public Duration delay(int attempt) {
        return jittered(attempt, max);
    }

    /** The wait before attempt {@code attempt} after the PBX took the connection but the login failed. */
    public Duration delayAfterRefusal(int attempt) {
        return jittered(attempt, refusedMax);
    }

    private Duration jittered(int attempt, Duration ceiling) {
        long ceilingMs = ceiling.toMillis();
        long step = initial.toMillis();
        for (int i = 1; i < attempt && step < ceilingMs; i++) {
            step *= 2;
        }
        step = Math.min(step, ceilingMs);
        double share = LEAST_SHARE + (1 - LEAST_SHARE) * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(step * share)));
    }
}
