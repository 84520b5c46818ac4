package dev.ringside.desk;

import java.time.Instant;

/**
 * One queue as the operator's desk shows it.
 *
 * @param waiting          callers waiting now
 * @param longestWaitSince when the caller who has waited longest joined, null when nobody waits
 * @param loggedIn         members whose phone is reachable
 * @param available        of those, members neither paused nor busy
 * @param membership       the operator's membership, null when the operator is not a member
 */
public record QueueState(String queue, int waiting, Instant longestWaitSince, int loggedIn, int available,
                         Membership membership) {

    public boolean isMember() {
        return membership != null;
    }
}
