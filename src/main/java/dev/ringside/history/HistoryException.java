package dev.ringside.history;

import java.util.Objects;

/**
 * The call history could not be opened, read or written. {@link #getMessage()} is written for the
 * operator (plain words, no stack trace); {@link #kind()} lets the app decide what to do.
 */
public final class HistoryException extends RuntimeException {

    /** What went wrong, as far as the operator's next step is concerned. */
    public enum Kind {
        /** Another process (a second Ringside for the same user) has the file open. */
        LOCKED,
        /** The file exists but is not a readable call history (damaged or not an H2 database). */
        CORRUPT,
        /** The file or its folder cannot be written (read-only location, no permission, not a folder). */
        NOT_WRITABLE,
        /** The file was written by another version of Ringside that this one cannot use. */
        INCOMPATIBLE,
        /** Anything else: a read or write that failed. */
        FAILED
    }

    private final Kind kind;

    public HistoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public HistoryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
