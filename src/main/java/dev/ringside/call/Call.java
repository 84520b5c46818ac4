package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call as the operator sees it: an immutable snapshot, replaced by a new one on every change.
 *
 * <p>All legs of one call share Asterisk's {@code Linkedid}, so {@link #linkedId()} is the key:
 * a re-delivered or replayed event updates the same call instead of making a second one.
 *
 * @param linkedId         Asterisk's Linkedid shared by every leg of the call
 * @param operatorNumber   which of the operator's numbers rang or placed the call
 * @param direction        inbound, outbound or internal
 * @param status           where the call stands
 * @param callerNumber     who called (for outbound: the operator's number)
 * @param callerName       the caller's name when the PBX knows it, else null
 * @param receiverNumber   who was called (for inbound: the operator's number; outbound: the number dialled)
 * @param queue            the queue that offered the call, else null
 * @param startedAt        when the call first reached (or left) the operator's phone
 * @param acceptedAt       when the operator clicked Accept in the app, else null
 * @param answeredAt       when it was answered, else null
 * @param endedAt          when it ended for the operator, else null
 * @param hangupCause      the Q.850 cause that ended the operator's leg, else null
 * @param answeredBy       who answered: the operator's number, or another extension that took it
 * @param callerChannel    the caller's channel (e.g. {@code PJSIP/trunk-00000012}), else null
 * @param callerUniqueId   the caller channel's Uniqueid, else null
 * @param operatorChannel  the operator's leg (the one a Reject hangs up), else null
 * @param operatorUniqueId that leg's Uniqueid, else null
 * @param notes            the operator's own notes, else null
 */
public record Call(
        String linkedId,
        String operatorNumber,
        Direction direction,
        CallStatus status,
        String callerNumber,
        String callerName,
        String receiverNumber,
        String queue,
        Instant startedAt,
        Instant acceptedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer hangupCause,
        String answeredBy,
        String callerChannel,
        String callerUniqueId,
        String operatorChannel,
        String operatorUniqueId,
        String notes) {

    public Call {
        Objects.requireNonNull(linkedId, "linkedId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The number on the other end from the operator: the caller for inbound calls, the callee for outbound. */
    public String otherPartyNumber() {
        return direction == Direction.OUTBOUND ? receiverNumber : callerNumber;
    }

    /** How long it rang: until it was answered, or until it ended unanswered; null while still ringing. */
    public Duration ringTime() {
        Instant until = answeredAt != null ? answeredAt : endedAt;
        return until == null ? null : nonNegative(Duration.between(startedAt, until));
    }

    /** How long the parties talked; zero for a call never answered, null while still in progress or unknown. */
    public Duration talkTime() {
        if (answeredAt == null) {
            return status.isTerminal() ? Duration.ZERO : null;
        }
        return endedAt == null ? null : nonNegative(Duration.between(answeredAt, endedAt));
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(String linkedId, Direction direction, Instant startedAt) {
        Builder b = new Builder();
        b.linkedId = linkedId;
        b.direction = direction;
        b.startedAt = startedAt;
        b.status = direction == Direction.OUTBOUND ? CallStatus.DIALING : CallStatus.INCOMING;
        return b;
    }

    /** Mutable builder; the tracker keeps one per live call and snapshots it with {@link #build()}. */
    public static final class Builder {
        public String linkedId;
        public String operatorNumber;
        public Direction direction;
        public CallStatus status;
        public String callerNumber;
        public String callerName;
        public String receiverNumber;
        public String queue;
        public Instant startedAt;
        public Instant acceptedAt;
        public Instant answeredAt;
        public Instant endedAt;
        public Integer hangupCause;
        public String answeredBy;
        public String callerChannel;
        public String callerUniqueId;
        public String operatorChannel;
        public String operatorUniqueId;
        public String notes;

        private Builder() {
        }

        private Builder(Call c) {
            linkedId = c.linkedId;
            operatorNumber = c.operatorNumber;
            direction = c.direction;
            status = c.status;
            callerNumber = c.callerNumber;
            callerName = c.callerName;
            receiverNumber = c.receiverNumber;
            queue = c.queue;
            startedAt = c.startedAt;
            acceptedAt = c.acceptedAt;
            answeredAt = c.answeredAt;
            endedAt = c.endedAt;
            hangupCause = c.hangupCause;
            answeredBy = c.answeredBy;
            callerChannel = c.callerChannel;
            callerUniqueId = c.callerUniqueId;
            operatorChannel = c.operatorChannel;
            operatorUniqueId = c.operatorUniqueId;
            notes = c.notes;
        }

        public Call build() {
            return new Call(linkedId, operatorNumber, direction, status, callerNumber, callerName,
                    receiverNumber, queue, startedAt, acceptedAt, answeredAt, endedAt, hangupCause,
                    answeredBy, callerChannel, callerUniqueId, operatorChannel, operatorUniqueId, notes);
        }
    }
}
