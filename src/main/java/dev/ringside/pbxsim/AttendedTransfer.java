package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

/**
 * An attended transfer as Asterisk 22's bridge_basic.c runs it, in steps a script (or a client's
 * Atxfer action) can play one by one: the transferer, bridged with the transferee, calls the
 * target through a Local channel ({@code Local/777@from-internal-…;1} enters a new consultation
 * bridge at once, before it is answered, and its {@code ;2} half dials the phone with the
 * transferer's caller id); when the target answers, the Local pair optimizes itself away so the
 * phone sits in the consultation bridge; when the transferer hangs up, {@code AttendedTransfer}
 * (Result Success) is sent, the target swaps into the transferee's bridge and gets the
 * transferee as its connected line ({@code NewConnectedLine}). Every channel keeps the call's
 * Linkedid: the Local channel is requested by the transferer.
 */
final class AttendedTransfer {

    private final CallRun run;
    private final SimChannel transferer;
    private final SimChannel transferee;
    private final String targetExt;
    private final String context;
    private final String callBridge;
    private SimChannel one;
    private SimChannel two;
    private SimChannel phone;
    private String consultBridge;

    AttendedTransfer(CallRun run, SimChannel transferer, SimChannel transferee, String targetExt, String context) {
        this.run = run;
        this.transferer = transferer;
        this.transferee = transferee;
        this.targetExt = targetExt;
        this.context = context;
        this.callBridge = transferer.bridgeId;
    }

    /** The target's phone once it rings. */
    SimChannel targetPhone() {
        return phone;
    }

    /** Atxfer: the Local pair, the consultation bridge with the transferer, and the target ringing. */
    void consult() {
        String base = run.pbx.nextLocalName(targetExt, context);
        one = run.newChannel(base + ";1", SimChannel.DOWN, transferer.callerIdNum, transferer.callerIdName, context,
                targetExt, transferer);
        two = run.newChannel(base + ";2", SimChannel.RING, transferer.callerIdNum, transferer.callerIdName, context,
                targetExt, transferer);
        for (SimChannel local : new SimChannel[] {one, two}) {
            local.connectedLineNum = transferer.connectedLineNum;
            local.connectedLineName = transferer.connectedLineName;
        }
        run.emit(AmiMessage.event("LocalBridge", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).add("Context", context).add("Exten", targetExt)
                .add("LocalOptimization", "Yes"));
        run.varSet(one, "TRANSFERERNAME", transferer.name);
        consultBridge = run.bridgeCreate();
        run.bridgeEnter(one, consultBridge, 1);
        run.varSet(transferer, "BRIDGEPEER", "");
        run.bridgeLeave(transferer, 1);
        run.bridgeEnter(transferer, consultBridge, 2);
        Technology tech = run.tech;
        run.app(two, 1, "Dial", tech.name() + "/" + tech.dialString(targetExt, targetExt) + ",20");
        phone = run.outgoingLeg(two, targetExt, targetExt, targetExt, tech.dialString(targetExt, targetExt), "AppDial");
        run.newstate(phone, SimChannel.RINGING);
        run.dialBegin(two, phone, tech.dialString(targetExt, targetExt));
        run.deviceState(targetExt, 8);
        run.newstate(one, SimChannel.RINGING);
        run.dialState(two, phone, "RINGING");
    }

    /** The target picks up: answered through the Local pair, which then optimizes itself away. */
    void targetAnswers() {
        phone.exten = "";
        run.newstate(phone, SimChannel.UP);
        run.dialEnd(two, phone, "ANSWER");
        run.newstate(two, SimChannel.UP);
        run.newstate(one, SimChannel.UP);
        run.deviceState(targetExt, 1);
        String localBridge = run.bridgeCreate();
        run.bridgeEnter(two, localBridge, 1);
        run.bridgeEnter(phone, localBridge, 2);
        run.emit(AmiMessage.event("LocalOptimizationBegin", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).addAll(phone.snapshot("Source")).add("DestUniqueId", one.uniqueid)
                .add("Id", "1"));
        run.bridgeLeave(phone, 1);
        run.bridgeEnter(phone, consultBridge, 3);
        run.bridgeLeave(one, 2);
        run.emit(AmiMessage.event("LocalOptimizationEnd", "call,all").addAll(one.snapshot("LocalOne"))
                .addAll(two.snapshot("LocalTwo")).add("Success", "Yes").add("Id", "1"));
        run.bridgeLeave(two, 0);
        run.bridgeDestroy(localBridge);
        run.hangup(one, NORMAL_CLEARING);
        run.hangup(two, NORMAL_CLEARING);
        // the transferer now talks to the target, and its phone is told so
        transferer.connectedLineNum = phone.callerIdNum;
        transferer.connectedLineName = phone.callerIdName;
        run.newConnectedLine(transferer);
    }

    /** The transferer hangs up: the transfer completes and the target talks to the transferee. */
    void complete() {
        run.emit(AmiMessage.event("AttendedTransfer", "call,all").add("Result", "Success")
                .addAll(transferer.snapshot("OrigTransferer")).addAll(run.bridgeSnapshot("Orig", callBridge, 1))
                .addAll(transferer.snapshot("SecondTransferer")).addAll(run.bridgeSnapshot("Second", consultBridge, 2))
                .add("DestType", "Bridge").add("DestBridgeUniqueid", callBridge)
                .addAll(transferee.snapshot("Transferee")).addAll(phone.snapshot("TransferTarget"))
                .add("IsExternal", "No"));
        run.bridgeLeave(phone, 1);
        run.bridgeEnter(phone, callBridge, 2);
        run.bridgeLeave(transferer, 0);
        run.bridgeDestroy(consultBridge);
        run.hangupRequest(transferer, NORMAL_CLEARING);
        run.hangup(transferer, NORMAL_CLEARING);
        run.deviceState(transferer.endpoint(), 0);
        phone.connectedLineNum = transferee.callerIdNum;
        phone.connectedLineName = transferee.callerIdName;
        run.newConnectedLine(phone);
        transferee.connectedLineNum = phone.callerIdNum;
        transferee.connectedLineName = phone.callerIdName;
        run.newConnectedLine(transferee);
        run.varSet(phone, "BRIDGEPEER", transferee.name);
        run.varSet(transferee, "BRIDGEPEER", phone.name);
    }

    /**
     * The consultation ends without a transfer (CancelAtxfer, or the target turned it down): the
     * target's leg and what is left of the Local pair hang up with {@code cause}, the transferer
     * goes back into the transferee's bridge.
     */
    void cancel(int cause) {
        if (run.pbx.channel(phone.name) == phone) {
            if (phone.bridgeId.isEmpty()) {
                run.dialEnd(two, phone, "CANCEL");
            } else {
                run.bridgeLeave(phone, 1);
            }
            run.hangupRequest(phone, cause);
            run.hangup(phone, cause);
            run.deviceState(targetExt, 0);
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
        run.bridgeEnter(transferer, callBridge, 2);
        transferer.connectedLineNum = transferee.callerIdNum;
        transferer.connectedLineName = transferee.callerIdName;
        run.newConnectedLine(transferer);
    }
}
