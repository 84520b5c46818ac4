package dev.ringside.call;

/** Turns what is known of a call into the immutable {@link Call} listeners see. */
final class CallSnapshot {

    private CallSnapshot() {
    }

    static Direction direction(TrackedCall t, InternalNumbers internalNumbers) {
        if (t.direction == Direction.OUTBOUND) {
            return Direction.OUTBOUND;
        }
        return internalNumbers.isInternal(t.callerNumber, t.callerChannel) ? Direction.INTERNAL : Direction.INBOUND;
    }

    static Call of(TrackedCall t, InternalNumbers internalNumbers) {
        Direction dir = direction(t, internalNumbers);
        Call.Builder b = Call.builder(t.linkedId, dir, t.startedAt);
        b.status = t.status();
        b.operatorNumber = t.operatorNumber;
        if (dir == Direction.OUTBOUND) {
            b.callerNumber = t.operatorNumber;
            b.receiverNumber = t.otherParty != null ? t.otherParty : t.otherPartyFromExten;
        } else {
            b.callerNumber = t.callerNumber;
            b.callerName = t.callerName;
            b.receiverNumber = t.operatorNumber;
        }
        b.queue = t.queue;
        b.acceptedAt = t.acceptedAt;
        b.answeredAt = t.answeredAt;
        b.endedAt = t.allLegsEnded() ? t.endedAt : null;
        b.hangupCause = b.endedAt != null ? t.hangupCause : null;
        b.answeredBy = t.answered ? t.answeredBy : t.answeredElsewhereBy;
        b.callerChannel = t.callerChannel;
        b.callerUniqueId = t.callerUniqueId;
        Leg leg = t.currentLeg();
        if (leg != null) {
            b.operatorChannel = leg.channel;
            b.operatorUniqueId = leg.uniqueId;
        }
        b.notes = t.notes;
        return b.build();
    }
}
