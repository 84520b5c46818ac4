package dev.ringside.ui.fake;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.time.Instant;

/** Call snapshots for tests. */
public final class Calls {

    private Calls() {
    }

    public static Call ringing(String linkedId, String caller, String name, String operatorNumber, Instant startedAt) {
        Call.Builder b = Call.builder(linkedId, Direction.INBOUND, startedAt);
        b.callerNumber = caller;
        b.callerName = name;
        b.operatorNumber = operatorNumber;
        b.receiverNumber = operatorNumber;
        b.operatorChannel = "PJSIP/" + operatorNumber + "-0000002a";
        return b.build();
    }

    public static Call answered(Call call, Instant at, String by) {
        Call.Builder b = call.toBuilder();
        b.status = CallStatus.ANSWERED;
        b.answeredAt = at;
        b.answeredBy = by;
        return b.build();
    }

    public static Call ended(Call call, CallStatus status, Instant at) {
        Call.Builder b = call.toBuilder();
        b.status = status;
        b.endedAt = at;
        return b.build();
    }
}
