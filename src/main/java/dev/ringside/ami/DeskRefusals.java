package dev.ringside.ami;

import java.util.Locale;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * What the PBX's refusals of the desk's actions mean, in {@link AmiError} kinds the UI can say in
 * plain words. The sentences are Asterisk 22's (app_queue.c, manager.c); anything else falls back
 * to {@link AmiErrors#actionFailure}.
 */
final class DeskRefusals {

    private DeskRefusals() {
    }

    static AmiError of(String action, ManagerResponse response) {
        AmiError error = AmiErrors.actionFailure(action, response);
        if (error == null || error.kind() != AmiError.Kind.ACTION_FAILED) {
            return error;
        }
        String said = response.getMessage() == null ? "" : response.getMessage().trim();
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.startsWith("channel specified does not exist") || lower.startsWith("channel does not exist")) {
            return new AmiError(AmiError.Kind.CALL_ENDED, "That call has already ended", action);
        }
        if (lower.startsWith("transfer ") || lower.equals("redirect failed")) {
            return new AmiError(AmiError.Kind.TRANSFER_FAILED, "The PBX could not transfer the call: " + said, action);
        }
        if (lower.equals("interface not found") || lower.contains("not there")) {
            return new AmiError(AmiError.Kind.NOT_IN_QUEUE, "Not a member of that queue", action);
        }
        if (lower.contains("already there")) {
            return new AmiError(AmiError.Kind.ALREADY_IN_QUEUE, "Already a member of that queue", action);
        }
        if (lower.contains("no such queue")) {
            return new AmiError(AmiError.Kind.NO_SUCH_QUEUE, "No such queue on the PBX", action);
        }
        if (lower.equals("member not dynamic")) {
            return new AmiError(AmiError.Kind.STATIC_QUEUE_MEMBER,
                    "The PBX's configuration makes this queue membership; it cannot be logged out", action);
        }
        return error;
    }
}
