package dev.ringside.pbxsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One scripted call while it plays: owns its channels, emits their events the way Asterisk's
 * core and Dial()/Queue() apps do, and receives what clients do to its channels (Hangup,
 * PJSIPNotify talk) as {@link Poke}s while it waits.
 */
final class CallRun {

    /** Something a client did to one of this call's channels. */
    static final class Poke {
        enum Kind { HANGUP, ANSWER, DROP, BLIND_TRANSFER, REDIRECT, ATXFER, CANCEL_ATXFER }

        final Kind kind;
        final SimChannel channel;
        final int cause;
        /** Where a transfer or redirect goes. */
        final String exten;
        final String context;

        Poke(Kind kind, SimChannel channel, int cause) {
            this(kind, channel, cause, null, null);
        }

        Poke(Kind kind, SimChannel channel, int cause, String exten, String context) {
            this.kind = kind;
            this.channel = channel;
            this.cause = cause;
            this.exten = exten;
            this.context = context;
        }
    }

    /** Unwinds a script once the call is over (torn down or dropped by a restart). */
    static final class CallOver extends RuntimeException {
        CallOver() {
            super(null, null, false, false);
        }
    }

    final SimPbx pbx;
    final Technology tech;
    final CallHandle handle;
    private final BlockingQueue<Poke> pokes = new LinkedBlockingQueue<>();
    private final List<SimChannel> owned = new ArrayList<>();
    private volatile boolean dropped;
    /** An attended transfer's consultation is under way: CancelAtxfer goes to it. */
    boolean consulting;

    CallRun(SimPbx pbx, CallHandle handle) {
        this.pbx = pbx;
        this.tech = pbx.technology;
        this.handle = handle;
    }

    // ---- control from outside --------------------------------------------------------------

    void poke(Poke poke) {
        pokes.add(poke);
    }

    void drop() {
        dropped = true;
        pokes.add(new Poke(Poke.Kind.DROP, null, 0));
    }

    boolean isDropped() {
        return dropped;
    }

    // ---- time --------------------------------------------------------------------------------

    /**
     * Waits up to the (scaled) duration for a client's action on this call; null when the time
     * ran out. A restart that drops calls ends the script here.
     */
    Poke await(Duration nominal) {
        return awaitUntil(System.nanoTime() + pbx.scaled(nominal).toNanos());
    }

    /** As {@link #await} with an absolute {@link System#nanoTime()} deadline. */
    Poke awaitUntil(long deadline) {
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Poke p = left <= 0 ? pokes.poll() : pokes.poll(left, TimeUnit.NANOSECONDS);
                if (p == null) {
                    return null;
                }
                if (p.kind == Poke.Kind.DROP) {
                    throw new CallOver();
                }
                if (owned.contains(p.channel) && pbx.channel(p.channel.name) == p.channel) {
                    if (Transfers.handles(p) && !(consulting && p.kind == Poke.Kind.CANCEL_ATXFER)) {
                        // whatever the script waits for, the transfer plays out here first
                        Transfers.play(this, p);
                        continue;
                    }
                    return p;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dropped = true;
            throw new CallOver();
        }
    }

    /**
     * A pause where the dialplan does not expect anyone: a client's Hangup on any channel tears
     * the whole call down with that cause; a talk request is ignored.
     */
    void pause(Duration nominal) {
        long deadline = System.nanoTime() + pbx.scaled(nominal).toNanos();
        while (true) {
            Poke p = awaitUntil(deadline);
            if (p == null) {
                return;
            }
            if (p.kind == Poke.Kind.HANGUP) {
                teardown(p.channel, p.cause);
            }
        }
    }

    /** Hangs up every channel of this call, the poked one first, and ends the script. */
    void teardown(SimChannel first, int cause) {
        List<SimChannel> order = new ArrayList<>(owned);
        order.remove(first);
        order.add(0, first);
        for (SimChannel ch : order) {
            if (pbx.channel(ch.name) == ch) {
                if (!ch.bridgeId.isEmpty()) {
                    bridgeLeave(ch, 0);
                }
                if (ch != first) {
                    softHangupRequest(ch, cause);
                }
                hangupRequest(ch, cause);
                hangup(ch, cause);
            }
        }
        throw new CallOver();
    }

    // ---- channels ----------------------------------------------------------------------------

    void emit(AmiMessage event) {
        if (!dropped) {
            pbx.emit(event);
        }
    }

    SimChannel newChannel(String name, int state, String cidNum, String cidName, String context,
                          String exten, SimChannel linkedTo) {
        String uniqueid = pbx.nextUniqueid();
        SimChannel ch = new SimChannel(name, uniqueid, linkedTo == null ? uniqueid : linkedTo.linkedid, this);
        ch.state = state;
        ch.callerIdNum = cidNum;
        ch.callerIdName = cidName;
        ch.context = context;
        ch.exten = exten;
        owned.add(ch);
        if (dropped) {
            throw new CallOver();
        }
        pbx.register(ch);
        if (linkedTo == null) {
            handle.linkedid.complete(ch.linkedid);
        }
        emit(channelEvent("Newchannel", "call", ch));
        return ch;
    }

    AmiMessage channelEvent(String name, String privilegeClass, SimChannel ch) {
        return AmiMessage.event(name, privilegeClass + ",all").addAll(ch.snapshot(""));
    }

    void app(SimChannel ch, int priority, String application, String data) {
        ch.priority = priority;
        ch.application = application;
        ch.applicationData = data;
        emit(channelEvent("Newexten", "dialplan", ch)
                .add("Extension", ch.exten).add("Application", application).add("AppData", data));
    }

    void gotoExten(SimChannel ch, String context, String exten) {
        ch.context = context;
        ch.exten = exten;
    }

    void varSet(SimChannel ch, String variable, String value) {
        emit(channelEvent("VarSet", "dialplan", ch).add("Variable", variable).add("Value", value));
    }

    void newstate(SimChannel ch, int state) {
        ch.state = state;
        emit(channelEvent("Newstate", "call", ch));
    }

    void newCallerid(SimChannel ch) {
        emit(channelEvent("NewCallerid", "call", ch)
                .add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)"));
    }

    void newConnectedLine(SimChannel ch) {
        emit(channelEvent("NewConnectedLine", "call", ch));
    }

    void softHangupRequest(SimChannel ch, int cause) {
        emit(channelEvent("SoftHangupRequest", "call", ch).add("Cause", String.valueOf(cause)));
    }

    void hangupRequest(SimChannel ch, int cause) {
        emit(channelEvent("HangupRequest", "call", ch).add("Cause", String.valueOf(cause)));
    }

    void hangup(SimChannel ch, int cause) {
        pbx.unregister(ch);
        emit(channelEvent("Hangup", "call", ch)
                .add("Cause", String.valueOf(cause)).add("Cause-txt", HangupCause.text(cause)));
    }

    /**
     * An outside caller arriving on the trunk ({@code pstn}) with the scenario's caller id and DID,
     * sent on to {@code context,exten} as the inbound route does.
     */
    SimChannel trunkCall(Scenario sc, String context, String exten, String target) {
        SimChannel caller = newChannel(pbx.nextChannelName(tech, "pstn"), SimChannel.RING, sc.callerNum,
                sc.callerName, "from-pstn", sc.did, null);
        app(caller, 1, "NoOp", "Inbound DID " + sc.did + " from \"" + sc.callerName + "\" <" + sc.callerNum
                + "> -> " + target);
        app(caller, 2, "Goto", context + "," + exten + ",1");
        gotoExten(caller, context, exten);
        return caller;
    }

    // ---- Dial() --------------------------------------------------------------------------------

    private AmiMessage dialEvent(String name, SimChannel caller, SimChannel dest) {
        return channelEvent(name, "call", caller).addAll(dest.snapshot("Dest"));
    }

    void dialBegin(SimChannel caller, SimChannel dest, String dialString) {
        emit(dialEvent("DialBegin", caller, dest).add("DialString", dialString));
    }

    void dialState(SimChannel caller, SimChannel dest, String status) {
        emit(dialEvent("DialState", caller, dest).add("DialStatus", status));
    }

    void dialEnd(SimChannel caller, SimChannel dest, String status) {
        emit(dialEvent("DialEnd", caller, dest).add("DialStatus", status));
    }

    /** The variables Dial() clears when it starts. */
    void dialVarsCleared(SimChannel caller) {
        for (String v : new String[] {"DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME",
                "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME",
                "PROGRESSTIME_MS"}) {
            varSet(caller, v, "");
        }
    }

    /** Creates the outgoing leg of Dial()/Queue() towards an endpoint, up to the point it rings. */
    SimChannel outgoingLeg(SimChannel caller, String endpoint, String shownCidNum, String dialedExten,
                           String dialedPeerNumber, String outgoingApp) {
        SimChannel leg = newChannel(pbx.nextChannelName(tech, endpoint), SimChannel.DOWN, "<unknown>", "<unknown>",
                "default", "s", caller);
        leg.context = "";
        if (dialedPeerNumber != null) {
            varSet(leg, "DIALEDPEERNUMBER", dialedPeerNumber);
        }
        leg.callerIdNum = shownCidNum;
        leg.exten = dialedExten;
        leg.connectedLineNum = caller.callerIdNum;
        leg.connectedLineName = caller.callerIdName;
        app(leg, 1, outgoingApp, "(Outgoing Line)");
        newCallerid(leg);
        newConnectedLine(leg);
        return leg;
    }

    // ---- device state --------------------------------------------------------------------------

    void deviceState(String extension, int hintStatus) {
        String text = hintStatus == 8 ? "Ringing" : hintStatus == 1 ? "InUse" : "Idle";
        String device = hintStatus == 8 ? "RINGING" : hintStatus == 1 ? "INUSE" : "NOT_INUSE";
        emit(AmiMessage.event("ExtensionStatus", "call,all").add("Exten", extension).add("Context", "ext-local")
                .add("Hint", tech.device(extension)).add("Status", String.valueOf(hintStatus))
                .add("StatusText", text));
        emit(AmiMessage.event("DeviceStateChange", "call,all").add("Device", tech.device(extension))
                .add("State", device));
    }

    // ---- bridges -------------------------------------------------------------------------------

    private AmiMessage bridgeEvent(String name, String bridgeId, int numChannels) {
        return AmiMessage.event(name, "call,all").add("BridgeUniqueid", bridgeId).add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge").add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>").add("BridgeNumChannels", String.valueOf(numChannels))
                .add("BridgeVideoSourceMode", "none");
    }

    String bridge(SimChannel first, SimChannel second) {
        String id = UUID.randomUUID().toString();
        emit(bridgeEvent("BridgeCreate", id, 0));
        first.bridgeId = id;
        emit(bridgeEvent("BridgeEnter", id, 1).addAll(first.snapshot("")));
        second.bridgeId = id;
        emit(bridgeEvent("BridgeEnter", id, 2).addAll(second.snapshot("")));
        varSet(first, "BRIDGEPEER", second.name);
        varSet(second, "BRIDGEPEER", first.name);
        return id;
    }

    /** A new basic bridge with nobody in it yet (BridgeCreate); its id. */
    String bridgeCreate() {
        String id = UUID.randomUUID().toString();
        emit(bridgeEvent("BridgeCreate", id, 0));
        return id;
    }

    /** The channel joins the bridge, which then holds {@code count} channels. */
    void bridgeEnter(SimChannel ch, String bridgeId, int count) {
        ch.bridgeId = bridgeId;
        emit(bridgeEvent("BridgeEnter", bridgeId, count).addAll(ch.snapshot("")));
    }

    /** The bridge's header block with a prefix, as transfer events carry it ({@code OrigBridgeUniqueid}...). */
    AmiMessage bridgeSnapshot(String prefix, String bridgeId, int count) {
        return new AmiMessage().add(prefix + "BridgeUniqueid", bridgeId).add(prefix + "BridgeType", "basic")
                .add(prefix + "BridgeTechnology", "simple_bridge").add(prefix + "BridgeCreator", "<unknown>")
                .add(prefix + "BridgeName", "<unknown>").add(prefix + "BridgeNumChannels", String.valueOf(count))
                .add(prefix + "BridgeVideoSourceMode", "none");
    }

    void bridgeLeave(SimChannel ch, int remaining) {
        String id = ch.bridgeId;
        ch.bridgeId = "";
        emit(bridgeEvent("BridgeLeave", id, remaining).addAll(ch.snapshot("")));
    }

    void bridgeDestroy(String id) {
        emit(bridgeEvent("BridgeDestroy", id, 0));
    }

    /** The bridged call ends: {@code first} hangs up with {@code cause}, the other side follows. */
    void hangupBridged(SimChannel first, SimChannel second, int cause, Runnable afterFirstGone) {
        String bridgeId = first.bridgeId;
        hangupRequest(first, cause);
        varSet(first, "BRIDGEPEER", "");
        varSet(second, "BRIDGEPEER", "");
        bridgeLeave(first, 1);
        hangupRequest(first, cause);
        hangup(first, cause);
        if (afterFirstGone != null) {
            afterFirstGone.run();
        }
        bridgeLeave(second, 0);
        softHangupRequest(second, cause);
        hangupRequest(second, cause);
        hangup(second, cause);
        bridgeDestroy(bridgeId);
    }

    List<SimChannel> owned() {
        return owned;
    }
}
