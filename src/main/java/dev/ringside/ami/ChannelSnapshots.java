package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the list of the PBX's live channels: {@code CoreShowChannels}, or {@code Status} when the
 * PBX refuses that (it wants {@code write=system} or {@code reporting}; Status also takes
 * {@code call}). The list reaches its handler as {@code CoreShowChannel} events, on the event
 * thread, after every event that came before the list's end; a list cut short is never handed
 * over, since a partial list would close live calls.
 */
final class ChannelSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelSnapshots.class);

    /** What to do with a complete list. */
    interface Handler {
        void accept(List<PbxEvent> channels, Instant takenAt);
    }

    private final AmiSettings settings;
    private final SessionThreads threads;

    ChannelSnapshots(AmiSettings settings, SessionThreads threads) {
        this.settings = settings;
        this.threads = threads;
    }

    /**
     * Asks for the list; {@code onError} gets a refusal of both actions as
     * {@link AmiError.Kind#PERMISSION_DENIED} or {@link AmiError.Kind#ACTION_FAILED}.
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
        AtomicBoolean answered = new AtomicBoolean();
        EventGeneratingAction action = list.newAction();
        try {
            conn.sendEventGeneratingAction(action, responseEvents -> {
                if (!answered.compareAndSet(false, true)) {
                    return;
                }
                Instant takenAt = Instant.now();
                ManagerResponse response = responseEvents.getResponse();
                AmiError error = AmiErrors.actionFailure(list.actionName(), response);
                boolean complete = responseEvents.getEvents().stream()
                        .anyMatch(e -> action.getActionCompleteEventClass().isInstance(e));
                if (error == null && !complete) {
                    error = AmiErrors.linkLost();
                }
                if (error != null) {
                    AmiError failure = error;
                    threads.onEventThread(() -> onError.accept(failure));
                    return;
                }
                List<ResponseEvent> raw = new ArrayList<>(responseEvents.getEvents());
                threads.onEventThread(() -> {
                    List<PbxEvent> channels = new ArrayList<>();
                    for (ResponseEvent e : raw) {
                        PbxEvent channel = list.toCoreShowChannel(e);
                        if (channel != null) {
                            channels.add(channel);
                        }
                    }
                    LOG.info("Channel snapshot ({}): {} live channel(s)", list.actionName(), channels.size());
                    onList.accept(List.copyOf(channels), takenAt);
                });
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            threads.onEventThread(() -> onError.accept(AmiErrors.notConnected()));
        }
    }
}
