package dev.ringside.call;

import java.time.Instant;
import java.util.Optional;

/**
 * Legs and their owner: which channels are the operator's, and which call (Linkedid) each
 * belongs to.
 * <ul>
 *   <li>A leg is the operator's when its channel name (or a queue member Interface) names one of
 *       the operator's devices on any technology, never because of {@code Exten}: the operator's
 *       leg inherits the caller's Context/Exten.</li>
 *   <li>A leg created by someone else's dial (its Uniqueid is not the Linkedid) and ringing, or the
 *       DestChannel of a DialBegin/AgentCalled, makes an incoming call. A leg that starts the call
 *       (Uniqueid = Linkedid) and dials out makes an outbound one.</li>
 * </ul>
 */
final class LegRule {

    static final int STATE_RING = 4;
    static final int STATE_RINGING = 5;
    static final int STATE_UP = 6;

    /** A leg of the operator and the call it belongs to. */
    record Found(TrackedCall call, Leg leg) {
    }

    private final CallBook book;
    private final CallerRule callers;

    LegRule(CallBook book, CallerRule callers) {
        this.book = book;
        this.callers = callers;
    }

    /** Newchannel, Newstate, NewCallerid, NewConnectedLine, CoreShowChannel: the leg named by Channel. */
    Found onChannel(PbxEvent e) {
        String channel = e.get("Channel");
        Optional<String> number = book.numbers.numberOf(channel);
        if (number.isEmpty()) {
            return null;
        }
        Found found = legFor(Values.linkedIdOf(e), e.get("Uniqueid"), channel, number.get(), Values.linkedIdOf(e),
                e.time());
        if (found == null) {
            return null;
        }
        TrackedCall t = found.call();
        Leg leg = found.leg();
        t.touch(e.time());
        if (leg.originator && t.otherParty == null && Values.firstDialled(e.get("Exten")) != null) {
            t.otherPartyFromExten = e.get("Exten");
        }
        int state = e.getInt("ChannelState");
        if (state == STATE_RINGING || state == STATE_RING && !leg.originator && e.is("coreshowchannel")) {
            leg.ringing = true;
            if (!leg.originator) {
                t.makeVisible(Direction.INBOUND);
            }
        }
        return new Found(t, leg);
    }

    /** DialBegin: the operator's leg rings for a caller, or the operator's phone dials out. */
    void onDialBegin(PbxEvent e) {
        String source = e.get("Channel");
        String dest = e.get("DestChannel");
        Optional<String> destNumber = book.numbers.numberOf(dest);
        Optional<String> sourceNumber = book.numbers.numberOf(source);
        if (destNumber.isPresent()) {
            Found found = legFor(Values.linkedIdOf(e), e.get("DestUniqueid"), dest, destNumber.get(),
                    Values.destLinkedIdOf(e), e.time());
            TrackedCall t = found == null ? null : found.call();
            Leg leg = found == null ? null : found.leg();
            if (leg != null && !leg.originator) {
                leg.dialedBy = e.get("Uniqueid");
                leg.ringing = !leg.up;
                noteConsultation(t, t.legs.get(leg.dialedBy));
                callers.fromDialer(t, e);
                t.makeVisible(Direction.INBOUND);
                t.touch(e.time());
                book.changed(t);
            }
        }
        if (sourceNumber.isPresent() && destNumber.isEmpty()) {
            Found found = legFor(Values.linkedIdOf(e), e.get("Uniqueid"), source, sourceNumber.get(),
                    Values.linkedIdOf(e), e.time());
            TrackedCall t = found == null ? null : found.call();
            Leg leg = found == null ? null : found.leg();
            if (leg != null && leg.originator) {
                String dialled = Values.firstDialled(e.get("DestExten"), e.get("DestCallerIDNum"), t.otherPartyFromExten);
                if (dialled != null) {
                    t.otherParty = dialled;
                }
                t.makeVisible(Direction.OUTBOUND);
                t.touch(e.time());
                book.changed(t);
            }
        }
    }

    /** AgentCalled: a queue rings the operator's member leg (DestChannel), named by it or by Interface. */
    void onAgentCalled(PbxEvent e) {
        String dest = Values.firstReal(e.get("DestChannel"), e.get("DestinationChannel"));
        Optional<String> number = book.numbers.numberOf(dest);
        if (number.isEmpty()) {
            number = book.numbers.numberOf(e.get("Interface"));
        }
        if (number.isEmpty() || dest == null) {
            return;
        }
        Found found = legFor(Values.linkedIdOf(e), e.get("DestUniqueid"), dest, number.get(), Values.destLinkedIdOf(e),
                e.time());
        if (found == null) {
            return;
        }
        TrackedCall t = found.call();
        Leg leg = found.leg();
        leg.dialedBy = e.get("Uniqueid");
        leg.ringing = !leg.up;
        t.queue = Values.real(e.get("Queue"));
        callers.fromDialer(t, e);
        t.makeVisible(Direction.INBOUND);
        t.touch(e.time());
        book.changed(t);
    }

    /** The most legs of the operator's one call: ring rounds, transfers and devices stay far below. */
    static final int MAX_LEGS = 256;

    /**
     * The operator's leg with this Uniqueid and its call. A leg stays with the call that holds it,
     * unless that call was never shown (a picking-up phone's own first Linkedid): then it moves to
     * the call the event names. A new leg joins the event's call. Null without a Uniqueid.
     */
    Found legFor(String callLinkedId, String uniqueId, String channel, String number, String legLinkedId, Instant at) {
        if (uniqueId == null || uniqueId.isEmpty() || callLinkedId == null) {
            return null;
        }
        TrackedCall owner = book.callOfLeg(uniqueId);
        if (owner != null && (owner.linkedId.equals(callLinkedId) || owner.visible)) {
            return new Found(owner, owner.legs.get(uniqueId));
        }
        TrackedCall t = book.getOrOpen(callLinkedId, at);
        if (owner != null) {
            return new Found(t, moveLeg(owner, t, uniqueId));
        }
        if (t.legs.size() >= MAX_LEGS) {
            return null; // a PBX naming endless legs for one call is not to be believed, or kept
        }
        Leg leg = new Leg(uniqueId, channel, number, uniqueId.equals(legLinkedId));
        t.legs.put(uniqueId, leg);
        if (t.operatorNumber == null) {
            t.operatorNumber = number;
        }
        if (t.emitted != null && t.emitted.status().isTerminal() && !leg.originator) {
            t.reopen(at);
        }
        if (!leg.originator) {
            // the next queue round (or a first ring): the call is ringing again, not waiting
            t.roundTimedOut = false;
            t.roundEndedAt = null;
        }
        return new Found(t, leg);
    }

    /** Moves a leg into another call, as one that call's caller reached (it no longer starts a call). */
    Leg moveLeg(TrackedCall from, TrackedCall to, String uniqueId) {
        Leg leg = from.legs.remove(uniqueId);
        leg.originator = false;
        to.legs.put(uniqueId, leg);
        if (to.operatorNumber == null) {
            to.operatorNumber = leg.number;
        }
        if (from.startedAt.isBefore(to.startedAt)) {
            to.startedAt = from.startedAt;
        }
        if (from.legs.isEmpty() && from.emitted == null) {
            book.remove(from);
        }
        return leg;
    }

    /** A phone dialled by the operator's own Local {@code ;2} whose {@code ;1} nobody dialled: a consultation. */
    private void noteConsultation(TrackedCall t, Leg dialer) {
        if (dialer == null || !dialer.isLocal()) {
            return;
        }
        String sibling = dialer.localSibling();
        for (Leg l : t.legs.values()) {
            if (l.channel.equals(sibling) && l.dialedBy == null) {
                t.consultation = true;
            }
        }
    }
}
