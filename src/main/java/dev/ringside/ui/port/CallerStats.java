package dev.ringside.ui.port;

import java.time.Instant;

/**
 * What history knows about a caller, for the incoming-call window.
 *
 * @param previousCalls how many earlier calls from this number (the ringing one not counted)
 * @param lastCallAt    when the latest of them started, or null when there were none
 */
public record CallerStats(int previousCalls, Instant lastCallAt) {

    public static final CallerStats NONE = new CallerStats(0, null);
}
