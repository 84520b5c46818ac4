package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;

/**
 * A client's {@code Atxfer} played out on the call's thread with the steps of
 * {@link AttendedTransfer}: the transferee hears music on hold while the transferer consults the
 * target; the target answers by itself after the simulator's transfer ring time (or at once on
 * PJSIPNotify talk); then the transferer hanging up completes the transfer, and
 * {@code CancelAtxfer} (or the target turning it down) brings the transferer back.
 */
final class AttendedTransfers {

    /** How long the consultation lasts if neither side does anything. */
    static final Duration CONSULTATION = Duration.ofMinutes(2);

    private final CallRun run;
    private final SimChannel transferer;
    private final SimChannel transferee;
    private final AttendedTransfer steps;
    private boolean answered;

    private AttendedTransfers(CallRun run, SimChannel transferer, SimChannel transferee, String exten, String context) {
        this.run = run;
        this.transferer = transferer;
        this.transferee = transferee;
        this.steps = new AttendedTransfer(run, transferer, transferee, exten, context);
    }

    static boolean handles(Poke p) {
        return p.kind == Poke.Kind.ATXFER || p.kind == Poke.Kind.CANCEL_ATXFER;
    }

    /** A CancelAtxfer outside a consultation does nothing; an Atxfer plays the whole consultation. */
    static void play(CallRun run, Poke p) {
        SimChannel peer = Transfers.peer(run.pbx, p.channel);
        if (p.kind != Poke.Kind.ATXFER || peer == null || run.consulting) {
            return;
        }
        run.consulting = true;
        try {
            new AttendedTransfers(run, p.channel, peer, p.exten, p.context).consult();
        } finally {
            run.consulting = false;
        }
    }

    private void consult() {
        run.emit(run.channelEvent("MusicOnHoldStart", "call", transferee).add("Class", "default"));
        steps.consult();
        SimChannel target = steps.targetPhone();
        long ringDeadline = System.nanoTime() + run.pbx.scaled(run.pbx.transferRing).toNanos();
        long consultDeadline = System.nanoTime() + run.pbx.scaled(CONSULTATION).toNanos();
        while (true) {
            Poke p = run.awaitUntil(answered ? consultDeadline : ringDeadline);
            if (p == null && !answered || p != null && p.kind == Poke.Kind.ANSWER && p.channel == target && !answered) {
                steps.targetAnswers();
                answered = true;
            } else if (p == null || p.kind == Poke.Kind.HANGUP && p.channel == transferer) {
                complete();
                return;
            } else if (p.kind == Poke.Kind.CANCEL_ATXFER && p.channel == transferer) {
                backToTransferee(NORMAL_CLEARING);
                return;
            } else if (p.kind == Poke.Kind.HANGUP && p.channel == target) {
                backToTransferee(p.cause);
                return;
            } else if (p.kind == Poke.Kind.HANGUP) {
                run.teardown(p.channel, p.cause);
            }
        }
    }

    /** The transferer hangs up: the target and the transferee talk, then the call ends. */
    private void complete() {
        if (!answered) {
            // Asterisk would go on ringing (a blond transfer); the simulator lets the target answer first
            steps.targetAnswers();
        }
        steps.complete();
        run.emit(run.channelEvent("MusicOnHoldStop", "call", transferee));
        SimChannel target = steps.targetPhone();
        Poke p = run.await(Transfers.TARGET_TALK);
        SimChannel first = target;
        SimChannel second = transferee;
        int cause = NORMAL_CLEARING;
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            cause = p.cause;
            if (p.channel == transferee) {
                first = transferee;
                second = target;
            }
        }
        run.hangupBridged(first, second, cause, null);
        String exten = target.endpoint();
        if (Transfers.isExtension(exten)) {
            run.deviceState(exten, 0);
        }
        throw new CallRun.CallOver();
    }

    private void backToTransferee(int cause) {
        steps.cancel(cause);
        run.emit(run.channelEvent("MusicOnHoldStop", "call", transferee));
    }
}
