package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;
import java.time.Instant;

/**
 * What a client's BlindTransfer or Redirect does to a bridged call, played on the call's own thread
 * whatever its script was waiting for. Event order follows transfer.ami (Asterisk 22, an AMI
 * BlindTransfer of the operator's channel): BLINDTRANSFER variables, the {@code BlindTransfer}
 * event, the transferee leaves the bridge and dials the target, the transferer leaves and hangs up
 * (cause 16), then the target rings and answers like any Dial(). A queue call also gets its
 * {@code AgentComplete} with Reason {@code transfer}. Once the transferred call is over the script
 * ends.
 */
final class Transfers {

    static final Duration TARGET_TALK = Duration.ofSeconds(4);

    private final CallRun run;

    private Transfers(CallRun run) {
        this.run = run;
    }

    static boolean handles(Poke p) {
        return p.kind == Poke.Kind.BLIND_TRANSFER || p.kind == Poke.Kind.REDIRECT || AttendedTransfers.handles(p);
    }

    /** Plays the transfer; throws {@link CallRun.CallOver} once the call has ended elsewhere. */
    static void play(CallRun run, Poke p) {
        if (AttendedTransfers.handles(p)) {
            AttendedTransfers.play(run, p);
            return;
        }
        Transfers t = new Transfers(run);
        if (p.kind == Poke.Kind.BLIND_TRANSFER) {
            t.blind(p.channel, p.exten, p.context);
        } else {
            t.redirect(p.channel, p.exten, p.context);
        }
    }

    /** The live channel sharing {@code ch}'s bridge, or null. Safe from any thread. */
    static SimChannel peer(SimPbx pbx, SimChannel ch) {
        String bridgeId = ch.bridgeId;
        if (bridgeId.isEmpty()) {
            return null;
        }
        for (SimChannel other : pbx.liveChannels()) {
            if (other != ch && bridgeId.equals(other.bridgeId)) {
                return other;
            }
        }
        return null;
    }

    private void blind(SimChannel transferer, String exten, String context) {
        SimChannel transferee = peer(run.pbx, transferer);
        if (transferee == null) {
            run.emit(blindTransferEvent("Invalid", transferer, null, exten, context));
            return;
        }
        String bridgeId = transferer.bridgeId;
        run.varSet(transferee, "BLINDTRANSFER", transferer.name);
        run.varSet(transferer, "BLINDTRANSFER", transferee.name);
        run.varSet(transferer, "BRIDGEPEER", "");
        run.emit(blindTransferEvent("Success", transferer, transferee, exten, context));
        agentCompleteOnTransfer(transferee, transferer);
        run.varSet(transferee, "BRIDGEPEER", "");
        run.gotoExten(transferee, context, exten);
        run.bridgeLeave(transferee, 1);
        leaveAndHangUp(transferer, bridgeId);
        dialTarget(transferee, exten);
        throw new CallRun.CallOver();
    }

    /** Redirect of one party of a two-party bridge: it goes to the target, the other side's Dial() ends. */
    private void redirect(SimChannel redirected, String exten, String context) {
        SimChannel other = peer(run.pbx, redirected);
        if (other == null) {
            return;
        }
        String bridgeId = redirected.bridgeId;
        run.varSet(redirected, "BRIDGEPEER", "");
        run.varSet(other, "BRIDGEPEER", "");
        agentCompleteOnTransfer(redirected, other);
        run.gotoExten(redirected, context, exten);
        run.bridgeLeave(redirected, 1);
        leaveAndHangUp(other, bridgeId);
        dialTarget(redirected, exten);
        throw new CallRun.CallOver();
    }

    private void leaveAndHangUp(SimChannel ch, String bridgeId) {
        run.bridgeLeave(ch, 0);
        run.hangupRequest(ch, NORMAL_CLEARING);
        run.hangup(ch, NORMAL_CLEARING);
        if (isExtension(endpointOf(ch))) {
            run.deviceState(endpointOf(ch), 0);
        }
        run.bridgeDestroy(bridgeId);
    }

    /** app_queue ends a queue call its member passed on with AgentComplete, Reason transfer. */
    private void agentCompleteOnTransfer(SimChannel caller, SimChannel member) {
        QueueBook.Connected c;
        synchronized (run.pbx) {
            c = run.pbx.queues().connected(caller.uniqueid);
        }
        if (c == null) {
            return;
        }
        AmiMessage complete = AmiMessage.event("AgentComplete", "agent,all");
        for (String[] h : c.agentConnect.headers()) {
            if (!h[0].equals("Event") && !h[0].equals("Privilege") && !h[0].equals("HoldTime")
                    && !h[0].equals("RingTime")) {
                complete.add(h[0], h[1]);
            }
        }
        run.emit(complete.add("HoldTime", String.valueOf(c.agentConnect.get("HoldTime")))
                .add("TalkTime", String.valueOf(Duration.between(c.at, Instant.now()).getSeconds()))
                .add("Reason", "transfer"));
    }

    /** What the target's dialplan does: Dial() an extension, or the trunk for an outside number. */
    private void dialTarget(SimChannel caller, String exten) {
        boolean internal = isExtension(exten);
        String endpoint = internal ? exten : "main";
        String dialString = run.tech.dialString(endpoint, exten);
        run.app(caller, 1, "Dial", run.tech.name() + "/" + dialString + ",20");
        run.dialVarsCleared(caller);
        SimChannel leg = run.outgoingLeg(caller, endpoint, exten, exten, dialString, "AppDial");
        run.newstate(leg, SimChannel.RINGING);
        run.dialBegin(caller, leg, dialString);
        if (internal) {
            run.deviceState(exten, 8);
        }
        run.dialState(caller, leg, "RINGING");
        long deadline = System.nanoTime() + run.pbx.scaled(run.pbx.transferRing).toNanos();
        while (true) {
            Poke p = run.awaitUntil(deadline);
            if (p == null || (p.kind == Poke.Kind.ANSWER && p.channel == leg)) {
                answer(caller, leg, exten, internal, dialString);
                return;
            }
            if (p.kind == Poke.Kind.HANGUP) {
                endUnanswered(caller, leg, exten, internal, p);
                return;
            }
        }
    }

    private void answer(SimChannel caller, SimChannel leg, String exten, boolean internal, String dialString) {
        if (internal) {
            leg.callerIdName = "Operator " + exten;
            run.newCallerid(leg);
        }
        run.newstate(leg, SimChannel.UP);
        caller.connectedLineNum = exten;
        caller.connectedLineName = leg.callerIdName;
        run.newConnectedLine(caller);
        run.varSet(caller, "DIALSTATUS", "ANSWER");
        run.varSet(caller, "DIALEDPEERNAME", leg.name);
        run.varSet(caller, "DIALEDPEERNUMBER", dialString);
        leg.exten = "";
        run.dialEnd(caller, leg, "ANSWER");
        if (internal) {
            run.deviceState(exten, 1);
        }
        run.bridge(leg, caller);
        Poke p = run.await(TARGET_TALK);
        SimChannel first = leg;
        SimChannel second = caller;
        int cause = NORMAL_CLEARING;
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            cause = p.cause;
            if (p.channel == caller) {
                first = caller;
                second = leg;
            }
        }
        run.hangupBridged(first, second, cause, null);
        if (internal) {
            run.deviceState(exten, 0);
        }
    }

    /** The target turns it down (its leg hung up) or the caller gives up while it rings. */
    private void endUnanswered(SimChannel caller, SimChannel leg, String exten, boolean internal, Poke p) {
        boolean callerLeft = p.channel == caller;
        if (callerLeft) {
            run.hangupRequest(caller, p.cause);
        }
        run.dialEnd(caller, leg, callerLeft ? "CANCEL" : "NOANSWER");
        run.hangupRequest(leg, p.cause);
        run.hangup(leg, p.cause);
        if (internal) {
            run.deviceState(exten, 0);
        }
        run.varSet(caller, "DIALSTATUS", callerLeft ? "CANCEL" : "CHANUNAVAIL");
        run.softHangupRequest(caller, NORMAL_CLEARING);
        run.hangupRequest(caller, callerLeft ? p.cause : NORMAL_CLEARING);
        run.hangup(caller, callerLeft ? p.cause : NORMAL_CLEARING);
    }

    private AmiMessage blindTransferEvent(String result, SimChannel transferer, SimChannel transferee,
                                          String exten, String context) {
        AmiMessage m = AmiMessage.event("BlindTransfer", "call,all").add("Result", result)
                .addAll(transferer.snapshot("Transferer"));
        if (transferee != null) {
            m.addAll(transferee.snapshot("Transferee")).add("BridgeUniqueid", transferer.bridgeId)
                    .add("BridgeType", "basic").add("BridgeTechnology", "simple_bridge")
                    .add("BridgeCreator", "<unknown>").add("BridgeName", "<unknown>").add("BridgeNumChannels", "2")
                    .add("BridgeVideoSourceMode", "none");
        }
        return m.add("IsExternal", "Yes").add("Context", context).add("Extension", exten);
    }

    /** The dialplan's internal extensions (ext-local) are short digit strings; anything longer goes out. */
    static boolean isExtension(String number) {
        return number != null && number.matches("\\d{2,5}");
    }

    static String endpointOf(SimChannel ch) {
        String afterTech = ch.name.substring(ch.name.indexOf('/') + 1);
        int dash = afterTech.lastIndexOf('-');
        return dash < 0 ? afterTech : afterTech.substring(0, dash);
    }
}
