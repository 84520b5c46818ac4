package dev.ringside.pbxsim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The queues of the simulated PBX as app_queue keeps them: members (static from queues.conf,
 * dynamic from QueueAdd) with their device state, pause and reason, and the callers waiting.
 *
 * <p>It learns from the PBX's own event stream, whoever emitted it: {@code QueueCallerJoin} /
 * {@code Leave} / {@code Abandon} move callers in and out (and get their real Position and Count),
 * {@code AgentConnect} / {@code AgentComplete} mark members in a call, {@code DeviceStateChange}
 * of a member's state interface changes its status and raises {@code QueueMemberStatus}. Every
 * method runs under the PBX's lock, the one that orders all events.
 */
final class QueueBook {

    /** ast_device_state values, as QueueMember's Status prints them. */
    static final int UNKNOWN = 0;
    static final int NOT_INUSE = 1;
    static final int INUSE = 2;
    static final int UNAVAILABLE = 5;
    static final int RINGING = 6;

    static final class Queue {
        final String name;
        final String strategy;
        final Map<String, Member> members = new LinkedHashMap<>();
        final List<Entry> entries = new ArrayList<>();
        int completed;
        int abandoned;
        int holdtime;
        int talktime;

        Queue(String name, String strategy) {
            this.name = name;
            this.strategy = strategy;
        }
    }

    static final class Member {
        final String queue;
        final String iface;
        final String name;
        final String stateInterface;
        final boolean dynamic;
        final int penalty;
        final long loginTime;
        int status = NOT_INUSE;
        boolean paused;
        String pausedReason = "";
        long lastPause;
        long lastCall;
        int callsTaken;
        boolean inCall;

        Member(String queue, String iface, String name, String stateInterface, boolean dynamic, int penalty) {
            this.queue = queue;
            this.iface = iface;
            this.name = name;
            this.stateInterface = stateInterface;
            this.dynamic = dynamic;
            this.penalty = penalty;
            this.loginTime = System.currentTimeMillis() / 1000;
        }

        /** Free for a queue call: logged in, idle, not paused (member_status_available). */
        boolean available() {
            return !paused && (status == NOT_INUSE || status == UNKNOWN);
        }
    }

    static final class Entry {
        final String channel;
        final String uniqueid;
        final String callerIdNum;
        final String callerIdName;
        final Instant joined = Instant.now();

        Entry(String channel, String uniqueid, String callerIdNum, String callerIdName) {
            this.channel = channel;
            this.uniqueid = uniqueid;
            this.callerIdNum = callerIdNum;
            this.callerIdName = callerIdName;
        }
    }

    /** What QueuePause, QueueAdd and QueueRemove can come to (app_queue's RES_*). */
    enum Result { OKAY, EXISTS, NO_SUCH_QUEUE, NOT_FOUND, NOT_DYNAMIC }

    /**
     * A change and the events it raises, which leave after the action's response (Asterisk queues
     * events and writes them once the action has answered).
     */
    record Outcome(Result result, List<AmiMessage> events) {
        static Outcome of(Result result) {
            return new Outcome(result, List.of());
        }
    }

    /** A queue call a member answered, by the caller's Uniqueid, until AgentComplete. */
    static final class Connected {
        final AmiMessage agentConnect;
        final Instant at = Instant.now();

        Connected(AmiMessage agentConnect) {
            this.agentConnect = agentConnect;
        }
    }

    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Map<String, Connected> connected = new LinkedHashMap<>();
    /** The last state DeviceStateChange gave each device ("PJSIP/777" -> INUSE). */
    private final Map<String, Integer> devices = new LinkedHashMap<>();
    private final Consumer<AmiMessage> publish;

    /** {@code publish} sends an event to the sessions without coming back here. */
    QueueBook(Consumer<AmiMessage> publish) {
        this.publish = publish;
    }

    // ---- configuration (queues.conf) -----------------------------------------------------------

    Queue queue(String name, String strategy) {
        return queues.computeIfAbsent(name, n -> new Queue(n, strategy));
    }

    void staticMember(String queue, String iface, String memberName, String stateInterface) {
        Queue q = queue(queue, "ringall");
        q.members.putIfAbsent(iface, newMember(q, iface, memberName, stateInterface, false, 0));
    }

    private Member newMember(Queue q, String iface, String name, String stateInterface, boolean dynamic, int penalty) {
        Member m = new Member(q.name, iface, name == null || name.isBlank() ? iface : name,
                stateInterface == null || stateInterface.isBlank() ? iface : stateInterface, dynamic, penalty);
        Integer device = devices.get(m.stateInterface);
        m.status = device == null ? NOT_INUSE : device;
        return m;
    }

    // ---- actions -------------------------------------------------------------------------------

    /** set_member_paused(): one queue, or every queue the interface is in; an event per member. */
    Outcome pause(String queue, String iface, boolean paused, String reason) {
        List<Member> found = new ArrayList<>();
        for (Queue q : queues.values()) {
            if (queue == null || q.name.equalsIgnoreCase(queue)) {
                Member m = q.members.get(iface);
                if (m != null) {
                    found.add(m);
                }
            }
        }
        if (found.isEmpty()) {
            return Outcome.of(Result.NOT_FOUND);
        }
        List<AmiMessage> events = new ArrayList<>();
        for (Member m : found) {
            m.paused = paused;
            if (paused) {
                m.lastPause = System.currentTimeMillis() / 1000;
            }
            m.pausedReason = paused && reason != null ? reason : "";
            events.add(memberEvent("QueueMemberPause", m));
        }
        return new Outcome(Result.OKAY, events);
    }

    /** add_to_queue(): a dynamic member, logged in now. */
    Outcome add(String queue, String iface, int penalty, boolean paused, String memberName, String stateInterface,
               String reason) {
        Queue q = find(queue);
        if (q == null) {
            return Outcome.of(Result.NO_SUCH_QUEUE);
        }
        if (q.members.containsKey(iface)) {
            return Outcome.of(Result.EXISTS);
        }
        Member m = newMember(q, iface, memberName, stateInterface, true, penalty);
        m.paused = paused;
        if (paused) {
            m.lastPause = m.loginTime;
            m.pausedReason = reason == null ? "" : reason;
        }
        q.members.put(iface, m);
        return new Outcome(Result.OKAY, List.of(memberEvent("QueueMemberAdded", m)));
    }

    /** remove_from_queue(): only members QueueAdd made. */
    Outcome remove(String queue, String iface) {
        Queue q = find(queue);
        if (q == null) {
            return Outcome.of(Result.NO_SUCH_QUEUE);
        }
        Member m = q.members.get(iface);
        if (m == null) {
            return Outcome.of(Result.EXISTS);
        }
        if (!m.dynamic) {
            return Outcome.of(Result.NOT_DYNAMIC);
        }
        q.members.remove(iface);
        return new Outcome(Result.OKAY, List.of(memberEvent("QueueMemberRemoved", m)));
    }

    private Queue find(String name) {
        for (Queue q : queues.values()) {
            if (q.name.equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    // ---- reading -------------------------------------------------------------------------------

    List<Queue> queues() {
        return new ArrayList<>(queues.values());
    }

    Member member(String queue, String iface) {
        Queue q = find(queue);
        return q == null ? null : q.members.get(iface);
    }

    int waiting(String queue) {
        Queue q = find(queue);
        return q == null ? 0 : q.entries.size();
    }

    /** The member event block app_queue writes for QueueMemberPause/Added/Removed/Status. */
    static AmiMessage memberEvent(String event, Member m) {
        return AmiMessage.event(event, "agent,all").add("Queue", m.queue).add("MemberName", m.name)
                .add("Interface", m.iface).add("StateInterface", m.stateInterface)
                .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", String.valueOf(m.penalty))
                .add("CallsTaken", String.valueOf(m.callsTaken)).add("LastCall", String.valueOf(m.lastCall))
                .add("LastPause", String.valueOf(m.lastPause)).add("LoginTime", String.valueOf(m.loginTime))
                .add("InCall", m.inCall ? "1" : "0").add("Status", String.valueOf(m.status))
                .add("Paused", m.paused ? "1" : "0").add("PausedReason", m.pausedReason)
                .add("Ringinuse", "0").add("Wrapuptime", "0");
    }

    // ---- learning from the event stream --------------------------------------------------------

    /** Called for every event before it leaves; may correct queue positions in it. */
    void observe(AmiMessage event) {
        String name = event.get("Event");
        if (name == null) {
            return;
        }
        switch (name) {
            case "QueueCallerJoin": join(event); break;
            case "QueueCallerLeave": leave(event, false); break;
            case "QueueCallerAbandon": leave(event, true); break;
            case "AgentConnect": agent(event, true); break;
            case "AgentComplete": agent(event, false); break;
            default: break;
        }
    }

    /** Called after a DeviceStateChange left: members on that device change status. */
    void deviceChanged(String device, String state) {
        int status = deviceState(state);
        devices.put(device, status);
        for (Queue q : queues.values()) {
            for (Member m : q.members.values()) {
                if (m.stateInterface.equalsIgnoreCase(device) && m.status != status) {
                    m.status = status;
                    publish.accept(memberEvent("QueueMemberStatus", m));
                }
            }
        }
    }

    static int deviceState(String state) {
        switch (String.valueOf(state).toUpperCase(Locale.ROOT)) {
            case "NOT_INUSE": return NOT_INUSE;
            case "INUSE": return INUSE;
            case "BUSY": return 3;
            case "INVALID": return 4;
            case "UNAVAILABLE": return UNAVAILABLE;
            case "RINGING": return RINGING;
            case "RINGINUSE": return 7;
            case "ONHOLD": return 8;
            default: return UNKNOWN;
        }
    }

    private void join(AmiMessage event) {
        Queue q = queue(event.get("Queue"), "ringall");
        q.entries.add(new Entry(event.get("Channel"), event.get("Uniqueid"), event.get("CallerIDNum"),
                event.get("CallerIDName")));
        event.set("Position", String.valueOf(q.entries.size())).set("Count", String.valueOf(q.entries.size()));
    }

    private void leave(AmiMessage event, boolean abandon) {
        Queue q = find(event.get("Queue"));
        if (q == null) {
            return;
        }
        for (int i = 0; i < q.entries.size(); i++) {
            Entry e = q.entries.get(i);
            if (e.uniqueid.equals(event.get("Uniqueid"))) {
                event.set("Position", String.valueOf(i + 1));
                if (abandon) {
                    q.abandoned++;
                    return; // QueueCallerLeave follows and takes the entry out
                }
                q.entries.remove(i);
                event.set("Count", String.valueOf(q.entries.size()));
                int held = (int) Duration.between(e.joined, Instant.now()).getSeconds();
                q.holdtime = (q.holdtime * 3 + held) / 4;
                return;
            }
        }
    }

    /** The AgentConnect of the queue call whose caller has this Uniqueid, while it lasts; else null. */
    Connected connected(String callerUniqueid) {
        return connected.get(callerUniqueid);
    }

    private void agent(AmiMessage event, boolean connect) {
        if (connect) {
            connected.put(String.valueOf(event.get("Uniqueid")), new Connected(event));
        } else {
            connected.remove(String.valueOf(event.get("Uniqueid")));
        }
        Member m = member(event.get("Queue"), event.get("Interface"));
        if (m == null) {
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        if (connect) {
            m.inCall = true;
            return;
        }
        m.inCall = false;
        m.callsTaken++;
        m.lastCall = now;
        Queue q = find(m.queue);
        q.completed++;
        try {
            q.talktime = (q.talktime * 3 + Integer.parseInt(event.get("TalkTime"))) / 4;
        } catch (NumberFormatException e) {
            // keep the average
        }
    }
}
