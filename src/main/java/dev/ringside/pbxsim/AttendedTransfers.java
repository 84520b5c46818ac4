package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;
import java.util.UUID;

/**
 * An AMI {@code Atxfer} of a bridged channel, as Asterisk 22's attended-transfer feature plays
 * it (bridge_basic.c): the transferee hears music on hold, the transferer's channel moves to a new
 * bridge with a Local channel {@code Local/888@ctx-N;1} whose {@code ;2} dials the target; when the
 * target answers, the Local pair optimises itself away. Then:
 * <ul>
 * <li>the transferer hangs up: the transfer completes, {@code AttendedTransfer} (DestType Bridge),
 *     the target's bridge merges into the transferee's, both sides' connected line changes;</li>
 * <li>{@code CancelAtxfer} (or the target turns it down): the consultation ends and the transferer
 *     goes back to the transferee.</li>
 * </ul>
 * All channels of the consultation share the call's Linkedid, as Asterisk's requestor chain gives them.
 */
final class AttendedTransfers {

    /** How long the consultation lasts if neither side does anything. */
    static final Duration CONSULTATION = Duration.ofMinutes(2);

    private final CallRun run;
    private final SimChannel transferer;
    private final SimChannel transferee;
    private final String exten;
    private final String context;
    private final String origBridge;
    private String consultBridge;
    private SimChannel one;
    private SimChannel two;
    private SimChannel target;
    private boolean answered;

    private AttendedTransfers(CallRun run, SimChannel transferer, SimChannel transferee, String exten, String context) {
        this.run = run;
        this.transferer = transferer;
        this.transferee = transferee;
        this.exten = exten;
        this.context = context;
        this.origBridge = transferer.bridgeId;
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
        String base = run.pbx.nextLocalName(exten, context);
        one = run.newChannel(base + ";1", SimChannel.DOWN, transferer.callerIdNum, transferer.callerIdName, context,
                exten, transferer);
        two = run.newChannel(base + ";2", SimChannel.RING, transferer.callerIdNum, transferer.callerIdName, context,
                exten, transferer);
        run.emit(AmiMessage.event("LocalBridge", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).add("Context", context).add("Exten", exten)
                .add("LocalOptimization", "Yes"));
        run.bridgeLeave(transferer, 1);
        consultBridge = enterNewBridge(transferer, one);
        boolean internal = Transfers.isExtension(exten);
        String endpoint = internal ? exten : "main";
        String dialString = run.tech.dialString(endpoint, exten);
        run.app(two, 1, "Dial", run.tech.name() + "/" + dialString + ",20");
        target = run.outgoingLeg(two, endpoint, exten, exten, dialString, "AppDial");
        run.newstate(target, SimChannel.RINGING);
        run.dialBegin(two, target, dialString);
        if (internal) {
            run.deviceState(exten, 8);
        }
        run.newstate(one, SimChannel.RINGING);
        run.dialState(two, target, "RINGING");

        long ringDeadline = System.nanoTime() + run.pbx.scaled(run.pbx.transferRing).toNanos();
        long consultDeadline = System.nanoTime() + run.pbx.scaled(CONSULTATION).toNanos();
        while (true) {
            Poke p = run.awaitUntil(answered ? consultDeadline : ringDeadline);
            if (p == null) {
                if (!answered) {
                    answer(internal);
                    continue;
                }
                complete();
                return;
            }
            if (p.kind == Poke.Kind.ANSWER && p.channel == target && !answered) {
                answer(internal);
            } else if (p.kind == Poke.Kind.CANCEL_ATXFER && p.channel == transferer) {
                backToTransferee(internal, NORMAL_CLEARING);
                return;
            } else if (p.kind == Poke.Kind.HANGUP && p.channel == transferer) {
                complete();
                return;
            } else if (p.kind == Poke.Kind.HANGUP && (p.channel == target || p.channel == two || p.channel == one)) {
                backToTransferee(internal, p.cause);
                return;
            } else if (p.kind == Poke.Kind.HANGUP) {
                run.teardown(p.channel, p.cause);
            }
        }
    }

    private String enterNewBridge(SimChannel first, SimChannel second) {
        String id = UUID.randomUUID().toString();
        run.emit(bridgeEvent("BridgeCreate", id, 0));
        first.bridgeId = id;
        run.emit(bridgeEvent("BridgeEnter", id, 1).addAll(first.snapshot("")));
        second.bridgeId = id;
        run.emit(bridgeEvent("BridgeEnter", id, 2).addAll(second.snapshot("")));
        return id;
    }

    private static AmiMessage bridgeEvent(String name, String id, int numChannels) {
        return AmiMessage.event(name, "call,all").add("BridgeUniqueid", id).add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge").add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>").add("BridgeNumChannels", String.valueOf(numChannels))
                .add("BridgeVideoSourceMode", "none");
    }

    /** The target answers; the Local pair swaps the target's channel in and hangs up. */
    private void answer(boolean internal) {
        answered = true;
        if (internal) {
            target.callerIdName = "Operator " + exten;
            run.newCallerid(target);
        }
        run.newstate(target, SimChannel.UP);
        target.exten = "";
        run.dialEnd(two, target, "ANSWER");
        run.newstate(two, SimChannel.UP);
        run.newstate(one, SimChannel.UP);
        if (internal) {
            run.deviceState(exten, 1);
        }
        String localBridge = enterNewBridge(target, two);
        String id = String.valueOf(run.pbx.nextUniqueid());
        run.emit(AmiMessage.event("LocalOptimizationBegin", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).addAll(target.snapshot("Source"))
                .add("DestUniqueId", one.uniqueid).add("Id", id));
        run.bridgeLeave(target, 1);
        target.bridgeId = consultBridge;
        run.emit(bridgeEvent("BridgeEnter", consultBridge, 3).addAll(target.snapshot(""))
                .add("SwapUniqueid", one.uniqueid));
        run.bridgeLeave(one, 2);
        run.emit(AmiMessage.event("LocalOptimizationEnd", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).add("Success", "Yes").add("Id", id));
        run.hangupRequest(one, NORMAL_CLEARING);
        run.hangup(one, NORMAL_CLEARING);
        run.bridgeLeave(two, 0);
        run.hangupRequest(two, NORMAL_CLEARING);
        run.hangup(two, NORMAL_CLEARING);
        run.bridgeDestroy(localBridge);
        transferer.connectedLineNum = exten;
        transferer.connectedLineName = target.callerIdName;
        run.newConnectedLine(transferer);
        target.connectedLineNum = transferer.callerIdNum;
        target.connectedLineName = transferer.callerIdName;
        run.newConnectedLine(target);
    }

    /** The transferer hangs up: the transfer completes and the two bridges become one. */
    private void complete() {
        if (!answered) {
            // a blond transfer: the simulator lets the target answer first, then completes
            answer(Transfers.isExtension(exten));
        }
        run.emit(AmiMessage.event("AttendedTransfer", "call,all").add("Result", "Success")
                .addAll(transferer.snapshot("OrigTransferer")).addAll(bridgeSnapshot("OrigBridge", origBridge, 1))
                .addAll(transferer.snapshot("SecondTransferer"))
                .addAll(bridgeSnapshot("SecondBridge", consultBridge, 2)).add("DestType", "Bridge")
                .add("DestBridgeUniqueid", origBridge).addAll(transferee.snapshot("Transferee"))
                .addAll(target.snapshot("TransferTarget")).add("IsExternal", "No"));
        run.bridgeLeave(transferer, 1);
        run.hangupRequest(transferer, NORMAL_CLEARING);
        run.hangup(transferer, NORMAL_CLEARING);
        String operator = Transfers.endpointOf(transferer);
        if (Transfers.isExtension(operator)) {
            run.deviceState(operator, 0);
        }
        run.emit(bridgeEvent("BridgeMerge", origBridge, 1).addAll(bridgeSnapshot("ToBridge", origBridge, 2))
                .addAll(bridgeSnapshot("FromBridge", consultBridge, 1)));
        target.bridgeId = origBridge;
        run.bridgeDestroy(consultBridge);
        run.emit(run.channelEvent("MusicOnHoldStop", "call", transferee));
        transferee.connectedLineNum = exten;
        transferee.connectedLineName = target.callerIdName;
        run.newConnectedLine(transferee);
        target.connectedLineNum = transferee.callerIdNum;
        target.connectedLineName = transferee.callerIdName;
        run.newConnectedLine(target);
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
        if (Transfers.isExtension(exten)) {
            run.deviceState(exten, 0);
        }
        throw new CallRun.CallOver();
    }

    /** The consultation ends without a transfer: its channels go, the transferer rejoins the transferee. */
    private void backToTransferee(boolean internal, int cause) {
        if (run.pbx.channel(target.name) == target) {
            if (answered) {
                run.bridgeLeave(target, 1);
            } else {
                run.dialEnd(two, target, "CANCEL");
            }
            run.hangupRequest(target, cause);
            run.hangup(target, cause);
            if (internal) {
                run.deviceState(exten, 0);
            }
        }
        for (SimChannel local : new SimChannel[] {one, two}) {
            if (run.pbx.channel(local.name) == local) {
                if (!local.bridgeId.isEmpty()) {
                    run.bridgeLeave(local, 1);
                }
                run.hangupRequest(local, cause);
                run.hangup(local, cause);
            }
        }
        run.bridgeLeave(transferer, 0);
        run.bridgeDestroy(consultBridge);
        transferer.bridgeId = origBridge;
        run.emit(bridgeEvent("BridgeEnter", origBridge, 2).addAll(transferer.snapshot("")));
        run.emit(run.channelEvent("MusicOnHoldStop", "call", transferee));
        transferer.connectedLineNum = transferee.callerIdNum;
        transferer.connectedLineName = transferee.callerIdName;
        run.newConnectedLine(transferer);
    }

    private static AmiMessage bridgeSnapshot(String prefix, String id, int numChannels) {
        return new AmiMessage().add(prefix + "Uniqueid", id).add(prefix + "Type", "basic")
                .add(prefix + "Technology", "simple_bridge").add(prefix + "Creator", "<unknown>")
                .add(prefix + "Name", "<unknown>").add(prefix + "NumChannels", String.valueOf(numChannels))
                .add(prefix + "VideoSourceMode", "none");
    }
}
