package dev.ringside.ami;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/** Turns what went wrong on the wire into an {@link AmiError} an operator can read. */
public final class AmiErrors {

    public static final String WRONG_CREDENTIALS = "Wrong AMI username or secret";
    public static final String NOT_AMI = "That port does not speak AMI";

    private AmiErrors() {
    }

    public static AmiError wrongCredentials() {
        return new AmiError(AmiError.Kind.WRONG_CREDENTIALS, WRONG_CREDENTIALS);
    }

    public static AmiError notAmi() {
        return new AmiError(AmiError.Kind.NOT_AMI, NOT_AMI);
    }

    public static AmiError nothingAnswers(String address) {
        return new AmiError(AmiError.Kind.TIMEOUT, "Nothing answers at " + address, address);
    }

    /** The port took the connection, but the PBX behind it says nothing at all: frozen, or overloaded. */
    public static AmiError doesNotAnswer(String address) {
        return new AmiError(AmiError.Kind.NO_ANSWER, "The PBX at " + address + " does not answer", address);
    }

    public static AmiError loginTimeout(String address) {
        return new AmiError(AmiError.Kind.LOGIN_TIMEOUT, "The PBX at " + address + " did not finish the login in time",
                address);
    }

    public static AmiError notConnected() {
        return new AmiError(AmiError.Kind.NOT_CONNECTED, "Not connected to the PBX");
    }

    public static AmiError linkLost() {
        return new AmiError(AmiError.Kind.LINK_LOST, "The connection to the PBX dropped before it answered");
    }

    public static AmiError sessionClosed() {
        return new AmiError(AmiError.Kind.SESSION_CLOSED, "The session is closed");
    }

    public static AmiError loginBroken(String address) {
        return new AmiError(AmiError.Kind.LOGIN_BROKEN, "The PBX at " + address + " broke off the login", address);
    }

    /** The PBX did not answer {@code what} (an action name, or "the channel list") in time. */
    public static AmiError actionTimeout(String what) {
        return new AmiError(AmiError.Kind.ACTION_TIMEOUT, "The PBX did not answer " + what + " in time", what);
    }

    /** A failure to open the TCP (and TLS) connection to {@code host}. */
    public static AmiError connectFailure(Throwable e, String host, String address) {
        if (e instanceof UnknownHostException) {
            return new AmiError(AmiError.Kind.HOST_UNKNOWN, "Unknown host " + host, host);
        }
        if (e instanceof SSLException) {
            return tlsFailure((SSLException) e, address);
        }
        if (e instanceof NoRouteToHostException) {
            return new AmiError(AmiError.Kind.HOST_UNREACHABLE, "Nothing answers at " + address, address);
        }
        if (e instanceof SocketTimeoutException) {
            return nothingAnswers(address);
        }
        if (e instanceof ConnectException) {
            String message = lower(e.getMessage());
            if (message.contains("refused")) {
                return new AmiError(AmiError.Kind.CONNECTION_REFUSED,
                        "Connection refused at " + address + ": is AMI enabled on that port?", address);
            }
            if (message.contains("timed out")) {
                return nothingAnswers(address);
            }
            return new AmiError(AmiError.Kind.HOST_UNREACHABLE, "Nothing answers at " + address, address);
        }
        return new AmiError(AmiError.Kind.CONNECT_FAILED, "Cannot connect to " + address + ": " + plain(e), address);
    }

    static AmiError tlsFailure(SSLException e, String address) {
        String why;
        AmiError.Kind kind;
        if (hasCause(e, CertificateException.class) || lower(e.getMessage()).contains("certificat")) {
            kind = AmiError.Kind.TLS_UNTRUSTED;
            why = "the PBX's certificate is not trusted or does not match the host name";
        } else if (lower(e.getMessage()).contains("unrecognized ssl message")
                || lower(e.getMessage()).contains("plaintext")) {
            kind = AmiError.Kind.TLS_NOT_TLS;
            why = "that port does not speak TLS";
        } else {
            kind = AmiError.Kind.TLS_FAILED;
            why = "the secure handshake failed";
        }
        return new AmiError(kind, "TLS to " + address + " failed: " + why, address);
    }

    /** The PBX's answer to an action, as an error, or null when it succeeded. */
    public static AmiError actionFailure(String action, ManagerResponse response) {
        if (response == null) {
            return linkLost();
        }
        if (!(response instanceof ManagerError) && !"Error".equalsIgnoreCase(response.getResponse())) {
            return null;
        }
        String message = response.getMessage() == null ? "" : response.getMessage().trim();
        String lower = lower(message);
        if (lower.contains("permission denied")) {
            return new AmiError(AmiError.Kind.PERMISSION_DENIED,
                    "The AMI user may not send " + action + " (permission denied)", action);
        }
        if (lower.contains("no such channel")) {
            return new AmiError(AmiError.Kind.CALL_ENDED, "That call has already ended", action);
        }
        return new AmiError(AmiError.Kind.ACTION_FAILED,
                "The PBX refused " + action + (message.isEmpty() ? "" : ": " + message), action);
    }

    private static String plain(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
