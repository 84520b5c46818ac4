package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic history of many calls for one operator: call {@code i} starts {@code i} minutes
 * after {@link Calls#T0}, comes from one of 5,000 numbers, and its status follows {@code i % 10}.
 */
final class LargeHistory {

    static final int NUMBERS = 5_000;

    private LargeHistory() {
    }

    static String linkedId(int i) {
        return "big." + i;
    }

    /** The caller's number, formatted the way a trunk might send it. */
    static String number(int i) {
        int n = 1_000_000 + i % NUMBERS;
        return "+7 912 " + n / 10_000 + "-" + n % 10_000;
    }

    static CallStatus status(int i) {
        switch (i % 10) {
            case 6:
            case 7:
                return CallStatus.MISSED;
            case 8:
                return CallStatus.REJECTED;
            case 9:
                return CallStatus.UNANSWERED;
            default:
                return CallStatus.COMPLETED;
        }
    }

    static Call call(int i) {
        long start = i * 60L;
        switch (status(i)) {
            case MISSED:
                return Calls.missed(linkedId(i), number(i), start);
            case REJECTED:
                return Calls.ended(Calls.ringing(linkedId(i), number(i), null, start), CallStatus.REJECTED, 4, 21).build();
            case UNANSWERED:
                return Calls.outbound(linkedId(i), number(i), start, false);
            default:
                return Calls.ended(Calls.answered(Calls.ringing(linkedId(i), number(i), "Caller " + i % NUMBERS, start), 5),
                        CallStatus.COMPLETED, 40, 16).build();
        }
    }

    static List<Call> calls(int count) {
        List<Call> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            calls.add(call(i));
        }
        return calls;
    }
}
