package dev.ringside.ami;

/** A failed login or action, carrying the operator-readable {@link AmiError}. */
public class AmiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient AmiError error;

    public AmiException(AmiError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    public AmiException(AmiError.Kind kind, String message) {
        this(new AmiError(kind, message), null);
    }

    public AmiError error() {
        return error;
    }
}
