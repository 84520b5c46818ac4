package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.asteriskjava.manager.action.AtxferAction;
import org.asteriskjava.manager.action.ExtensionStateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.response.ExtensionStateResponse;

/**
 * The actions of the operator's desk: queue login and logout, transfers, a colleague's hint.
 * Like every action they complete on the session's event thread and never block; a refusal fails
 * them with the {@link AmiError} kind {@link DeskRefusals} reads from the PBX's answer.
 */
final class DeskActions {

    private final SessionActions actions;

    DeskActions(SessionActions actions) {
        this.actions = actions;
    }

    /** QueueAdd: the operator's interface joins the queue as a dynamic member (write=agent). */
    CompletableFuture<Void> queueAdd(String queue, String memberInterface, String memberName, String stateInterface) {
        QueueAddAction add = new QueueAddAction(queue, memberInterface);
        if (memberName != null && !memberName.isBlank()) {
            add.setMemberName(memberName);
        }
        if (stateInterface != null && !stateInterface.isBlank()) {
            add.setStateInterface(stateInterface);
        }
        return actions.send("QueueAdd", add, DeskRefusals::of).thenApply(r -> null);
    }

    /** QueueRemove: only a membership QueueAdd made can go (write=agent). */
    CompletableFuture<Void> queueRemove(String queue, String memberInterface) {
        return actions.send("QueueRemove", new QueueRemoveAction(queue, memberInterface), DeskRefusals::of)
                .thenApply(r -> null);
    }

    /** BlindTransfer of the operator's channel: its bridge peer goes to exten@context (write=call). */
    CompletableFuture<Void> blindTransfer(String channel, String exten, String context) {
        return actions.send("BlindTransfer", new BlindTransferAction(channel, exten, context), DeskRefusals::of)
                .thenApply(r -> null);
    }

    /** Redirect of one channel (the far end of a call) to exten@context, priority 1 (write=call). */
    CompletableFuture<Void> redirect(String channel, String exten, String context) {
        RedirectAction redirect = new RedirectAction(channel, context, exten, 1);
        return actions.send("Redirect", redirect, DeskRefusals::of).thenApply(r -> null);
    }

    /**
     * Atxfer: the operator's channel consults exten@context while the other side holds (write=call).
     * Asterisk answers once it has queued the feature; what follows comes as events.
     */
    CompletableFuture<Void> atxfer(String channel, String exten, String context) {
        AtxferAction atxfer = new AtxferAction();
        atxfer.setChannel(channel);
        atxfer.setExten(exten);
        atxfer.setContext(context);
        return actions.send("Atxfer", atxfer, DeskRefusals::of).thenApply(r -> null);
    }

    /** CancelAtxfer: the consultation ends and the operator is back with the caller (write=call). */
    CompletableFuture<Void> cancelAtxfer(String channel) {
        return actions.send("CancelAtxfer", new CancelAtxferAction(channel), DeskRefusals::of).thenApply(r -> null);
    }

    /**
     * ExtensionState for one extension's hint (write=call or reporting), as the
     * {@code ExtensionStatus} event the hint would raise.
     */
    CompletableFuture<PbxEvent> extensionState(String exten, String context) {
        return actions.send("ExtensionState", new ExtensionStateAction(exten, context), DeskRefusals::of)
                .thenApply(r -> {
                    Map<String, String> h = new HashMap<>();
                    h.put("Exten", exten);
                    h.put("Context", context);
                    if (r instanceof ExtensionStateResponse state) {
                        h.put("Hint", state.getHint() == null ? "" : state.getHint());
                        h.put("Status", state.getStatus() == null ? "-1" : String.valueOf(state.getStatus()));
                        h.put("StatusText", state.getStatusText() == null ? "" : state.getStatusText());
                    } else {
                        h.put("Status", "-1");
                    }
                    return new PbxEvent("ExtensionStatus", Instant.now(), h);
                });
    }
}
