package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.QueueActions.trim;

/**
 * {@code BlindTransfer}, {@code Redirect}, {@code Atxfer} and {@code CancelAtxfer} as manager.c
 * answers them (all write=call). The answer comes at once; the call's own thread then plays what
 * the transfer does ({@link Transfers}, {@link AttendedTransfers}). Atxfer and CancelAtxfer only
 * queue the feature's DTMF on the channel, so Asterisk answers them before anything happens, and
 * on a channel outside a bridge nothing does.
 *
 * <p>The simulator redirects only a channel in a two-party bridge (an answered call), and one
 * channel at a time; it answers {@code Redirect failed} otherwise, where Asterisk would also
 * move a ringing or lone channel.
 */
final class TransferActions {

    private final SimPbx pbx;

    TransferActions(SimPbx pbx) {
        this.pbx = pbx;
    }

    /** The channel and extension a BlindTransfer or Atxfer names. */
    private record Target(SimChannel channel, String exten) {
    }

    /** Reads Channel and Exten as manager.c does for both actions; null once it has answered with the refusal. */
    private Target target(AmiSession s, AmiMessage action, String id) {
        String name = trim(action.get("Channel"));
        String exten = trim(action.get("Exten"));
        if (name == null) {
            s.reply(ActionDispatcher.error(id, "No channel specified"));
            return null;
        }
        if (exten == null) {
            s.reply(ActionDispatcher.error(id, "No extension specified"));
            return null;
        }
        SimChannel ch = pbx.channel(name);
        if (ch == null) {
            s.reply(ActionDispatcher.error(id, "Channel specified does not exist"));
            return null;
        }
        return new Target(ch, exten);
    }

    void blindTransfer(AmiSession s, AmiMessage action, String id) {
        Target target = target(s, action, id);
        if (target == null) {
            return;
        }
        SimChannel ch = target.channel();
        String exten = target.exten();
        String context = trim(action.get("Context"));
        if (context == null) {
            context = ch.context;
        }
        if (Transfers.peer(pbx, ch) == null) {
            // ast_bridge_transfer_blind() publishes the failed transfer too
            pbx.emit(AmiMessage.event("BlindTransfer", "call,all").add("Result", "Invalid")
                    .addAll(ch.snapshot("Transferer")).add("IsExternal", "Yes").add("Context", context)
                    .add("Extension", exten));
            s.reply(ActionDispatcher.error(id, "Transfer invalid"));
            return;
        }
        s.reply(AmiMessage.response("Success", id).add("Message", "Transfer succeeded"));
        ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.BLIND_TRANSFER, ch, 0, exten, context));
    }

    void redirect(AmiSession s, AmiMessage action, String id) {
        String name = trim(action.get("Channel"));
        String context = trim(action.get("Context"));
        String exten = trim(action.get("Exten"));
        String priority = trim(action.get("Priority"));
        if (name == null) {
            s.reply(ActionDispatcher.error(id, "Channel not specified"));
            return;
        }
        if (context == null) {
            s.reply(ActionDispatcher.error(id, "Context not specified"));
            return;
        }
        if (exten == null) {
            s.reply(ActionDispatcher.error(id, "Exten not specified"));
            return;
        }
        if (priority == null) {
            s.reply(ActionDispatcher.error(id, "Priority not specified"));
            return;
        }
        if (!priority.matches("[1-9][0-9]{0,8}")) {
            s.reply(ActionDispatcher.error(id, "Priority is invalid"));
            return;
        }
        SimChannel ch = pbx.channel(name);
        if (ch == null) {
            s.reply(ActionDispatcher.error(id, "Channel does not exist: " + name));
            return;
        }
        if (trim(action.get("ExtraChannel")) != null || Transfers.peer(pbx, ch) == null) {
            s.reply(ActionDispatcher.error(id, "Redirect failed"));
            return;
        }
        s.reply(AmiMessage.response("Success", id).add("Message", "Redirect successful"));
        ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.REDIRECT, ch, 0, exten, context));
    }

    void atxfer(AmiSession s, AmiMessage action, String id) {
        Target target = target(s, action, id);
        if (target == null) {
            return;
        }
        SimChannel ch = target.channel();
        String exten = target.exten();
        String context = trim(action.get("Context"));
        s.reply(AmiMessage.response("Success", id).add("Message", "Atxfer successfully queued"));
        ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.ATXFER, ch, 0, exten,
                context == null ? "from-internal" : context));
    }

    void cancelAtxfer(AmiSession s, AmiMessage action, String id) {
        String name = trim(action.get("Channel"));
        if (name == null) {
            s.reply(ActionDispatcher.error(id, "No channel specified"));
            return;
        }
        SimChannel ch = pbx.channel(name);
        if (ch == null) {
            s.reply(ActionDispatcher.error(id, "Channel specified does not exist"));
            return;
        }
        s.reply(AmiMessage.response("Success", id).add("Message", "CancelAtxfer successfully queued"));
        ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.CANCEL_ATXFER, ch, 0));
    }
}
