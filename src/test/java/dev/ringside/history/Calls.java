package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.time.Duration;
import java.time.Instant;

/** Call snapshots as the tracker would produce them, for tests. */
final class Calls {

    static final Instant T0 = Instant.parse("2025-03-01T09:00:00.123Z");

    private Calls() {
    }

    /** An inbound call ringing 777, started {@code startSecond} seconds after {@link #T0}. */
    static Call.Builder ringing(String linkedId, String callerNumber, String callerName, long startSecond) {
        Call.Builder b = Call.builder(linkedId, Direction.INBOUND, T0.plusSeconds(startSecond));
        b.operatorNumber = "777";
        b.receiverNumber = "777";
        b.callerNumber = callerNumber;
        b.callerName = callerName;
        b.callerChannel = "PJSIP/trunk-" + linkedId;
        b.callerUniqueId = linkedId;
        b.operatorChannel = "PJSIP/777-" + linkedId;
        b.operatorUniqueId = linkedId + ".1";
        return b;
    }

    static Call.Builder answered(Call.Builder b, long afterSeconds) {
        b.status = CallStatus.ANSWERED;
        b.answeredAt = b.startedAt.plusSeconds(afterSeconds);
        b.answeredBy = b.operatorNumber;
        return b;
    }

    static Call.Builder ended(Call.Builder b, CallStatus status, long afterSeconds, int cause) {
        b.status = status;
        b.endedAt = b.startedAt.plusSeconds(afterSeconds);
        b.hangupCause = cause;
        return b;
    }

    static Call incoming(String linkedId, String number, long startSecond) {
        return ringing(linkedId, number, null, startSecond).build();
    }

    static Call missed(String linkedId, String number, long startSecond) {
        return ended(ringing(linkedId, number, null, startSecond), CallStatus.MISSED, 20, 16).build();
    }

    static Call completed(String linkedId, String number, long startSecond) {
        return ended(answered(ringing(linkedId, number, null, startSecond), 5), CallStatus.COMPLETED, 65, 16).build();
    }

    /** An outbound call from 777 to {@code number}, answered when {@code answered}. */
    static Call outbound(String linkedId, String number, long startSecond, boolean answered) {
        Call.Builder b = Call.builder(linkedId, Direction.OUTBOUND, T0.plusSeconds(startSecond));
        b.operatorNumber = "777";
        b.callerNumber = "777";
        b.receiverNumber = number;
        if (answered) {
            answered(b, 3);
            return ended(b, CallStatus.COMPLETED, 30, 16).build();
        }
        return ended(b, CallStatus.UNANSWERED, 30, 19).build();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
