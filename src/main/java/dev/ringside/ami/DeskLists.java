package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.asteriskjava.manager.action.ManagerAction;

/**
 * Asks for one {@link EventList} (QueueStatus, QueueSummary, ExtensionStateList) and completes,
 * on the event thread and after every event that came before the list's end, with its entries;
 * fails with the refusal's {@link AmiError}, or {@link AmiError.Kind#ACTION_TIMEOUT} when the
 * list does not end within the connect timeout. Never blocks.
 */
final class DeskLists {

    private static final AtomicLong LIST_IDS = new AtomicLong();

    private final AmiSettings settings;
    private final SessionThreads threads;
    private final Supplier<SessionConnection> current;

    DeskLists(AmiSettings settings, SessionThreads threads, Supplier<SessionConnection> current) {
        this.settings = settings;
        this.threads = threads;
        this.current = current;
    }

    CompletableFuture<List<PbxEvent>> request(EventList list, String filter) {
        CompletableFuture<List<PbxEvent>> result = new CompletableFuture<>();
        SessionConnection conn = current.get();
        if (conn == null) {
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), null));
            return result;
        }
        String listId = "ringside-desk-" + LIST_IDS.incrementAndGet();
        FrameRouter router = conn.router();
        AtomicBoolean over = new AtomicBoolean();
        Consumer<AmiError> fail = error -> {
            if (over.compareAndSet(false, true)) {
                router.forgetList(listId);
                threads.onEventThread(() -> result.completeExceptionally(new AmiException(error, null)));
            }
        };
        EventListCollector collector = new EventListCollector(list, entries -> {
            if (over.compareAndSet(false, true)) {
                threads.onEventThread(() -> result.complete(entries));
            }
        }, fail);
        if (!router.expectList(listId, collector)) {
            fail.accept(new AmiError(AmiError.Kind.ACTION_FAILED, "Too many lists asked for at once",
                    list.actionName()));
            return result;
        }
        ManagerAction action = list.newAction(filter);
        action.setActionId(listId);
        try {
            conn.sendAction(action, response -> {
                AmiError error = DeskRefusals.of(list.actionName(), response);
                if (error != null) {
                    fail.accept(error);
                }
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            fail.accept(AmiErrors.notConnected());
            return result;
        }
        threads.schedule(() -> fail.accept(AmiErrors.actionTimeout(list.actionName())),
                settings.connectTimeout().toMillis());
        return result;
    }
}
