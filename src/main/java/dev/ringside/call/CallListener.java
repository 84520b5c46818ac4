package dev.ringside.call;

/**
 * Told of every change to a call, on the tracker's own thread, in the order the changes happened.
 * Implementations must return quickly: hand slow work (disk, UI) to their own thread.
 */
@FunctionalInterface
public interface CallListener {
    /**
     * @param previous the call as it was before, or null when the call is new
     * @param current  the call as it is now
     */
    void callChanged(Call previous, Call current);
}
