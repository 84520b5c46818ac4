package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.ANSWERED_ELSEWHERE;
import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;

/**
 * Calls that reach the operator from another extension's call: an attended transfer to the
 * operator ({@link AttendedTransfer}) and a pickup of a colleague's ringing call. Both start as
 * an outside call to the other extension, dialled like any direct call.
 */
final class TransferScripts {

    private static final Duration TRANSFERER_RING = Duration.ofSeconds(2);
    private static final Duration TRANSFERER_TALK = Duration.ofSeconds(3);
    private static final Duration CONSULTATION = Duration.ofMillis(2500);

    private final CallRun run;
    private final Scenario sc;
    private final Technology tech;

    private TransferScripts(CallRun run, Scenario scenario) {
        this.run = run;
        this.sc = scenario;
        this.tech = run.tech;
    }

    /** The outside caller dialling the other extension: caller and ringing leg. */
    private SimChannel[] callTheOtherExtension() {
        String other = sc.otherExtension;
        String dialString = tech.dialString(other, other);
        SimChannel caller = run.trunkCall(sc, "ext-local", other, other);
        run.app(caller, 1, "Dial", tech.name() + "/" + dialString + ",20");
        run.dialVarsCleared(caller);
        SimChannel leg = run.outgoingLeg(caller, other, other, other, dialString, "AppDial");
        run.newstate(leg, SimChannel.RINGING);
        run.dialBegin(caller, leg, dialString);
        run.deviceState(other, 8);
        run.dialState(caller, leg, "RINGING");
        return new SimChannel[] {caller, leg};
    }

    static void attendedTransferToOperator(CallRun run, Scenario scenario) {
        new TransferScripts(run, scenario).attendedTransfer();
    }

    static void pickupByOperator(CallRun run, Scenario scenario) {
        new TransferScripts(run, scenario).pickup();
    }

    private void attendedTransfer() {
        SimChannel[] call = callTheOtherExtension();
        SimChannel caller = call[0];
        SimChannel transferer = call[1];
        run.pause(TRANSFERER_RING);
        transferer.callerIdNum = sc.otherExtension;
        run.newCallerid(transferer);
        run.newstate(transferer, SimChannel.UP);
        caller.connectedLineNum = sc.otherExtension;
        run.newConnectedLine(caller);
        transferer.exten = "";
        run.dialEnd(caller, transferer, "ANSWER");
        run.newstate(caller, SimChannel.UP);
        run.deviceState(sc.otherExtension, 1);
        run.bridge(transferer, caller);
        run.pause(TRANSFERER_TALK);

        AttendedTransfer atxfer = new AttendedTransfer(run, transferer, caller, sc.extension, "from-internal");
        atxfer.consult();
        SimChannel target = atxfer.targetPhone();
        run.handle.operatorLeg.complete(target.name);
        Poke p = run.await(sc.ring);
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            run.teardown(p.channel, p.cause);
        }
        atxfer.targetAnswers();
        run.pause(CONSULTATION);
        atxfer.complete();
        Poke q = run.await(sc.talk.minus(CONSULTATION));
        boolean callerFirst = q != null && q.kind == Poke.Kind.HANGUP && q.channel == caller;
        int cause = q != null && q.kind == Poke.Kind.HANGUP ? q.cause : NORMAL_CLEARING;
        if (callerFirst) {
            run.hangupBridged(caller, target, cause, null);
        } else {
            run.hangupBridged(target, caller, cause, () -> run.deviceState(sc.extension, 0));
        }
    }

    /**
     * main/pickup.c: the operator's own new channel (its own Linkedid) is answered and told the
     * caller as its connected line, the Pickup event names it and the target; the target leg goes
     * with cause 26, the caller's Dial() sees the operator's channel answer, and the bridge gives
     * the operator's channel the caller's Linkedid.
     */
    private void pickup() {
        SimChannel[] call = callTheOtherExtension();
        SimChannel caller = call[0];
        SimChannel ringing = call[1];
        run.pause(sc.ring);
        boolean group = sc.kind == Scenario.Kind.GROUP_PICKUP;
        SimChannel picker = run.newChannel(run.pbx.nextChannelName(tech, sc.extension), SimChannel.RING,
                sc.extension, "Desk " + sc.extension, "from-internal", group ? "*8" : "**" + sc.otherExtension, null);
        run.handle.operatorLeg.complete(picker.name);
        if (group) {
            run.app(picker, 1, "Pickup", "");
        } else {
            run.app(picker, 1, "PickupChan", tech.name() + "/" + sc.otherExtension);
        }
        picker.connectedLineNum = ringing.connectedLineNum;
        picker.connectedLineName = ringing.connectedLineName;
        run.newConnectedLine(picker);
        run.newstate(picker, SimChannel.UP);
        run.emit(run.channelEvent("Pickup", "call", picker).addAll(ringing.snapshot("Target")));
        run.hangup(ringing, ANSWERED_ELSEWHERE);
        run.deviceState(sc.otherExtension, 0);
        run.dialEnd(caller, picker, "ANSWER");
        run.newstate(caller, SimChannel.UP);
        caller.connectedLineNum = sc.extension;
        caller.connectedLineName = picker.callerIdName;
        run.newConnectedLine(caller);
        run.deviceState(sc.extension, 1);
        picker.linkedid = caller.linkedid;
        run.bridge(picker, caller);
        Poke q = run.await(sc.talk);
        boolean callerFirst = q != null && q.kind == Poke.Kind.HANGUP && q.channel == caller;
        int cause = q != null && q.kind == Poke.Kind.HANGUP ? q.cause : NORMAL_CLEARING;
        if (callerFirst) {
            run.hangupBridged(caller, picker, cause, null);
        } else {
            run.hangupBridged(picker, caller, cause, () -> run.deviceState(sc.extension, 0));
        }
    }
}
