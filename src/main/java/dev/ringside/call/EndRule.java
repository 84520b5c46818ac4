package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a call ends for the operator, on any evidence the PBX sends: the operator's legs hang up,
 * the queue says the agent is done ({@code AgentComplete}, {@code AgentDump}) or the caller left
 * ({@code QueueCallerAbandon}, {@code QueueCallerLeave} before anyone answered), or a dial ended
 * without an answer and no Hangup followed within a grace. The call is then completed if it was
 * answered; otherwise rejected when the app rejected it or the phone declined it (cause 21), else
 * missed. A queue round that timed out ({@code AgentRingNoAnswer}) is no end: the call stays
 * ringing for the next round, and counts as missed only when none comes within a grace.
 */
final class EndRule {

    private final CallBook book;
    private final TrackerTimings timings;

    EndRule(CallBook book, TrackerTimings timings) {
        this.book = book;
        this.timings = timings;
    }

    void onHangup(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        Leg leg = t == null ? null : t.legs.get(e.get("Uniqueid"));
        if (leg == null) {
            return;
        }
        int cause = e.getInt("Cause");
        if (leg.ended) {
            // the queue already said it was over; the Hangup still tells why
            if (leg.cause == null && cause >= 0) {
                leg.cause = cause;
                if (t.allLegsEnded() && t.hangupCause == null) {
                    t.hangupCause = cause;
                    book.changed(t);
                }
            }
            return;
        }
        endLeg(t, leg, e.time(), cause >= 0 ? cause : null);
        t.touch(e.time());
        book.changed(t);
    }

    /** DialEnd without ANSWER: the leg stops ringing now; its Hangup should follow. */
    void onDialEndNotAnswered(TrackedCall t, PbxEvent e) {
        Leg dest = t.legs.get(e.get("DestUniqueid"));
        Leg source = t.legs.get(e.get("Uniqueid"));
        if (dest != null && !dest.originator) {
            dest.dialEndedAt = e.time();
        } else if (source != null && source.originator) {
            source.dialEndedAt = e.time();
        }
    }

    /** AgentComplete, AgentDump: the operator's part of a queue call is over. */
    void onAgentDone(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        if (t == null || !namesOurMember(t, e)) {
            return;
        }
        endAll(t, e.time());
    }

    /** AgentRingNoAnswer: this round rang out on the operator's member legs; another may follow. */
    void onRingNoAnswer(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        Leg member = t == null ? null : t.legs.get(e.get("DestUniqueid"));
        if (member == null) {
            return;
        }
        t.roundTimedOut = true;
        for (Leg leg : memberChain(t, member)) {
            if (!leg.ended) {
                endLeg(t, leg, e.time(), null);
            }
        }
        t.touch(e.time());
        book.changed(t);
    }

    /** QueueCallerAbandon, or QueueCallerLeave while nobody of ours answered: no more rounds. */
    void onCallerLeftQueue(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        if (t == null || t.answered || e.is("QueueCallerLeave") && anyLegUp(t)) {
            return;
        }
        t.callerGone = true;
        if (t.roundEndedAt != null && t.allLegsEnded()) {
            finish(t, t.roundEndedAt);
        } else {
            endAll(t, e.time());
        }
        book.changed(t);
    }

    /**
     * Closes legs whose dial ended more than the grace ago without a Hangup, at the time the dial
     * ended, and ends queue calls whose next round did not come, when the last round ended.
     */
    void tick(Instant now) {
        for (TrackedCall t : book.all()) {
            for (Leg leg : t.legs.values()) {
                if (!leg.ended && !leg.up && leg.dialEndedAt != null
                        && Duration.between(leg.dialEndedAt, now).compareTo(timings.dialEndGrace()) > 0) {
                    endLeg(t, leg, leg.dialEndedAt, null);
                    book.changed(t);
                }
            }
            if (t.roundEndedAt != null && t.endedAt == null && t.allLegsEnded()
                    && Duration.between(t.roundEndedAt, now).compareTo(timings.queueRoundGrace()) > 0) {
                finish(t, t.roundEndedAt);
                book.changed(t);
            }
        }
    }

    static void endLeg(TrackedCall t, Leg leg, Instant at, Integer cause) {
        leg.ended = true;
        leg.ringing = false;
        leg.cause = cause;
        if (!leg.up && cause != null && cause == TrackedCall.CAUSE_CALL_REJECTED) {
            t.rejectedByPhone = true;
        }
        if (!t.allLegsEnded()) {
            return;
        }
        if (cause != null) {
            t.hangupCause = cause;
        }
        if (!t.answered && t.roundTimedOut && !t.callerGone) {
            t.roundEndedAt = at;
        } else {
            finish(t, at);
        }
    }

    private static void finish(TrackedCall t, Instant at) {
        t.endedAt = at;
        t.roundEndedAt = null;
    }

    private void endAll(TrackedCall t, Instant at) {
        for (Leg leg : new ArrayList<>(t.legs.values())) {
            if (!leg.ended) {
                endLeg(t, leg, at, null);
            }
        }
        t.touch(at);
        book.changed(t);
    }

    /** The member leg, or the member interface (AgentDump names only {@code Member}). */
    private boolean namesOurMember(TrackedCall t, PbxEvent e) {
        return t.legs.containsKey(e.get("DestUniqueid")) || book.numbers.numberOf(e.get("Interface")).isPresent()
                || book.numbers.numberOf(e.get("Member")).isPresent();
    }

    private static boolean anyLegUp(TrackedCall t) {
        return t.legs.values().stream().anyMatch(l -> l.up && !l.ended);
    }

    /** A member leg and what rings behind it: for {@code Local/777@q-1;1}, its {@code ;2} and the phone it dialled. */
    static List<Leg> memberChain(TrackedCall t, Leg member) {
        List<Leg> chain = new ArrayList<>(List.of(member));
        String sibling = member.localSibling();
        for (Leg leg : t.legs.values()) {
            if (sibling != null && sibling.equals(leg.channel) && !chain.contains(leg)) {
                chain.add(leg);
            }
        }
        for (Leg leg : t.legs.values()) {
            if (!chain.contains(leg) && chain.stream().anyMatch(c -> c.uniqueId.equals(leg.dialedBy))) {
                chain.add(leg);
            }
        }
        return chain;
    }
}
