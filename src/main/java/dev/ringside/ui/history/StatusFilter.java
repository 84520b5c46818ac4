package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.util.EnumSet;
import java.util.Set;

/** The choices of the history's status filter. "Outgoing" is every call the operator placed, answered or not. */
public enum StatusFilter {
    ALL(EnumSet.noneOf(CallStatus.class), EnumSet.noneOf(Direction.class)),
    MISSED(EnumSet.of(CallStatus.MISSED), EnumSet.noneOf(Direction.class)),
    ANSWERED(EnumSet.of(CallStatus.ANSWERED, CallStatus.COMPLETED), EnumSet.noneOf(Direction.class)),
    REJECTED(EnumSet.of(CallStatus.REJECTED), EnumSet.noneOf(Direction.class)),
    OUTGOING(EnumSet.noneOf(CallStatus.class), EnumSet.of(Direction.OUTBOUND));

    private final Set<CallStatus> statuses;
    private final Set<Direction> directions;

    StatusFilter(Set<CallStatus> statuses, Set<Direction> directions) {
        this.statuses = statuses;
        this.directions = directions;
    }

    public Set<CallStatus> statuses() {
        return statuses;
    }

    public Set<Direction> directions() {
        return directions;
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
