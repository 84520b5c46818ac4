package dev.ringside.contacts.directory;

/** The directory could not be asked; the message is fit for the operator and holds no secret. */
public final class DirectoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so the settings screen can say what to fix. */
    public enum Kind {
        /** Host unknown, nothing listening, or the connection broke. */
        UNREACHABLE,
        /** The certificate is not trusted or does not name the host. */
        TLS,
        /** The bind DN or password was refused. */
        CREDENTIALS,
        /** The server did not answer in time. */
        TIMEOUT,
        /** The settings cannot be used as they are. */
        SETTINGS,
        /** Connected and signed in, but the search base does not exist (or may not be read). */
        BASE_NOT_FOUND,
        /** Anything else the server said. */
        FAILED
    }

    private final Kind kind;

    public DirectoryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
