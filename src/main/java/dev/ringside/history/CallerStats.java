package dev.ringside.history;

import dev.ringside.call.CallStatus;

import java.time.Instant;

/**
 * What the history knows about a caller, for the incoming-call window: how many times this number
 * called the operator before (inbound and internal calls, any outcome) and when it last did.
 *
 * @param number        the number asked about, as given
 * @param previousCalls how many earlier calls from this number are stored
 * @param lastCallAt    when the latest of them started, else null
 * @param lastStatus    how the latest of them went, else null
 */
public record CallerStats(String number, long previousCalls, Instant lastCallAt, CallStatus lastStatus) {

    public static CallerStats none(String number) {
        return new CallerStats(number, 0, null, null);
    }

    public boolean calledBefore() {
        return previousCalls > 0;
    }
}
