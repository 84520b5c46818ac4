package dev.ringside.desk;

/**
 * Where a transfer of one call stands, for the operator's screen.
 *
 * @param linkedId the call
 * @param attended true for a consultation first (Atxfer), false for a blind transfer
 * @param target   the number the call goes to
 * @param failure  why it failed, when {@code stage} is FAILED; else null
 */
public record TransferProgress(String linkedId, boolean attended, String target, Stage stage, Throwable failure) {

    public enum Stage {
        /** Asked the PBX; no answer yet. */
        SENDING,
        /** Consulting: the target's phone rings while the caller holds. */
        RINGING_TARGET,
        /** Consulting: the operator talks to the target; complete or cancel next. */
        TALKING_TO_TARGET,
        /** Asked to complete: the operator's leg is being hung up. */
        COMPLETING,
        /** The caller is with the target now (or on the way there). */
        DONE,
        /** The consultation ended and the operator is back with the caller. */
        CANCELLED,
        /** The PBX refused or the call ended first. */
        FAILED
    }

    public boolean isOver() {
        return stage == Stage.DONE || stage == Stage.CANCELLED || stage == Stage.FAILED;
    }

    TransferProgress at(Stage next) {
        return new TransferProgress(linkedId, attended, target, next, null);
    }
}
