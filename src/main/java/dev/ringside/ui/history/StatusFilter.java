package dev.ringside.ui.history;

import dev.ringside.call.CallStatus;
import java.util.EnumSet;
import java.util.Set;

/** The choices of the history's status filter. */
public enum StatusFilter {
    ALL("All calls", EnumSet.noneOf(CallStatus.class)),
    MISSED("Missed", EnumSet.of(CallStatus.MISSED)),
    ANSWERED("Answered", EnumSet.of(CallStatus.ANSWERED, CallStatus.COMPLETED)),
    REJECTED("Rejected", EnumSet.of(CallStatus.REJECTED)),
    OUTGOING("Outgoing", EnumSet.of(CallStatus.DIALING, CallStatus.UNANSWERED));

    private final String label;
    private final Set<CallStatus> statuses;

    StatusFilter(String label, Set<CallStatus> statuses) {
        this.label = label;
        this.statuses = statuses;
    }

    public Set<CallStatus> statuses() {
        return statuses;
    }

    @Override
    public String toString() {
        return label;
    }
}
