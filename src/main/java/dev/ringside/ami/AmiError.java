package dev.ringside.ami;

/**
 * Why talking to the PBX failed, in words an operator can act on. {@link #message()} is shown as is;
 * the technical detail goes to the log only, and never the secret.
 */
public record AmiError(Kind kind, String message) {

    public enum Kind {
        WRONG_CREDENTIALS,
        HOST_UNKNOWN,
        HOST_UNREACHABLE,
        CONNECTION_REFUSED,
        TIMEOUT,
        NOT_AMI,
        TLS_FAILED,
        PERMISSION_DENIED,
        ACTION_FAILED,
        OTHER
    }
}
