package dev.ringside.call;

import java.time.Instant;

/**
 * What answers a call. There is no AMI Answer event: the operator's leg going Up, a DialEnd
 * ANSWER to it, AgentConnect or BridgeEnter of it is the answer. The caller's own channel going
 * Up (voicemail, an IVR) is not. For a call the operator placed, the far end answering (DialEnd
 * ANSWER from the operator's leg, or the leg bridged) is.
 */
final class AnswerRule {

    private final CallBook book;
    private final LegRule legs;

    AnswerRule(CallBook book, LegRule legs) {
        this.book = book;
        this.legs = legs;
    }

    /** Newstate/CoreShowChannel: the operator's leg is Up. */
    void onChannelState(TrackedCall t, Leg leg, PbxEvent e) {
        if (e.getInt("ChannelState") != LegRule.STATE_UP || leg.up) {
            return;
        }
        boolean listed = e.is("coreshowchannel");
        if (!leg.originator) {
            leg.ringing = false;
            leg.up = true;
            t.makeVisible(Direction.INBOUND);
            answer(t, leg, e.time(), !listed);
        } else {
            leg.up = true;
            if (listed && e.has("BridgeId")) {
                t.makeVisible(Direction.OUTBOUND);
                answer(t, leg, e.time(), false);
            }
        }
    }

    /** DialEnd ANSWER: to the operator's leg, from it (outbound), or to someone else (taken elsewhere). */
    void onDialEndAnswer(TrackedCall t, PbxEvent e) {
        Leg dest = t.legs.get(e.get("DestUniqueid"));
        Leg source = t.legs.get(e.get("Uniqueid"));
        if (dest != null && !dest.originator) {
            dest.ringing = false;
            dest.up = true;
            answer(t, dest, e.time(), true);
        } else if (source != null && source.originator) {
            answer(t, source, e.time(), true);
        } else if (t.answeredAt == null) {
            // someone else took the call (a ring-all's other phone)
            t.answeredElsewhereBy = OperatorNumbers.deviceOf(e.get("DestChannel"));
        }
    }

    void onAgentConnect(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        if (t == null) {
            return;
        }
        Leg leg = t.legs.get(e.get("DestUniqueid"));
        if (leg == null) {
            var number = book.numbers.numberOf(e.get("Interface"));
            if (number.isEmpty()) {
                if (t.answeredAt == null) {
                    t.answeredElsewhereBy = OperatorNumbers.deviceOf(e.get("Interface"));
                }
                return;
            }
            LegRule.Found found = legs.legFor(t.linkedId, e.get("DestUniqueid"), e.get("DestChannel"), number.get(),
                    Values.linkedIdOf(e), e.time());
            if (found == null) {
                return;
            }
            leg = found.leg();
        }
        t.queue = t.queue != null ? t.queue : Values.real(e.get("Queue"));
        leg.ringing = false;
        leg.up = true;
        t.makeVisible(Direction.INBOUND);
        answer(t, leg, e.time(), true);
        t.touch(e.time());
        book.changed(t);
    }

    /**
     * An outbound leg is bridged only once the far end answered; an inbound one once it picked up.
     * A channel that enters a bridge before it is Up (a transfer's Local channel joins the
     * consultation bridge while the target still rings) has answered nothing.
     */
    void onBridgeEnter(PbxEvent e) {
        TrackedCall t = book.callOfLeg(e.get("Uniqueid"));
        Leg leg = t == null ? null : t.legs.get(e.get("Uniqueid"));
        if (leg == null || !t.visible || e.getInt("ChannelState") != LegRule.STATE_UP) {
            return;
        }
        leg.ringing = false;
        leg.up = true;
        answer(t, leg, e.time(), true);
        t.touch(e.time());
        book.changed(t);
    }

    static void answer(TrackedCall t, Leg leg, Instant at, boolean timeKnown) {
        t.answered = true;
        if (t.answeredAt == null && timeKnown) {
            t.answeredAt = at;
        }
        if (t.answeredBy == null) {
            t.answeredBy = leg.number;
        }
        if (t.endedAt != null && !t.allLegsEnded()) {
            t.endedAt = null;
            t.hangupCause = null;
        }
    }
}
