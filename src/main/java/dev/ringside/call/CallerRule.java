package dev.ringside.call;

/**
 * Who is calling the operator. The channel that dialled the operator's leg carries the caller's
 * own caller id; failing that, the operator's leg's connected line names the caller. A name or
 * number that is one of the operator's own (a ring group's 700, the operator's name) is not a caller.
 */
final class CallerRule {

    private final OperatorNumbers numbers;

    CallerRule(OperatorNumbers numbers) {
        this.numbers = numbers;
    }

    /** The operator's leg's connected line: the caller, unless a dialer already told us. */
    void fromConnectedLine(TrackedCall t, PbxEvent e) {
        String num = Values.real(e.get("ConnectedLineNum"));
        if (num != null && t.callerNumber == null) {
            t.callerNumber = num;
        }
        String name = Values.real(e.get("ConnectedLineName"));
        if (name != null && t.callerName == null && !numbers.owns(name)) {
            t.callerName = name;
        }
    }

    /** The channel that dialled the operator (DialBegin, AgentCalled): its own caller id is the caller's. */
    void fromDialer(TrackedCall t, PbxEvent e) {
        t.dialerSeen = true;
        String num = Values.real(e.get("CallerIDNum"));
        if (num != null && !numbers.owns(num)) {
            t.callerNumber = num;
        }
        String name = Values.real(e.get("CallerIDName"));
        if (name != null && !numbers.owns(name)) {
            t.callerName = name;
        }
        String channel = Values.real(e.get("Channel"));
        if (channel != null && numbers.numberOf(channel).isEmpty()) {
            t.callerChannel = channel;
            t.callerUniqueId = Values.real(e.get("Uniqueid"));
        }
    }

    /**
     * An incoming call is shown once its caller is known, or once the channel that dialled the
     * operator has been seen (a withheld number stays unknown), or once it is past ringing: some
     * PBXes set the ringing leg's connected line only after the DialBegin/AgentCalled.
     */
    static boolean settled(TrackedCall t) {
        return t.direction == Direction.OUTBOUND || t.callerNumber != null || t.dialerSeen || t.answered
                || t.allLegsEnded() || t.fromSnapshot;
    }
}
