package dev.ringside.app;

/**
 * How the engine acts for the operator.
 *
 * @param rejectMode        whom a Reject hangs up
 * @param rejectCause       the Q.850 cause a Reject sends (21 call rejected; 17 busy)
 * @param remoteAnswer      Accept also answers the desk phone ({@code PJSIPNotify} talk)
 * @param originateContext  the dialplan context a call-back is placed in
 * @param originateTech     the channel technology of the operator's phone when none was seen yet
 */
public record EngineOptions(RejectMode rejectMode, int rejectCause, boolean remoteAnswer,
                            String originateContext, String originateTech) {

    public enum RejectMode {
        /** Hang up the operator's ringing leg: the dialplan goes on (voicemail, next queue member). */
        OPERATOR_LEG,
        /** Hang up the caller: the whole call ends. */
        CALLER
    }

    public static final int CAUSE_CALL_REJECTED = 21;

    public static EngineOptions defaults() {
        return new EngineOptions(RejectMode.OPERATOR_LEG, CAUSE_CALL_REJECTED, false, "from-internal", "PJSIP");
    }

    public EngineOptions withRemoteAnswer(boolean on) {
        return new EngineOptions(rejectMode, rejectCause, on, originateContext, originateTech);
    }

    public EngineOptions withRejectMode(RejectMode mode) {
        return new EngineOptions(mode, rejectCause, remoteAnswer, originateContext, originateTech);
    }
}
