package dev.ringside.ami;

/**
 * Why talking to the PBX failed. {@link #message()} is the English sentence for logs and the CLI;
 * the desktop UI shows its own words for {@link #kind()}, with {@link #subject()} (the address,
 * host or action concerned, "" when none) filled in. The secret never appears in either.
 */
public record AmiError(Kind kind, String message, String subject) {

    public enum Kind {
        WRONG_CREDENTIALS,
        HOST_UNKNOWN,
        HOST_UNREACHABLE,
        CONNECTION_REFUSED,
        /** Nothing answered the connection attempt in time. */
        TIMEOUT,
        /** The port took the connection, but the PBX behind it said nothing at all (frozen). */
        NO_ANSWER,
        /** The PBX took the connection but did not finish the login in time. */
        LOGIN_TIMEOUT,
        /** The PBX broke off the login. */
        LOGIN_BROKEN,
        /** Any other failure to open the connection. */
        CONNECT_FAILED,
        NOT_AMI,
        /** The TLS handshake failed for another reason, or was not answered. */
        TLS_FAILED,
        /** The PBX's certificate is not trusted or does not match the host name. */
        TLS_UNTRUSTED,
        /** The port does not speak TLS. */
        TLS_NOT_TLS,
        PERMISSION_DENIED,
        /** The PBX refused an action ({@code subject} names it). */
        ACTION_FAILED,
        /** The PBX did not answer an action in time. */
        ACTION_TIMEOUT,
        /** The channel the action was for no longer exists. */
        CALL_ENDED,
        /** Accept or Reject for a call that no longer rings. */
        NOT_RINGING,
        /** Call back without a number. */
        NO_NUMBER,
        NOT_CONNECTED,
        /** The link dropped before the PBX answered. */
        LINK_LOST,
        /** The session was closed (logout, quit) while the request was open. */
        SESSION_CLOSED,
        /** The built-in demo PBX could not start. */
        DEMO_FAILED,
        OTHER,
        /** The PBX could not transfer the call (not connected, not permitted, or it failed). */
        TRANSFER_FAILED,
        /** Pause, unpause or log out in a queue the operator is not in. */
        NOT_IN_QUEUE,
        /** Queue login where the operator is already a member. */
        ALREADY_IN_QUEUE,
        /** The queue ({@code subject}) does not exist on the PBX. */
        NO_SUCH_QUEUE,
        /** Queue logout of a membership the PBX's configuration made (only QueueAdd's can be removed). */
        STATIC_QUEUE_MEMBER
    }

    public AmiError {
        subject = subject == null ? "" : subject;
    }

    public AmiError(Kind kind, String message) {
        this(kind, message, "");
    }
}
