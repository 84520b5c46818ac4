package dev.ringside.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The call history could not be opened, read or written. {@link #getMessage()} is plain English for
 * the log and the console; {@link #kind()} lets the app decide what to do and the desktop UI say it
 * in the operator's language.
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
    private final transient Path location;

    public HistoryException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /** @param location the history file or folder concerned, or null */
    public HistoryException(Kind kind, String message, Path location, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.location = location;
    }

    public HistoryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The history file or folder concerned, when known: the desktop UI names it in its own words. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }
}
