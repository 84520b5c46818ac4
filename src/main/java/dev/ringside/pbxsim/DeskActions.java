package dev.ringside.pbxsim;

/**
 * The actions of an operator's desk (queues, hints, transfers), each behind the write class
 * Asterisk 22 registers it with: QueueStatus and QueueSummary take any logged-in user,
 * QueuePause/QueueAdd/QueueRemove need {@code agent}, ExtensionStateList and ExtensionState
 * {@code call} or {@code reporting}, BlindTransfer, Redirect, Atxfer and CancelAtxfer {@code call}.
 */
final class DeskActions {

    private final QueueActions queues;
    private final TransferActions transfers;

    DeskActions(SimPbx pbx) {
        this.queues = new QueueActions(pbx);
        this.transfers = new TransferActions(pbx);
    }

    /** False when the verb is not one of these actions. */
    boolean handle(AmiSession s, String verb, AmiMessage action, String id) {
        switch (verb) {
            case "queuestatus": queues.queueStatus(s, action, id); return true;
            case "queuesummary": queues.queueSummary(s, action, id); return true;
            case "queuepause": guarded(s, id, () -> queues.queuePause(s, action, id), "agent"); return true;
            case "queueadd": guarded(s, id, () -> queues.queueAdd(s, action, id), "agent"); return true;
            case "queueremove": guarded(s, id, () -> queues.queueRemove(s, action, id), "agent"); return true;
            case "extensionstatelist":
                guarded(s, id, () -> queues.extensionStateList(s, id), "call", "reporting");
                return true;
            case "extensionstate":
                guarded(s, id, () -> queues.extensionState(s, action, id), "call", "reporting");
                return true;
            case "blindtransfer": guarded(s, id, () -> transfers.blindTransfer(s, action, id), "call"); return true;
            case "redirect": guarded(s, id, () -> transfers.redirect(s, action, id), "call"); return true;
            case "atxfer": guarded(s, id, () -> transfers.atxfer(s, action, id), "call"); return true;
            case "cancelatxfer": guarded(s, id, () -> transfers.cancelAtxfer(s, action, id), "call"); return true;
            default: return false;
        }
    }

    private static void guarded(AmiSession s, String id, Runnable action, String... anyClass) {
        if (s.user.mayWrite(anyClass)) {
            action.run();
        } else {
            s.reply(ActionDispatcher.error(id, "Permission denied"));
        }
    }
}
