package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.HangupCause.ANSWERED_ELSEWHERE;
import static dev.ringside.pbxsim.HangupCause.NORMAL_CLEARING;

import dev.ringside.pbxsim.CallRun.Poke;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Queue calls as app_queue runs them: {@code support} (600) with a static member per phone, and
 * {@code localq} (501, ringall) whose members are Local channels {@code Local/777@agents/n} whose
 * {@code ;2} half dials the real phone. Event order follows the captures (queue.ami,
 * iax-localq-answered.ami): AgentCalled and DialBegin per member, AgentConnect after the answer,
 * AgentComplete at the end; at a ring timeout AgentRingNoAnswer, DialEnd NOANSWER then CANCEL.
 */
final class QueueScripts {

    private static final String STATIC_QUEUE = "support";
    private static final String STATIC_QUEUE_EXTEN = "600";
    private static final String LOCAL_QUEUE = "localq";
    private static final String LOCAL_QUEUE_EXTEN = "501";
    private static final String AGENTS_CONTEXT = "agents";

    private final CallRun run;
    private final Scenario sc;
    private final Technology tech;

    private QueueScripts(CallRun run, Scenario scenario) {
        this.run = run;
        this.sc = scenario;
        this.tech = run.tech;
    }

    static void staticMember(CallRun run, Scenario scenario) {
        new QueueScripts(run, scenario).supportQueue();
    }

    static void localMembers(CallRun run, Scenario scenario) {
        new QueueScripts(run, scenario).localQueue();
    }

    private AmiMessage queueEvent(String name, SimChannel caller) {
        return run.channelEvent(name, "agent", caller);
    }

    private AmiMessage agentEvent(String name, SimChannel caller, SimChannel memberLeg, String queue,
                                  String memberInterface, String memberName) {
        return queueEvent(name, caller).addAll(memberLeg.snapshot("Dest")).add("Queue", queue)
                .add("Interface", memberInterface).add("MemberName", memberName);
    }

    private AmiMessage join(SimChannel caller, String queue) {
        return queueEvent("QueueCallerJoin", caller).add("Queue", queue).add("Position", "1").add("Count", "1");
    }

    private AmiMessage leave(SimChannel caller, String queue) {
        return queueEvent("QueueCallerLeave", caller).add("Queue", queue).add("Position", "1").add("Count", "0");
    }

    // ---- support (600): one static member per phone ------------------------------------------------

    private void supportQueue() {
        String ext = sc.extension;
        String iface = tech.memberInterface(ext);
        String member = "Operator " + ext;
        SimChannel caller = run.trunkCall(sc, "ext-queues", STATIC_QUEUE_EXTEN, "queue " + STATIC_QUEUE);
        run.app(caller, 1, "NoOp", "Queue " + STATIC_QUEUE + " for " + sc.callerNum);
        run.app(caller, 2, "Queue", STATIC_QUEUE + ",r,,,60");
        Instant joined = Instant.now();
        run.emit(join(caller, STATIC_QUEUE));
        SimChannel leg = run.newChannel(run.pbx.nextChannelName(tech, ext), SimChannel.DOWN, "<unknown>",
                "<unknown>", "default", "s", caller);
        leg.context = "";
        leg.exten = STATIC_QUEUE_EXTEN;
        run.newstate(leg, SimChannel.RINGING);
        run.app(leg, 1, "AppQueue", "(Outgoing Line)");
        leg.connectedLineNum = caller.callerIdNum;
        leg.connectedLineName = caller.callerIdName;
        run.newConnectedLine(leg);
        run.emit(agentEvent("AgentCalled", caller, leg, STATIC_QUEUE, iface, member));
        run.dialBegin(caller, leg, tech.dialString(ext, ext));
        run.dialState(caller, leg, "RINGING");
        run.deviceState(ext, 8);
        run.handle.operatorLeg.complete(leg.name);

        Instant ringStart = Instant.now();
        Poke p = run.await(sc.ring);
        boolean answered = p == null ? sc.kind == Scenario.Kind.QUEUE : p.kind == Poke.Kind.ANSWER;
        if (p != null && p.kind == Poke.Kind.HANGUP && p.channel == caller) {
            abandon(caller, STATIC_QUEUE, List.of(leg), joined, p.cause);
            return;
        }
        long ringTime = Duration.between(ringStart, Instant.now()).getSeconds();
        if (!answered) {
            run.emit(agentEvent("AgentRingNoAnswer", caller, leg, STATIC_QUEUE, iface, member)
                    .add("RingTime", String.valueOf(ringTime)));
            run.dialEnd(caller, leg, "NOANSWER");
            int legCause = p == null ? 0 : p.cause;
            if (p != null) {
                run.hangupRequest(leg, legCause);
            }
            run.hangup(leg, legCause);
            run.deviceState(ext, 0);
            run.pause(sc.ring);
            abandon(caller, STATIC_QUEUE, List.of(), joined, NORMAL_CLEARING);
            return;
        }
        leg.callerIdNum = ext;
        run.newCallerid(leg);
        run.newstate(leg, SimChannel.UP);
        run.dialEnd(caller, leg, "ANSWER");
        caller.connectedLineNum = ext;
        caller.connectedLineName = member;
        run.newConnectedLine(caller);
        long hold = Duration.between(joined, Instant.now()).getSeconds();
        run.emit(leave(caller, STATIC_QUEUE));
        run.emit(agentEvent("AgentConnect", caller, leg, STATIC_QUEUE, iface, member)
                .add("HoldTime", String.valueOf(hold)).add("RingTime", String.valueOf(ringTime)));
        run.newstate(caller, SimChannel.UP);
        run.deviceState(ext, 1);
        run.bridge(leg, caller);
        Instant talkStart = Instant.now();
        Poke q = run.await(sc.talk);
        boolean callerFirst = q != null && q.kind == Poke.Kind.HANGUP && q.channel == caller;
        int cause = q != null && q.kind == Poke.Kind.HANGUP ? q.cause : NORMAL_CLEARING;
        run.emit(agentEvent("AgentComplete", caller, leg, STATIC_QUEUE, iface, member)
                .add("HoldTime", String.valueOf(hold))
                .add("TalkTime", String.valueOf(Duration.between(talkStart, Instant.now()).getSeconds()))
                .add("Reason", callerFirst ? "caller" : "agent"));
        if (callerFirst) {
            run.hangupBridged(caller, leg, cause, null);
        } else {
            run.hangupBridged(leg, caller, cause, null);
        }
        run.deviceState(ext, 0);
    }

    /** The caller hangs up while waiting: ringing member legs are cancelled with the caller's cause. */
    private void abandon(SimChannel caller, String queue, List<SimChannel> ringingLegs, Instant joined, int cause) {
        for (SimChannel leg : ringingLegs) {
            if (run.pbx.channel(leg.name) == leg) {
                run.dialEnd(caller, leg, "CANCEL");
                run.hangupRequest(leg, cause);
                run.hangup(leg, cause);
                run.deviceState(leg.endpoint(), 0);
            }
        }
        run.emit(queueEvent("QueueCallerAbandon", caller).add("Queue", queue).add("Position", "1")
                .add("OriginalPosition", "1")
                .add("HoldTime", String.valueOf(Duration.between(joined, Instant.now()).getSeconds())));
        run.emit(leave(caller, queue));
        run.hangupRequest(caller, cause);
        run.hangup(caller, cause);
    }

    // ---- localq (501): Local-channel members -------------------------------------------------------

    /** One member's ring: {@code Local/ext@agents-N;1} (what the queue dials), its {@code ;2}, the phone. */
    private final class Member {
        final String ext;
        final String iface;
        final String name;
        SimChannel one;
        SimChannel two;
        SimChannel phone;

        Member(String ext) {
            this.ext = ext;
            this.iface = "Local/" + ext + "@" + AGENTS_CONTEXT + "/n";
            this.name = "Agent " + ext;
        }

        /** Local pair, AgentCalled and DialBegin from the caller to {@code ;1}. */
        void call(SimChannel caller) {
            String base = run.pbx.nextLocalName(ext, AGENTS_CONTEXT);
            one = run.newChannel(base + ";1", SimChannel.DOWN, "<unknown>", "<unknown>", AGENTS_CONTEXT, ext, caller);
            two = run.newChannel(base + ";2", SimChannel.RING, "<unknown>", "<unknown>", AGENTS_CONTEXT, ext, caller);
            one.callerIdNum = LOCAL_QUEUE_EXTEN;
            run.newCallerid(one);
            two.callerIdNum = caller.callerIdNum;
            two.callerIdName = caller.callerIdName;
            two.connectedLineNum = LOCAL_QUEUE_EXTEN;
            run.newCallerid(two);
            run.newConnectedLine(two);
            run.emit(AmiMessage.event("LocalBridge", "call,all").addAll(one.snapshot("LocalOne"))
                    .addAll(two.snapshot("LocalTwo")).add("Context", AGENTS_CONTEXT).add("Exten", ext)
                    .add("LocalOptimization", "No"));
            run.emit(agentEvent("AgentCalled", caller, one, LOCAL_QUEUE, iface, name));
            run.dialBegin(caller, one, "Local/" + ext + "@" + AGENTS_CONTEXT + "/n");
        }

        /** {@code ;2} runs {@code Dial(TECH/ext)}: the phone rings, and so does {@code ;1}. */
        void dialPhone(SimChannel caller) {
            run.app(two, 1, "Dial", tech.name() + "/" + tech.dialString(ext, ext) + ",,tT");
            phone = run.outgoingLeg(two, ext, ext, ext, tech.dialString(ext, ext), "AppDial");
            run.newstate(phone, SimChannel.RINGING);
            run.dialBegin(two, phone, tech.dialString(ext, ext));
            run.deviceState(ext, 8);
            run.newstate(one, SimChannel.RINGING);
            one.connectedLineNum = caller.callerIdNum;
            one.connectedLineName = caller.callerIdName;
            run.newConnectedLine(one);
            run.dialState(two, phone, "RINGING");
            run.dialState(caller, one, "RINGING");
        }

        /** The queue cancels this member's ring (timeout, or another member answered). */
        void cancel(SimChannel caller, String firstStatus, int cause) {
            if (firstStatus != null) {
                run.dialEnd(caller, one, firstStatus);
            }
            run.dialEnd(caller, one, "CANCEL");
            run.hangupRequest(two, cause);
            run.hangup(one, cause);
            run.dialEnd(two, phone, "CANCEL");
            run.hangupRequest(phone, cause);
            run.hangup(phone, cause);
            run.deviceState(ext, 0);
            run.softHangupRequest(two, NORMAL_CLEARING);
            run.hangup(two, cause);
        }
    }

    private void localQueue() {
        SimChannel caller = run.trunkCall(sc, "ext-queues", LOCAL_QUEUE_EXTEN, "queue " + LOCAL_QUEUE);
        run.app(caller, 1, "Queue", LOCAL_QUEUE + ",t,,,120");
        Instant joined = Instant.now();
        run.emit(join(caller, LOCAL_QUEUE));
        int round = 0;
        while (true) {
            round++;
            List<Member> members = new ArrayList<>(List.of(new Member(sc.otherExtension), new Member(sc.extension)));
            for (Member m : members) {
                m.call(caller);
            }
            for (Member m : members) {
                m.dialPhone(caller);
            }
            Member mine = members.get(1);
            if (round == 1) {
                run.handle.operatorLeg.complete(mine.phone.name);
            }
            Instant ringStart = Instant.now();
            Poke p = run.await(sc.ring);
            if (p != null && p.kind == Poke.Kind.HANGUP && p.channel == caller) {
                for (Member m : members) {
                    m.cancel(caller, null, p.cause);
                }
                abandon(caller, LOCAL_QUEUE, List.of(), joined, p.cause);
                return;
            }
            boolean answered = p != null ? p.kind == Poke.Kind.ANSWER : sc.unansweredRounds == 0;
            long ringTime = Duration.between(ringStart, Instant.now()).getSeconds();
            if (answered) {
                answer(caller, mine, members.get(0), joined, ringTime);
                return;
            }
            for (Member m : members) {
                run.emit(agentEvent("AgentRingNoAnswer", caller, m.one, LOCAL_QUEUE, m.iface, m.name)
                        .add("RingTime", String.valueOf(ringTime)));
            }
            for (Member m : members) {
                m.cancel(caller, "NOANSWER", 0);
            }
            if (round >= Math.max(1, sc.unansweredRounds)) {
                run.pause(sc.retry.dividedBy(2));
                abandon(caller, LOCAL_QUEUE, List.of(), joined, NORMAL_CLEARING);
                return;
            }
            run.pause(sc.retry);
        }
    }

    private void answer(SimChannel caller, Member mine, Member other, Instant joined, long ringTime) {
        mine.phone.exten = "";
        run.newstate(mine.phone, SimChannel.UP);
        run.dialEnd(mine.two, mine.phone, "ANSWER");
        run.newstate(mine.two, SimChannel.UP);
        run.bridge(mine.phone, mine.two);
        run.deviceState(mine.ext, 1);
        run.newstate(mine.one, SimChannel.UP);
        run.dialEnd(caller, mine.one, "ANSWER");
        other.cancel(caller, "CANCEL", ANSWERED_ELSEWHERE);
        run.emit(leave(caller, LOCAL_QUEUE));
        long hold = Duration.between(joined, Instant.now()).getSeconds();
        run.emit(agentEvent("AgentConnect", caller, mine.one, LOCAL_QUEUE, mine.iface, mine.name)
                .add("HoldTime", String.valueOf(hold)).add("RingTime", String.valueOf(ringTime)));
        run.newstate(caller, SimChannel.UP);
        run.bridge(mine.one, caller);
        Instant talkStart = Instant.now();
        Poke q = run.await(sc.talk);
        boolean callerFirst = q != null && q.kind == Poke.Kind.HANGUP && q.channel == caller;
        int cause = q != null && q.kind == Poke.Kind.HANGUP ? q.cause : NORMAL_CLEARING;
        AmiMessage complete = agentEvent("AgentComplete", caller, mine.one, LOCAL_QUEUE, mine.iface, mine.name)
                .add("HoldTime", String.valueOf(hold))
                .add("TalkTime", String.valueOf(Duration.between(talkStart, Instant.now()).getSeconds()))
                .add("Reason", callerFirst ? "caller" : "agent");
        if (callerFirst) {
            run.hangupBridged(caller, mine.one, cause, () -> run.emit(complete));
            run.hangupBridged(mine.two, mine.phone, cause, null);
        } else {
            run.hangupBridged(mine.phone, mine.two, cause, null);
            run.emit(complete);
            run.hangupBridged(mine.one, caller, cause, null);
        }
        run.deviceState(mine.ext, 0);
    }
}
