package dev.ringside.ami;

import java.time.Instant;

/** The AMI link as the operator should see it. */
public sealed interface ConnectionState {

    /** Not started, or closed on purpose (logout, quit). */
    record Disconnected() implements ConnectionState {
    }

    /** Opening the socket and logging in for the first time. */
    record Connecting(String host, int port) implements ConnectionState {
    }

    /**
     * Logged in and receiving events.
     *
     * @param asteriskVersion what the PBX says it runs, or "" if unknown
     * @param serverFiltered  true when the PBX filters events for us (session or manager.conf filters);
     *                        false when we filter every event ourselves
     */
    record Connected(String asteriskVersion, boolean serverFiltered) implements ConnectionState {
    }

    /** The link dropped after a good login; the next try is at {@code nextAttemptAt}. */
    record Reconnecting(Instant nextAttemptAt, int attempt, String reason) implements ConnectionState {
    }

    /** Gave up: the reason is for the operator to read and act on (wrong secret, nothing listening, ...). */
    record Failed(AmiError error) implements ConnectionState {
    }
}
