package dev.ringside.desk;

import dev.ringside.call.PbxEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the operator's transfers from what the operator's own channel does, since that is what
 * the PBX's filters let through: after an Atxfer the channel leaves the caller's bridge for the
 * consultation, its connected line turns to the target when the target answers, it comes back into
 * the caller's bridge when the consultation is cancelled, and it hangs up when the transfer
 * completes. A blind transfer is done once the PBX says it succeeded. Not thread-safe.
 */
public final class TransferWatch {

    private static final class Watched {
        TransferProgress progress;
        final String channel;
        String callerBridge;
        /** The operator's part ended before the PBX's answer came: that answer decides. */
        boolean callOver;

        Watched(TransferProgress progress, String channel) {
            this.progress = progress;
            this.channel = channel;
        }
    }

    private final Map<String, Watched> byCall = new LinkedHashMap<>();

    /** The operator asked for a transfer of the call whose operator leg is {@code channel}. */
    public TransferProgress start(String linkedId, String channel, String target, boolean attended) {
        Watched w = new Watched(new TransferProgress(linkedId, attended, target, TransferProgress.Stage.SENDING, null),
                channel);
        byCall.put(linkedId, w);
        return w.progress;
    }

    /** The PBX accepted the action. */
    public Optional<TransferProgress> accepted(String linkedId) {
        Watched w = byCall.get(linkedId);
        if (w == null || w.progress.stage() != TransferProgress.Stage.SENDING) {
            return Optional.empty();
        }
        w.progress = w.progress.at(w.progress.attended() && !w.callOver ? TransferProgress.Stage.RINGING_TARGET
                : TransferProgress.Stage.DONE);
        if (w.callOver) {
            byCall.remove(linkedId);
        }
        return Optional.of(w.progress);
    }

    /** The PBX refused, or the link failed. */
    public Optional<TransferProgress> failed(String linkedId, Throwable why) {
        Watched w = byCall.get(linkedId);
        if (w == null || w.progress.isOver()) {
            return Optional.empty();
        }
        TransferProgress p = w.progress;
        w.progress = new TransferProgress(p.linkedId(), p.attended(), p.target(), TransferProgress.Stage.FAILED, why);
        if (w.callOver) {
            byCall.remove(linkedId);
        }
        return Optional.of(w.progress);
    }

    /** The operator asked to complete the consultation (the operator's leg is hung up next). */
    public Optional<TransferProgress> completing(String linkedId) {
        Watched w = byCall.get(linkedId);
        if (w == null || w.progress.isOver()) {
            return Optional.empty();
        }
        w.progress = w.progress.at(TransferProgress.Stage.COMPLETING);
        return Optional.of(w.progress);
    }

    /** The transfers this event moved on. */
    public List<TransferProgress> onEvent(PbxEvent e) {
        List<TransferProgress> changed = new ArrayList<>();
        String channel = e.get("Channel");
        if (channel.isEmpty()) {
            return changed;
        }
        for (Watched w : byCall.values()) {
            if (!w.channel.equals(channel) || w.progress.isOver() || !w.progress.attended()) {
                continue;
            }
            TransferProgress.Stage next = next(w, e);
            if (next != null && next != w.progress.stage()) {
                w.progress = w.progress.at(next);
                changed.add(w.progress);
            }
        }
        return changed;
    }

    private static TransferProgress.Stage next(Watched w, PbxEvent e) {
        TransferProgress.Stage now = w.progress.stage();
        if (e.is("Hangup")) {
            return TransferProgress.Stage.DONE;
        }
        if (e.is("BridgeLeave") && w.callerBridge == null) {
            w.callerBridge = e.get("BridgeUniqueid");
            return null;
        }
        if (e.is("BridgeEnter") && w.callerBridge != null && w.callerBridge.equals(e.get("BridgeUniqueid"))) {
            return TransferProgress.Stage.CANCELLED;
        }
        if (e.is("NewConnectedLine") && now == TransferProgress.Stage.RINGING_TARGET
                && w.progress.target().equals(e.get("ConnectedLineNum"))) {
            return TransferProgress.Stage.TALKING_TO_TARGET;
        }
        return null;
    }

    public Optional<TransferProgress> progress(String linkedId) {
        Watched w = byCall.get(linkedId);
        return w == null ? Optional.empty() : Optional.of(w.progress);
    }

    /**
     * The operator's part of the call ended: a consultation under way completes (Asterisk
     * completes an attended transfer when the transferer hangs up); for one the PBX has not
     * answered yet, its answer decides (events and answers may cross). Then nothing more of this
     * call is followed.
     */
    public Optional<TransferProgress> callEnded(String linkedId) {
        Watched w = byCall.get(linkedId);
        if (w == null) {
            return Optional.empty();
        }
        if (w.progress.stage() == TransferProgress.Stage.SENDING) {
            w.callOver = true;
            return Optional.empty();
        }
        byCall.remove(linkedId);
        return w.progress.isOver() ? Optional.empty() : Optional.of(w.progress.at(TransferProgress.Stage.DONE));
    }
}
