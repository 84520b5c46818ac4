package dev.ringside.desk;

import dev.ringside.call.PbxEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The PBX's queues as the operator's desk sees them, from what app_queue says: a
 * {@code QueueStatus} list (QueueParams, QueueMember with {@code Location}, QueueEntry), the
 * {@code QueueSummary} polled now and then (a filtered session never sees other callers join), and
 * live events ({@code QueueMemberPause}/{@code Status}/{@code Added}/{@code Removed} say
 * {@code Interface}; {@code QueueCallerJoin}/{@code Leave} carry the new {@code Count}).
 *
 * <p>Not thread-safe: the owner feeds it from one thread.
 */
public final class QueueBoard {

    /** ast_device_state values app_queue prints as a member's Status. */
    private static final int DEVICE_UNKNOWN = 0;
    private static final int DEVICE_NOT_INUSE = 1;
    private static final int DEVICE_INVALID = 4;
    private static final int DEVICE_UNAVAILABLE = 5;

    private static final class Member {
        String name = "";
        boolean dynamic;
        boolean paused;
        String reason = "";
        Instant pausedSince;
        boolean inCall;
        int status = DEVICE_NOT_INUSE;

        boolean loggedIn() {
            return status != DEVICE_UNAVAILABLE && status != DEVICE_INVALID;
        }

        boolean available() {
            return loggedIn() && !paused && (status == DEVICE_NOT_INUSE || status == DEVICE_UNKNOWN);
        }
    }

    private static final class Queue {
        int waiting;
        Instant longestSince;
        /** Counts from the last QueueSummary; -1 until one came. */
        int loggedIn = -1;
        int available = -1;
        /** Every member, when a QueueStatus listed them; else only those events named. */
        final Map<String, Member> members = new LinkedHashMap<>();
        boolean allMembersKnown;
    }

    private final Predicate<String> operatorInterface;
    private final Map<String, Queue> queues = new TreeMap<>();

    /** @param operatorInterface true for a member interface that is the operator's ({@code PJSIP/777}) */
    public QueueBoard(Predicate<String> operatorInterface) {
        this.operatorInterface = operatorInterface;
    }

    // ---- lists ---------------------------------------------------------------------------------

    /** A whole QueueStatus answer: what it lists replaces what was known. */
    public void applyStatus(List<PbxEvent> entries, Instant at) {
        queues.clear();
        Map<String, Long> longestWait = new LinkedHashMap<>();
        for (PbxEvent e : entries) {
            String name = e.get("Queue");
            if (name.isEmpty()) {
                continue;
            }
            Queue q = queues.computeIfAbsent(name, n -> new Queue());
            if (e.is("QueueParams")) {
                q.waiting = Math.max(0, e.getInt("Calls"));
                q.allMembersKnown = true;
            } else if (e.is("QueueMember")) {
                Member m = q.members.computeIfAbsent(e.get("Location"), i -> new Member());
                m.name = e.get("Name");
                update(m, e, at);
            } else if (e.is("QueueEntry")) {
                longestWait.merge(name, (long) Math.max(0, e.getInt("Wait")), Math::max);
            }
        }
        for (Map.Entry<String, Queue> q : queues.entrySet()) {
            Long wait = longestWait.get(q.getKey());
            q.getValue().longestSince = q.getValue().waiting > 0 && wait != null ? at.minusSeconds(wait) : null;
        }
    }

    /** A QueueSummary answer: waiting callers, longest wait and member counts per queue. */
    public void applySummary(List<PbxEvent> entries, Instant at) {
        for (PbxEvent e : entries) {
            if (!e.is("QueueSummary") || e.get("Queue").isEmpty()) {
                continue;
            }
            Queue q = queues.computeIfAbsent(e.get("Queue"), n -> new Queue());
            q.waiting = Math.max(0, e.getInt("Callers"));
            q.longestSince = q.waiting > 0 ? at.minus(Duration.ofSeconds(Math.max(0, e.getInt("LongestHoldTime")))) : null;
            q.loggedIn = Math.max(0, e.getInt("LoggedIn"));
            q.available = Math.max(0, e.getInt("Available"));
        }
    }

    // ---- live events ---------------------------------------------------------------------------

    /** Applies one event; true when it changed what the board shows. */
    public boolean onEvent(PbxEvent e) {
        String name = e.get("Queue");
        if (name.isEmpty()) {
            return false;
        }
        switch (e.name()) {
            case "QueueMemberPause":
            case "QueueMemberStatus":
            case "QueueMemberAdded":
            case "QueueMemberPenalty":
            case "QueueMemberRinginuse": {
                Queue q = queues.computeIfAbsent(name, n -> new Queue());
                Member m = q.members.computeIfAbsent(e.get("Interface"), i -> new Member());
                m.name = e.get("MemberName");
                update(m, e, e.time());
                q.loggedIn = -1;
                return true;
            }
            case "QueueMemberRemoved": {
                Queue q = queues.get(name);
                boolean removed = q != null && q.members.remove(e.get("Interface")) != null;
                if (removed) {
                    q.loggedIn = -1;
                }
                return removed;
            }
            case "QueueCallerJoin": {
                Queue q = queues.computeIfAbsent(name, n -> new Queue());
                int count = e.getInt("Count");
                if (q.waiting == 0 || q.longestSince == null) {
                    q.longestSince = e.time();
                }
                q.waiting = count >= 0 ? count : q.waiting + 1;
                return true;
            }
            case "QueueCallerLeave": {
                Queue q = queues.computeIfAbsent(name, n -> new Queue());
                int count = e.getInt("Count");
                q.waiting = count >= 0 ? count : Math.max(0, q.waiting - 1);
                if (q.waiting == 0) {
                    q.longestSince = null;
                }
                return true;
            }
            default:
                return false;
        }
    }

    private static void update(Member m, PbxEvent e, Instant at) {
        m.dynamic = "dynamic".equalsIgnoreCase(e.get("Membership"));
        boolean wasPaused = m.paused;
        m.paused = "1".equals(e.get("Paused").trim()) || "true".equalsIgnoreCase(e.get("Paused").trim());
        m.reason = m.paused ? e.get("PausedReason") : "";
        if (m.paused) {
            long lastPause = epochSeconds(e.get("LastPause"));
            m.pausedSince = lastPause > 0 ? Instant.ofEpochSecond(lastPause) : wasPaused && m.pausedSince != null
                    ? m.pausedSince : at;
        } else {
            m.pausedSince = null;
        }
        m.inCall = "1".equals(e.get("InCall").trim());
        int status = e.getInt("Status");
        m.status = status >= 0 ? status : m.status;
    }

    private static long epochSeconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** Every queue known, by name. */
    public List<QueueState> queues() {
        List<QueueState> list = new ArrayList<>();
        for (Map.Entry<String, Queue> entry : queues.entrySet()) {
            Queue q = entry.getValue();
            int loggedIn = q.loggedIn;
            int available = q.available;
            if (loggedIn < 0) {
                loggedIn = (int) q.members.values().stream().filter(Member::loggedIn).count();
                available = (int) q.members.values().stream().filter(Member::available).count();
            }
            list.add(new QueueState(entry.getKey(), q.waiting, q.longestSince, loggedIn, available,
                    membership(q)));
        }
        return list;
    }

    private Membership membership(Queue q) {
        for (Map.Entry<String, Member> m : q.members.entrySet()) {
            if (operatorInterface.test(m.getKey())) {
                Member v = m.getValue();
                return new Membership(m.getKey(), v.name, v.dynamic, v.paused, v.reason, v.pausedSince, v.inCall,
                        v.status);
            }
        }
        return null;
    }

    /** Paused in at least one queue: on a break since the earliest pause, for the latest reason. */
    public BreakState breakState() {
        Instant since = null;
        Instant latest = null;
        String reason = "";
        List<String> paused = new ArrayList<>();
        for (QueueState q : queues()) {
            Membership m = q.membership();
            if (m == null || !m.paused()) {
                continue;
            }
            paused.add(q.queue());
            if (since == null || m.pausedSince().isBefore(since)) {
                since = m.pausedSince();
            }
            if (latest == null || !m.pausedSince().isBefore(latest)) {
                latest = m.pausedSince();
                reason = m.pausedReason().isEmpty() ? reason : m.pausedReason();
            }
        }
        return paused.isEmpty() ? BreakState.NONE : new BreakState(true, since, reason, paused);
    }
}
