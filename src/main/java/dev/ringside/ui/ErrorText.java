package dev.ringside.ui;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ami.WriteRight;
import dev.ringside.history.HistoryException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static dev.ringside.ui.i18n.Localization.lang;

/**
 * The operator's words for a failure: engine errors are told by their kind, in the operator's
 * language; their English messages stay in the log.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** The sentence for any failure: an {@link AmiException}, a {@link HistoryException}, or a generic one. */
    public static String of(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AmiException ami && ami.error() != null) {
            return of(ami.error());
        }
        if (cause instanceof HistoryException history) {
            return of(history);
        }
        return lang("error.generic");
    }

    public static String of(AmiError error) {
        String s = error.subject();
        return switch (error.kind()) {
            case WRONG_CREDENTIALS -> lang("error.ami.wrongCredentials");
            case HOST_UNKNOWN -> lang("error.ami.hostUnknown", s);
            case HOST_UNREACHABLE -> lang("error.ami.hostUnreachable", s);
            case CONNECTION_REFUSED -> lang("error.ami.connectionRefused", s);
            case TIMEOUT -> lang("error.ami.timeout", s);
            case NO_ANSWER -> lang("error.ami.noAnswer", s);
            case LOGIN_TIMEOUT -> lang("error.ami.loginTimeout", s);
            case LOGIN_BROKEN -> lang("error.ami.loginBroken", s);
            case CONNECT_FAILED -> lang("error.ami.connectFailed", s);
            case NOT_AMI -> lang("error.ami.notAmi");
            case TLS_FAILED -> lang("error.ami.tlsFailed", s);
            case TLS_UNTRUSTED -> lang("error.ami.tlsUntrusted", s);
            case TLS_NOT_TLS -> lang("error.ami.tlsNotTls", s);
            case PERMISSION_DENIED -> permissionDenied(s);
            case ACTION_FAILED -> lang("error.ami.actionFailed", s);
            case ACTION_TIMEOUT -> lang("error.ami.actionTimeout");
            case CALL_ENDED -> lang("error.ami.callEnded");
            case NOT_RINGING -> lang("error.ami.notRinging");
            case NO_NUMBER -> lang("error.ami.noNumber");
            case NOT_CONNECTED -> lang("error.ami.notConnected");
            case LINK_LOST -> lang("error.ami.linkLost");
            case SESSION_CLOSED -> lang("error.ami.sessionClosed");
            case DEMO_FAILED -> lang("error.ami.demoFailed");
            case OTHER -> lang("error.ami.unknown");
            case TRANSFER_FAILED -> lang("error.desk.transferFailed");
            case NOT_IN_QUEUE -> lang("error.desk.notInQueue");
            case ALREADY_IN_QUEUE -> lang("error.desk.alreadyInQueue");
            case NO_SUCH_QUEUE -> lang("error.desk.noSuchQueue");
            case STATIC_QUEUE_MEMBER -> lang("error.desk.staticQueueMember");
        };
    }

    /** A refused desk action names the manager.conf right it needs. */
    private static String permissionDenied(String action) {
        return switch (WriteRight.of(action)) {
            case AGENT -> lang("error.desk.deniedAgent", action);
            case CALL -> lang("error.desk.deniedCall", action);
            case CALL_OR_REPORTING -> lang("error.desk.deniedHints", action);
            case OTHER -> lang("error.ami.permissionDenied", action);
        };
    }

    public static String of(HistoryException error) {
        String where = error.location().map(Path::toString).orElse("");
        return switch (error.kind()) {
            case LOCKED -> lang("error.history.locked", where);
            case CORRUPT -> lang("error.history.corrupt", where);
            case NOT_WRITABLE -> lang("error.history.notWritable", where);
            case INCOMPATIBLE -> lang("error.history.incompatible", where);
            case FAILED -> lang("error.history.failed");
        };
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
