package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;

/**
 * When a call ends for the operator: when the last of the operator's legs hangs up. It is then
 * completed if it was answered; otherwise rejected when the app rejected it or the phone declined
 * it (cause 21), else missed (gave up, answered elsewhere = cause 26, busy, no answer). A leg
 * whose dial ended without an answer but whose Hangup never comes is closed after a grace, at
 * the time its dial ended.
 */
final class EndRule {

    /** A leg whose dial ended without answer but whose Hangup never came is closed after this. */
    static final Duration DIAL_END_GRACE = Duration.ofSeconds(15);

    private final CallBook book;

    EndRule(CallBook book) {
        this.book = book;
    }

    void onHangup(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        if (t == null) {
            return;
        }
        Leg leg = t.legs.get(e.get("Uniqueid"));
        if (leg == null || leg.ended) {
            return;
        }
        int cause = e.getInt("Cause");
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

    /** Closes legs whose dial ended more than {@link #DIAL_END_GRACE} ago without a Hangup. */
    void tick(Instant now) {
        for (TrackedCall t : book.all()) {
            for (Leg leg : t.legs.values()) {
                if (!leg.ended && !leg.up && leg.dialEndedAt != null
                        && Duration.between(leg.dialEndedAt, now).compareTo(DIAL_END_GRACE) > 0) {
                    endLeg(t, leg, leg.dialEndedAt, null);
                    book.changed(t);
                }
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
        if (t.allLegsEnded()) {
            t.endedAt = at;
            t.hangupCause = cause != null ? cause : t.hangupCause;
        }
    }
}
