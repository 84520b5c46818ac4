package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.CallStatus;
import java.util.EnumSet;
import java.util.Set;

/** The choices of the history's status filter. */
public enum StatusFilter {
    ALL(EnumSet.noneOf(CallStatus.class)),
    MISSED(EnumSet.of(CallStatus.MISSED)),
    ANSWERED(EnumSet.of(CallStatus.ANSWERED, CallStatus.COMPLETED)),
    REJECTED(EnumSet.of(CallStatus.REJECTED)),
    OUTGOING(EnumSet.of(CallStatus.DIALING, CallStatus.UNANSWERED));

    private final Set<CallStatus> statuses;

    StatusFilter(Set<CallStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<CallStatus> statuses() {
        return statuses;
    }

    /** The words in the filter box, in the operator's language. */
    public String label() {
        return switch (this) {
            case ALL -> lang("history.filter.all");
            case MISSED -> lang("history.filter.missed");
            case ANSWERED -> lang("history.filter.answered");
            case REJECTED -> lang("history.filter.rejected");
            case OUTGOING -> lang("history.filter.outgoing");
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
