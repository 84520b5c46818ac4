package dev.ringside.ui.port;

import dev.ringside.desk.BreakState;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Presence;
import dev.ringside.desk.QueueState;
import dev.ringside.desk.TransferProgress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The operator's desk: queues and breaks, colleagues' presence, control of live calls, and the
 * day so far. Reads are snapshots, safe from any thread; listeners may be called on any thread.
 * Futures fail with {@code dev.ringside.ami.AmiException} (refusals by kind) or
 * {@code dev.ringside.history.HistoryException}.
 */
public interface Desk {

    /** Every queue the PBX has, the operator's membership in each (null when none). */
    List<QueueState> queues();

    /** Queues the administrator lets the operator log in to and out of. */
    List<String> loginQueues();

    BreakState breakState();

    /** The reasons to pick from when taking a break. */
    List<String> breakReasons();

    /** Called when queues, the break or presence changed. */
    Subscription onChanged(Runnable listener);

    /** QueuePause in one queue, or in every queue the operator is in when {@code queue} is null. */
    CompletableFuture<Void> pause(String queue, String reason);

    CompletableFuture<Void> unpause(String queue);

    /** QueueAdd as a dynamic member. */
    CompletableFuture<Void> login(String queue);

    /** QueueRemove (only a login made with QueueAdd can go). */
    CompletableFuture<Void> logout(String queue);

    List<Colleague> colleagues();

    Presence presence(String extension);

    /** Ends an answered call (AMI Hangup of the operator's leg). */
    CompletableFuture<Void> hangup(String linkedId);

    /** Passes the caller on to {@code number} at once (BlindTransfer). */
    CompletableFuture<Void> blindTransfer(String linkedId, String number);

    /** Calls {@code number} first while the caller holds (Atxfer); complete or cancel next. */
    CompletableFuture<Void> attendedTransfer(String linkedId, String number);

    /** Completes a consultation: the caller goes to the target, the operator's leg hangs up. */
    CompletableFuture<Void> completeTransfer(String linkedId);

    /** Ends a consultation without transferring (CancelAtxfer): back to the caller. */
    CompletableFuture<Void> cancelTransfer(String linkedId);

    Optional<TransferProgress> transfer(String linkedId);

    Subscription onTransfer(Consumer<TransferProgress> listener);

    /** Today's answered, missed and rejected calls, averages, breaks and calls per hour. */
    CompletableFuture<DayStats> myDay();
}
