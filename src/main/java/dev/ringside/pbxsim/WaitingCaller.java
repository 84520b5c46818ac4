package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;
import java.time.Instant;

/**
 * An outside caller who waits in a queue while no member takes the call: Queue() with the
 * {@code r} option (ringing instead of music), {@code QueueCallerJoin}, a wait, then either a
 * colleague's phone rings and answers ({@code AgentCalled}, {@code AgentConnect}, talk,
 * {@code AgentComplete}) or the caller gives up ({@code QueueCallerAbandon}). A client's Hangup of
 * the caller ends the wait at once.
 */
final class WaitingCaller {

    private static final Duration RING = Duration.ofSeconds(2);

    private final CallRun run;
    private final String queue;
    private final String callerNum;
    private final String callerName;
    private final Duration wait;
    private final String answeredBy;
    private final Duration talk;

    /** {@code answeredBy} null: the caller abandons after {@code wait}. */
    WaitingCaller(CallRun run, String queue, String callerNum, String callerName, Duration wait, String answeredBy,
                  Duration talk) {
        this.run = run;
        this.queue = queue;
        this.callerNum = callerNum;
        this.callerName = callerName;
        this.wait = wait;
        this.answeredBy = answeredBy;
        this.talk = talk;
    }

    void play() {
        SimChannel caller = run.newChannel(run.pbx.nextChannelName(run.tech, "pstn"), SimChannel.RING, callerNum,
                callerName, "from-pstn", "15550200", null);
        run.app(caller, 1, "NoOp", "Inbound DID 15550200 from \"" + callerName + "\" <" + callerNum + "> -> queue "
                + queue);
        run.app(caller, 2, "Goto", "ext-queues,600,1");
        run.gotoExten(caller, "ext-queues", "600");
        run.app(caller, 1, "Queue", queue + ",r,,,300");
        Instant joined = Instant.now();
        run.emit(queueEvent("QueueCallerJoin", caller).add("Queue", queue).add("Position", "1").add("Count", "1"));
        Poke p = run.await(wait);
        if (p != null && p.kind == Poke.Kind.HANGUP || answeredBy == null) {
            abandon(caller, joined, p == null ? NORMAL_CLEARING : p.cause);
            return;
        }
        connect(caller, joined);
    }

    private AmiMessage queueEvent(String name, SimChannel caller) {
        return run.channelEvent(name, "agent", caller);
    }

    private AmiMessage agentEvent(String name, SimChannel caller, SimChannel leg) {
        return queueEvent(name, caller).addAll(leg.snapshot("Dest")).add("Queue", queue)
                .add("Interface", run.tech.memberInterface(answeredBy)).add("MemberName", "Operator " + answeredBy);
    }

    private void abandon(SimChannel caller, Instant joined, int cause) {
        run.emit(queueEvent("QueueCallerAbandon", caller).add("Queue", queue).add("Position", "1")
                .add("OriginalPosition", "1")
                .add("HoldTime", String.valueOf(Duration.between(joined, Instant.now()).getSeconds())));
        run.emit(queueEvent("QueueCallerLeave", caller).add("Queue", queue).add("Position", "1").add("Count", "0"));
        run.hangupRequest(caller, cause);
        run.hangup(caller, cause);
    }

    private void connect(SimChannel caller, Instant joined) {
        String ext = answeredBy;
        String dialString = run.tech.dialString(ext, ext);
        SimChannel leg = run.newChannel(run.pbx.nextChannelName(run.tech, ext), SimChannel.DOWN, "<unknown>",
                "<unknown>", "default", "s", caller);
        leg.context = "";
        leg.exten = "600";
        run.newstate(leg, SimChannel.RINGING);
        run.app(leg, 1, "AppQueue", "(Outgoing Line)");
        leg.connectedLineNum = caller.callerIdNum;
        leg.connectedLineName = caller.callerIdName;
        run.newConnectedLine(leg);
        run.emit(agentEvent("AgentCalled", caller, leg));
        run.dialBegin(caller, leg, dialString);
        run.dialState(caller, leg, "RINGING");
        run.deviceState(ext, 8);
        Instant ringStart = Instant.now();
        Poke p = run.await(RING);
        if (p != null && p.kind == Poke.Kind.HANGUP && p.channel == caller) {
            run.dialEnd(caller, leg, "CANCEL");
            run.hangupRequest(leg, p.cause);
            run.hangup(leg, p.cause);
            run.deviceState(ext, 0);
            abandon(caller, joined, p.cause);
            return;
        }
        long ringTime = Duration.between(ringStart, Instant.now()).getSeconds();
        leg.callerIdNum = ext;
        leg.callerIdName = "Operator " + ext;
        run.newCallerid(leg);
        run.newstate(leg, SimChannel.UP);
        run.dialEnd(caller, leg, "ANSWER");
        caller.connectedLineNum = ext;
        caller.connectedLineName = leg.callerIdName;
        run.newConnectedLine(caller);
        long hold = Duration.between(joined, Instant.now()).getSeconds();
        run.emit(queueEvent("QueueCallerLeave", caller).add("Queue", queue).add("Position", "1").add("Count", "0"));
        run.emit(agentEvent("AgentConnect", caller, leg).add("HoldTime", String.valueOf(hold))
                .add("RingTime", String.valueOf(ringTime)));
        run.newstate(caller, SimChannel.UP);
        run.deviceState(ext, 1);
        run.bridge(leg, caller);
        Instant talkStart = Instant.now();
        Poke q = run.await(talk);
        boolean callerFirst = q != null && q.kind == Poke.Kind.HANGUP && q.channel == caller;
        int cause = q != null && q.kind == Poke.Kind.HANGUP ? q.cause : NORMAL_CLEARING;
        run.emit(agentEvent("AgentComplete", caller, leg).add("HoldTime", String.valueOf(hold))
                .add("TalkTime", String.valueOf(Duration.between(talkStart, Instant.now()).getSeconds()))
                .add("Reason", callerFirst ? "caller" : "agent"));
        if (callerFirst) {
            run.hangupBridged(caller, leg, cause, null);
        } else {
            run.hangupBridged(leg, caller, cause, null);
        }
        run.deviceState(ext, 0);
    }
}
