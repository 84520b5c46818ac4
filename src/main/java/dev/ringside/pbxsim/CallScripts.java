package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.ANSWERED_ELSEWHERE;
import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;
import static dev.ringside.pbxsim.HangupCause.NO_ANSWER;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dialplan of the simulated PBX, written as Asterisk would run it: inbound DIDs to
 * {@code ext-local}, ring group 700, queue {@code support} (600), outbound via trunk {@code main},
 * and a voicemail-like step after a failed Dial. Event order follows the captures.
 */
final class CallScripts {


    private final CallRun run;
    private final Scenario sc;
    private final Technology tech;

    private CallScripts(CallRun run, Scenario scenario) {
        this.run = run;
        this.sc = scenario;
        this.tech = run.tech;
    }

    static void play(CallRun run, Scenario scenario) {
        CallScripts s = new CallScripts(run, scenario);
        switch (scenario.kind) {
            case ANSWERED_ELSEWHERE:
            case RING_GROUP: s.ringGroup(); break;
            case QUEUE:
            case QUEUE_ABANDONED: QueueScripts.staticMember(run, scenario); break;
            case LOCAL_QUEUE: QueueScripts.localMembers(run, scenario); break;
            case ATTENDED_TRANSFER: TransferScripts.attendedTransferToOperator(run, scenario); break;
            case PICKUP:
            case GROUP_PICKUP: TransferScripts.pickupByOperator(run, scenario); break;
            case OUTBOUND: s.outbound(null); break;
            default:
                try {
                    s.direct();
                } finally {
                    if (scenario.kind == Scenario.Kind.INTERNAL) {
                        run.deviceState(scenario.otherExtension, 0); // however the call ended, even passed on
                    }
                }
                break;
        }
    }

    /** A call the Originate action placed: the operator's phone rings first, then dials out. */
    static void originate(CallRun run, Scenario scenario, Technology phoneTech, String callerIdNum,
                          String context, String actionId) {
        CallScripts s = new CallScripts(run, scenario);
        SimChannel phone = run.newChannel(run.pbx.nextChannelName(phoneTech, scenario.extension), SimChannel.DOWN,
                callerIdNum, "<unknown>", context, scenario.outsideNumber, null);
        run.newstate(phone, SimChannel.RINGING);
        run.deviceState(scenario.extension, 8);
        run.handle.operatorLeg.complete(phone.name);
        Poke p = run.await(scenario.ring);
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            run.hangupRequest(phone, p.cause);
            run.hangup(phone, p.cause);
            run.deviceState(scenario.extension, 0);
            run.emit(originateResponse(actionId, "Failure", phone, context, scenario.outsideNumber, 1));
            return;
        }
        run.newstate(phone, SimChannel.UP);
        run.deviceState(scenario.extension, 1);
        run.emit(originateResponse(actionId, "Success", phone, context, scenario.outsideNumber, 4));
        s.outbound(phone);
    }

    private static AmiMessage originateResponse(String actionId, String response, SimChannel ch, String context,
                                                String exten, int reason) {
        AmiMessage m = AmiMessage.event("OriginateResponse", "call,all");
        if (actionId != null && !actionId.isEmpty()) {
            m.add("ActionID", actionId);
        }
        return m.add("Response", response).add("Channel", ch.name).add("Context", context).add("Exten", exten)
                .add("Reason", String.valueOf(reason)).add("Uniqueid", ch.uniqueid)
                .add("CallerIDNum", ch.callerIdNum).add("CallerIDName", ch.callerIdName);
    }

    // ---- inbound to one extension (also internal) ------------------------------------------------

    private void direct() {
        String ext = sc.extension;
        String dialString = tech.dialString(ext, ext);
        SimChannel caller;
        if (sc.kind == Scenario.Kind.INTERNAL) {
            caller = run.newChannel(run.pbx.nextChannelName(tech, sc.otherExtension), SimChannel.RING, sc.callerNum,
                    sc.callerName, "from-internal", ext, null);
            run.deviceState(sc.otherExtension, 1); // the calling phone is in use from its first ring
            run.app(caller, 1, "NoOp", "Call for operator " + ext + " from " + sc.callerNum);
        } else {
            caller = inboundTrunkCall("ext-local", ext, ext);
            run.app(caller, 1, "NoOp", "Call for operator " + ext + " from " + sc.callerNum);
        }
        run.app(caller, 2, "Dial", tech.name() + "/" + dialString + ",20");
        run.dialVarsCleared(caller);
        SimChannel leg = run.outgoingLeg(caller, ext, ext, ext, dialString, "AppDial");
        run.newstate(leg, SimChannel.RINGING);
        run.dialBegin(caller, leg, dialString);
        run.deviceState(ext, 8);
        run.dialState(caller, leg, "RINGING");
        run.handle.operatorLeg.complete(leg.name);

        Poke p = run.await(sc.ring);
        if (p == null) {
            switch (sc.kind) {
                case MISSED: callerGivesUp(caller, List.of(leg), NO_ANSWER); return;
                case REJECTED: dialTimeout(caller, leg); return;
                default: answer(caller, leg, ext, dialString, List.of()); return;
            }
        }
        if (p.kind == Poke.Kind.ANSWER) {
            answer(caller, leg, ext, dialString, List.of());
        } else if (p.channel == leg) {
            legRejected(caller, leg, p.cause);
        } else {
            callerGivesUp(caller, List.of(leg), p.cause);
        }
    }

    private SimChannel inboundTrunkCall(String context, String exten, String target) {
        return run.trunkCall(sc, context, exten, target);
    }

    /** The leg answers: Dial() connects the caller and bridges them; then talk and hang-up. */
    private void answer(SimChannel caller, SimChannel leg, String ext, String dialString, List<SimChannel> losers) {
        leg.callerIdName = "Operator " + ext;
        if (leg.callerIdNum.equals("<unknown>")) {
            leg.callerIdNum = ext;
        }
        run.newCallerid(leg);
        run.newstate(leg, SimChannel.UP);
        caller.connectedLineNum = ext;
        caller.connectedLineName = leg.callerIdName;
        run.newConnectedLine(caller);
        for (SimChannel loser : losers) {
            run.dialEnd(caller, loser, "CANCEL");
            run.hangupRequest(loser, ANSWERED_ELSEWHERE);
            run.hangup(loser, ANSWERED_ELSEWHERE);
            run.deviceState(endpointOf(loser), 0);
        }
        run.varSet(caller, "DIALSTATUS", "ANSWER");
        run.varSet(caller, "DIALEDPEERNAME", leg.name);
        run.varSet(caller, "DIALEDPEERNUMBER", dialString);
        leg.exten = "";
        run.dialEnd(caller, leg, "ANSWER");
        run.newstate(caller, SimChannel.UP);
        run.deviceState(ext, 1);
        run.bridge(leg, caller);
        talkThenHangup(leg, caller, ext);
    }

    /** Talk; whoever a client hangs up goes first, else the operator's side ends the call. */
    private void talkThenHangup(SimChannel operatorSide, SimChannel otherSide, String ext) {
        Poke p = run.await(sc.talk);
        SimChannel first = operatorSide;
        SimChannel second = otherSide;
        int cause = NORMAL_CLEARING;
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            cause = p.cause;
            if (p.channel == otherSide) {
                first = otherSide;
                second = operatorSide;
            }
        }
        boolean operatorFirst = first == operatorSide;
        run.hangupBridged(first, second, cause, operatorFirst ? () -> run.deviceState(ext, 0) : null);
        if (!operatorFirst) {
            run.deviceState(ext, 0);
        }
    }

    /** A client's Hangup on the ringing leg: Dial() gives up on it and the dialplan goes on. */
    private void legRejected(SimChannel caller, SimChannel leg, int cause) {
        run.dialEnd(caller, leg, "NOANSWER");
        run.hangupRequest(leg, cause);
        run.hangup(leg, cause);
        run.deviceState(sc.extension, 0);
        run.varSet(caller, "DIALSTATUS", "CHANUNAVAIL");
        voicemail(caller, "CHANUNAVAIL", cause);
    }

    /** Dial()'s own timeout: no cause is set on the ringing leg. */
    private void dialTimeout(SimChannel caller, SimChannel leg) {
        run.dialEnd(caller, leg, "NOANSWER");
        run.hangup(leg, 0);
        run.deviceState(sc.extension, 0);
        run.varSet(caller, "DIALSTATUS", "NOANSWER");
        voicemail(caller, "NOANSWER", NORMAL_CLEARING);
    }

    private void voicemail(SimChannel caller, String dialStatus, int cause) {
        String ext = sc.extension;
        run.app(caller, 3, "NoOp", ext + " DIALSTATUS=" + dialStatus + " HANGUPCAUSE=" + cause);
        run.app(caller, 4, "Goto", "vm-sim," + ext + ",1");
        run.gotoExten(caller, "vm-sim", ext);
        run.app(caller, 1, "NoOp", "Voicemail sim for " + ext + ": DIALSTATUS=" + dialStatus);
        run.app(caller, 2, "Answer", "");
        run.newstate(caller, SimChannel.UP);
        run.app(caller, 3, "Playback", "vm-sim-greeting");
        run.pause(Duration.ofSeconds(2));
        run.varSet(caller, "PLAYBACKSTATUS", "SUCCESS");
        run.app(caller, 4, "Wait", "2");
        run.pause(Duration.ofSeconds(2));
        run.app(caller, 5, "Hangup", "");
        run.softHangupRequest(caller, NORMAL_CLEARING);
        run.hangupRequest(caller, cause);
        run.hangup(caller, cause);
    }

    private void callerGivesUp(SimChannel caller, List<SimChannel> legs, int cause) {
        run.hangupRequest(caller, cause);
        for (SimChannel leg : legs) {
            if (run.pbx.channel(leg.name) == leg) {
                run.dialEnd(caller, leg, "CANCEL");
                run.hangupRequest(leg, cause);
                run.hangup(leg, cause);
                run.deviceState(endpointOf(leg), 0);
            }
        }
        run.varSet(caller, "DIALSTATUS", "CANCEL");
        run.softHangupRequest(caller, NORMAL_CLEARING);
        run.hangupRequest(caller, cause);
        run.hangup(caller, cause);
    }

    private static String endpointOf(SimChannel ch) {
        return ch.endpoint();
    }

    // ---- ring group 700: the operator and another extension ---------------------------------------

    private void ringGroup() {
        String ext = sc.extension;
        String other = sc.otherExtension;
        SimChannel caller = inboundTrunkCall("ext-groups", "700", "ring group 700 (" + ext + "+" + other + ")");
        run.app(caller, 1, "NoOp", "Ring group 700 (" + ext + "+" + other + ") for " + sc.callerNum);
        run.app(caller, 2, "Dial", tech.name() + "/" + tech.dialString(ext, ext) + "&" + tech.name() + "/"
                + tech.dialString(other, other) + ",20");
        run.dialVarsCleared(caller);
        SimChannel mine = run.outgoingLeg(caller, ext, "700", "700", null, "AppDial");
        SimChannel theirs = run.outgoingLeg(caller, other, "700", "700", null, "AppDial");
        run.newstate(mine, SimChannel.RINGING);
        run.dialBegin(caller, mine, tech.dialString(ext, ext));
        run.newstate(theirs, SimChannel.RINGING);
        run.dialBegin(caller, theirs, tech.dialString(other, other));
        run.deviceState(ext, 8);
        run.deviceState(other, 8);
        run.dialState(caller, mine, "RINGING");
        run.dialState(caller, theirs, "RINGING");
        run.handle.operatorLeg.complete(mine.name);

        long deadline = System.nanoTime() + run.pbx.scaled(sc.ring).toNanos();
        List<SimChannel> ringing = new ArrayList<>(List.of(mine, theirs));
        while (true) {
            Poke p = run.awaitUntil(deadline);
            if (p == null || (p.kind == Poke.Kind.ANSWER && ringing.contains(p.channel))) {
                SimChannel preferred = sc.kind == Scenario.Kind.RING_GROUP ? mine : theirs;
                SimChannel winner = p != null ? p.channel : ringing.contains(preferred) ? preferred : ringing.get(0);
                String winnerExt = winner == mine ? ext : other;
                List<SimChannel> losers = new ArrayList<>(ringing);
                losers.remove(winner);
                winner.callerIdNum = winnerExt;
                answer(caller, winner, winnerExt, tech.dialString(winnerExt, winnerExt), losers);
                return;
            }
            if (p.kind != Poke.Kind.HANGUP) {
                continue;
            }
            if (p.channel == caller) {
                callerGivesUp(caller, ringing, p.cause);
                return;
            }
            ringing.remove(p.channel);
            run.dialEnd(caller, p.channel, "NOANSWER");
            run.hangupRequest(p.channel, p.cause);
            run.hangup(p.channel, p.cause);
            run.deviceState(endpointOf(p.channel), 0);
            if (ringing.isEmpty()) {
                run.varSet(caller, "DIALSTATUS", "CHANUNAVAIL");
                voicemail(caller, "CHANUNAVAIL", p.cause);
                return;
            }
        }
    }

    // ---- outbound through trunk main ----------------------------------------------------------

    private void outbound(SimChannel originated) {
        String ext = sc.extension;
        String number = sc.outsideNumber;
        SimChannel phone = originated;
        if (phone == null) {
            phone = run.newChannel(run.pbx.nextChannelName(tech, ext), SimChannel.RING, ext, "Operator " + ext,
                    "from-internal", number, null);
            run.handle.operatorLeg.complete(phone.name);
        } else {
            run.gotoExten(phone, "from-internal", number);
        }
        run.app(phone, 1, "NoOp", "Outbound call from " + ext + " to " + number);
        run.app(phone, 2, "Dial", tech.name() + "/" + tech.dialString("main", number) + ",30");
        SimChannel trunk = run.outgoingLeg(phone, "main", number, number, null, "AppDial");
        run.newstate(trunk, SimChannel.RINGING);
        run.dialBegin(phone, trunk, tech.dialString("main", number));
        run.dialState(phone, trunk, "RINGING");
        Poke p = run.await(sc.ring);
        if (p != null && p.kind == Poke.Kind.HANGUP) {
            callerGivesUp(phone, List.of(trunk), p.cause);
            run.deviceState(ext, 0);
            return;
        }
        run.newstate(trunk, SimChannel.UP);
        trunk.exten = "";
        run.dialEnd(phone, trunk, "ANSWER");
        if (phone.state != SimChannel.UP) {
            run.newstate(phone, SimChannel.UP);
        }
        run.bridge(trunk, phone);
        talkThenHangup(phone, trunk, ext);
    }
}
