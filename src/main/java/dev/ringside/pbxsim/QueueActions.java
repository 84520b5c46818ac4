package dev.ringside.pbxsim;

import static dev.ringside.pbxsim.ChannelLists.listComplete;
import static dev.ringside.pbxsim.ChannelLists.withActionId;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The queue and hint actions as Asterisk 22 answers them: {@code QueueStatus} and
 * {@code QueueSummary} (app_queue's manager_queues_status / manager_queues_summary; any logged-in
 * user), {@code QueuePause} / {@code QueueAdd} / {@code QueueRemove} (write=agent), and
 * {@code ExtensionStateList} / {@code ExtensionState} (write=call or reporting). Lists are written
 * under the PBX's lock, so no event lands inside one.
 */
final class QueueActions {

    private final SimPbx pbx;

    QueueActions(SimPbx pbx) {
        this.pbx = pbx;
    }

    void queueStatus(AmiSession s, AmiMessage action, String id) {
        String queueFilter = trim(action.get("Queue"));
        String memberFilter = trim(action.get("Member"));
        synchronized (pbx) {
            s.reply(AmiMessage.response("Success", id).add("EventList", "start")
                    .add("Message", "Queue status will follow"));
            int items = 0;
            long now = System.currentTimeMillis() / 1000;
            for (QueueBook.Queue q : pbx.queues().queues()) {
                if (queueFilter != null && !q.name.equalsIgnoreCase(queueFilter)) {
                    continue;
                }
                s.reply(withActionId(AmiMessage.event("QueueParams", null).add("Queue", q.name).add("Max", "0")
                        .add("Strategy", q.strategy).add("Calls", String.valueOf(q.entries.size()))
                        .add("Holdtime", String.valueOf(q.holdtime)).add("TalkTime", String.valueOf(q.talktime))
                        .add("Completed", String.valueOf(q.completed)).add("Abandoned", String.valueOf(q.abandoned))
                        .add("ServiceLevel", "60").add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0")
                        .add("Weight", "0"), id));
                items++;
                for (QueueBook.Member m : q.members.values()) {
                    if (memberFilter != null && !memberFilter.equals(m.iface) && !memberFilter.equals(m.name)) {
                        continue;
                    }
                    s.reply(withActionId(member(q, m), id));
                    items++;
                }
                int position = 1;
                for (QueueBook.Entry e : q.entries) {
                    s.reply(withActionId(AmiMessage.event("QueueEntry", null).add("Queue", q.name)
                            .add("Position", String.valueOf(position++)).add("Channel", e.channel)
                            .add("Uniqueid", e.uniqueid).add("CallerIDNum", e.callerIdNum)
                            .add("CallerIDName", e.callerIdName).add("ConnectedLineNum", "<unknown>")
                            .add("ConnectedLineName", "<unknown>")
                            .add("Wait", String.valueOf(now - e.joined.getEpochSecond())).add("Priority", "0"), id));
                    items++;
                }
            }
            s.reply(listComplete("QueueStatusComplete", id, items));
        }
    }

    /** QueueStatus's member block says Name and Location where the events say MemberName and Interface. */
    private static AmiMessage member(QueueBook.Queue q, QueueBook.Member m) {
        return AmiMessage.event("QueueMember", null).add("Queue", q.name).add("Name", m.name)
                .add("Location", m.iface).add("StateInterface", m.stateInterface)
                .add("Membership", m.dynamic ? "dynamic" : "static").add("Penalty", String.valueOf(m.penalty))
                .add("CallsTaken", String.valueOf(m.callsTaken)).add("LastCall", String.valueOf(m.lastCall))
                .add("LastPause", String.valueOf(m.lastPause)).add("LoginTime", String.valueOf(m.loginTime))
                .add("InCall", m.inCall ? "1" : "0").add("Status", String.valueOf(m.status))
                .add("Paused", m.paused ? "1" : "0").add("PausedReason", m.pausedReason)
                .add("Wrapuptime", "0");
    }

    void queueSummary(AmiSession s, AmiMessage action, String id) {
        String queueFilter = trim(action.get("Queue"));
        synchronized (pbx) {
            s.reply(AmiMessage.response("Success", id).add("EventList", "start")
                    .add("Message", "Queue summary will follow"));
            int items = 0;
            Instant now = Instant.now();
            for (QueueBook.Queue q : pbx.queues().queues()) {
                if (queueFilter != null && !q.name.equalsIgnoreCase(queueFilter)) {
                    continue;
                }
                int loggedIn = 0;
                int available = 0;
                for (QueueBook.Member m : q.members.values()) {
                    if (m.status != QueueBook.UNAVAILABLE && m.status != 4) {
                        loggedIn++;
                        if (m.available()) {
                            available++;
                        }
                    }
                }
                long longest = 0;
                for (QueueBook.Entry e : q.entries) {
                    longest = Math.max(longest, Duration.between(e.joined, now).getSeconds());
                }
                s.reply(withActionId(AmiMessage.event("QueueSummary", null).add("Queue", q.name)
                        .add("LoggedIn", String.valueOf(loggedIn)).add("Available", String.valueOf(available))
                        .add("Callers", String.valueOf(q.entries.size())).add("HoldTime", String.valueOf(q.holdtime))
                        .add("TalkTime", String.valueOf(q.talktime)).add("LongestHoldTime", String.valueOf(longest)),
                        id));
                items++;
            }
            s.reply(listComplete("QueueSummaryComplete", id, items));
        }
    }

    void queuePause(AmiSession s, AmiMessage action, String id) {
        String iface = trim(action.get("Interface"));
        String paused = trim(action.get("Paused"));
        if (iface == null || paused == null) {
            s.reply(ActionDispatcher.error(id, "Need 'Interface' and 'Paused' parameters."));
            return;
        }
        boolean pause = isTrue(paused);
        synchronized (pbx) {
            QueueBook.Outcome o = pbx.queues().pause(trim(action.get("Queue")), iface, pause, action.get("Reason"));
            if (o.result() == QueueBook.Result.OKAY) {
                s.reply(success(id, pause ? "Interface paused successfully" : "Interface unpaused successfully"));
            } else {
                s.reply(ActionDispatcher.error(id, "Interface not found"));
            }
            o.events().forEach(pbx::emit);
        }
    }

    void queueAdd(AmiSession s, AmiMessage action, String id) {
        String queue = trim(action.get("Queue"));
        String iface = trim(action.get("Interface"));
        if (queue == null) {
            s.reply(ActionDispatcher.error(id, "'Queue' not specified."));
            return;
        }
        if (iface == null) {
            s.reply(ActionDispatcher.error(id, "'Interface' not specified."));
            return;
        }
        int penalty = 0;
        try {
            penalty = action.get("Penalty") == null ? 0 : Integer.parseInt(action.get("Penalty").trim());
        } catch (NumberFormatException e) {
            s.reply(ActionDispatcher.error(id, "'Penalty' must be a non-negative integer."));
            return;
        }
        boolean paused = action.get("Paused") != null && isTrue(action.get("Paused").trim());
        synchronized (pbx) {
            QueueBook.Outcome o = pbx.queues().add(queue, iface, penalty, paused, trim(action.get("MemberName")),
                    trim(action.get("StateInterface")), action.get("Reason"));
            switch (o.result()) {
                case OKAY: s.reply(success(id, "Added interface to queue")); break;
                case EXISTS: s.reply(ActionDispatcher.error(id, "Unable to add interface: Already there")); break;
                default: s.reply(ActionDispatcher.error(id, "Unable to add interface to queue: No such queue"));
            }
            o.events().forEach(pbx::emit);
        }
    }

    void queueRemove(AmiSession s, AmiMessage action, String id) {
        String queue = trim(action.get("Queue"));
        String iface = trim(action.get("Interface"));
        if (queue == null || iface == null) {
            s.reply(ActionDispatcher.error(id, "Need 'Queue' and 'Interface' parameters."));
            return;
        }
        synchronized (pbx) {
            QueueBook.Outcome o = pbx.queues().remove(queue, iface);
            switch (o.result()) {
                case OKAY: s.reply(success(id, "Removed interface from queue")); break;
                case EXISTS: s.reply(ActionDispatcher.error(id, "Unable to remove interface: Not there")); break;
                case NOT_DYNAMIC: s.reply(ActionDispatcher.error(id, "Member not dynamic")); break;
                default: s.reply(ActionDispatcher.error(id, "Unable to remove interface from queue: No such queue"));
            }
            o.events().forEach(pbx::emit);
        }
    }

    /** pbx.c action_extensionstatelist(): one ExtensionStatus per hint, ActionID right after Event. */
    void extensionStateList(AmiSession s, String id) {
        synchronized (pbx) {
            s.reply(AmiMessage.response("Success", id).add("EventList", "start")
                    .add("Message", "Extension Statuses will follow"));
            int items = 0;
            for (HintBook.Hint h : pbx.hints().all()) {
                s.reply(HintBook.status(withActionId(new AmiMessage().add("Event", "ExtensionStatus"), id), h));
                items++;
            }
            s.reply(listComplete("ExtensionStateListComplete", id, items));
        }
    }

    void extensionState(AmiSession s, AmiMessage action, String id) {
        String exten = trim(action.get("Exten"));
        String context = trim(action.get("Context"));
        synchronized (pbx) {
            HintBook.Hint h = exten == null ? null : pbx.hints().get(exten, context == null ? "default" : context);
            AmiMessage ack = AmiMessage.response("Success", id).add("Message", "Extension Status");
            if (h == null) {
                s.reply(HintBook.status(ack, String.valueOf(exten), context == null ? "default" : context, "", -1));
            } else {
                s.reply(HintBook.status(ack, h));
            }
        }
    }

    private static AmiMessage success(String id, String message) {
        return AmiMessage.response("Success", id).add("Message", message);
    }

    /** ast_true(). */
    static boolean isTrue(String v) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        return t.equals("yes") || t.equals("true") || t.equals("y") || t.equals("t") || t.equals("1") || t.equals("on");
    }

    static String trim(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
