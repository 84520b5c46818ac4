package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.asteriskjava.manager.action.ManagerAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the list of the PBX's live channels: {@code CoreShowChannels}, or {@code Status} when the
 * PBX refuses that (it wants {@code write=system} or {@code reporting}; Status also takes
 * {@code call}). The list reaches its handler as {@code CoreShowChannel} events, on the event
 * thread, after every event that came before the list's end; a list cut short is never handed
 * over, since a partial list would close live calls. A list the PBX starts but never finishes
 * within the connect timeout means the link is dead: {@code onStalled} hears of it.
 */
final class ChannelSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSnapshots.class);
    private static final AtomicLong LIST_IDS = new AtomicLong();

    /** What to do with a complete list. */
    interface Handler {
        void accept(List<PbxEvent> channels, Instant takenAt);
    }

    private final AmiSettings settings;
    private final SessionThreads threads;
    private final InputTrouble trouble;
    private final BiConsumer<SessionConnection, String> onStalled;

    ChannelSnapshots(AmiSettings settings, SessionThreads threads, InputTrouble trouble,
                     BiConsumer<SessionConnection, String> onStalled) {
        this.settings = settings;
        this.threads = threads;
        this.trouble = trouble;
        this.onStalled = onStalled;
    }

    /**
     * Asks for the list; {@code onError} gets a refusal of both actions as
     * {@link AmiError.Kind#PERMISSION_DENIED} or {@link AmiError.Kind#ACTION_FAILED}, a stalled
     * list as {@link AmiError.Kind#TIMEOUT}.
     */
    void request(SessionConnection conn, Handler onList, Consumer<AmiError> onError) {
        requestList(conn, ChannelListAction.CORE_SHOW_CHANNELS, onList, error -> {
            if (!refused(error)) {
                onError.accept(error);
                return;
            }
            LOG.info("{}; taking the channel snapshot with Status instead", error.message());
            requestList(conn, ChannelListAction.STATUS, onList, statusError -> onError.accept(
                    refused(statusError) ? bothRefused(statusError) : statusError));
        });
    }

    private AmiError bothRefused(AmiError statusError) {
        if (statusError.kind() == AmiError.Kind.PERMISSION_DENIED) {
            return new AmiError(statusError.kind(), "The AMI user " + settings.username()
                    + " may send neither CoreShowChannels nor Status (Status needs write=call, reporting or system)",
                    "CoreShowChannels, Status");
        }
        return new AmiError(statusError.kind(), "The PBX refused both CoreShowChannels and Status ("
                + statusError.message() + ")", "CoreShowChannels, Status");
    }

    /** The PBX answered with an error, as opposed to the link dropping before it answered. */
    private static boolean refused(AmiError error) {
        return error.kind() == AmiError.Kind.PERMISSION_DENIED || error.kind() == AmiError.Kind.ACTION_FAILED
                || error.kind() == AmiError.Kind.CALL_ENDED;
    }

    private void requestList(SessionConnection conn, ChannelListAction list, Handler onList,
                             Consumer<AmiError> onError) {
        String listId = "ringside-list-" + LIST_IDS.incrementAndGet();
        FrameRouter router = conn.router();
        AtomicBoolean over = new AtomicBoolean();
        Consumer<AmiError> fail = error -> {
            if (over.compareAndSet(false, true)) {
                router.forgetList(listId);
                threads.onEventThread(() -> onError.accept(error));
            }
        };
        EventListCollector collector = ChannelListCollector.create(list, trouble, channels -> {
            // on the reader thread, right after the list's last event: queued behind every earlier event
            if (over.compareAndSet(false, true)) {
                Instant takenAt = Instant.now();
                threads.onEventThread(() -> {
                    LOG.info("Channel snapshot ({}): {} live channel(s)", list.actionName(), channels.size());
                    onList.accept(channels, takenAt);
                });
            }
        }, fail);
        if (!router.expectList(listId, collector)) {
            fail.accept(new AmiError(AmiError.Kind.ACTION_FAILED, "Too many channel lists asked for at once",
                    list.actionName()));
            return;
        }
        ManagerAction action = list.newAction();
        action.setActionId(listId);
        try {
            conn.sendAction(action, response -> {
                AmiError error = AmiErrors.actionFailure(list.actionName(), response);
                if (error != null) {
                    fail.accept(error);
                }
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            fail.accept(AmiErrors.notConnected());
            return;
        }
        long timeoutMillis = settings.connectTimeout().toMillis();
        threads.schedule(() -> {
            if (!over.get()) {
                String reason = "The PBX did not finish the " + list.actionName() + " list within "
                        + timeoutMillis + " ms";
                fail.accept(new AmiError(AmiError.Kind.ACTION_TIMEOUT, reason, list.actionName()));
                onStalled.accept(conn, reason);
            }
        }, timeoutMillis);
    }
}
