package dev.ringside.ui.desk;

/**
 * One queue as the panel shows it, texts ready.
 *
 * @param status      the operator's place: available, paused and why, in a call, not a member
 * @param statusStyle the style class for the status chip
 */
public record QueueRow(String queue, int waiting, String waitingText, String longestWait, String members,
                       String status, String statusStyle, boolean canPause, boolean canResume, boolean canLogin,
                       boolean canLogout) {
}
