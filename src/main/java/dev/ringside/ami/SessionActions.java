package dev.ringside.ami;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PJSIPNotifyAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actions the app sends for the operator. Each completes on the session's event thread with
 * the PBX's answer, or fails with an {@link AmiException} (refused, not connected, or no answer
 * within the connect timeout); none ever blocks the caller.
 */
final class SessionActions {

    private static final Logger LOG = LoggerFactory.getLogger(SessionActions.class);

    private final AmiSettings settings;
    private final SessionThreads threads;
    private final Supplier<SessionConnection> current;

    SessionActions(AmiSettings settings, SessionThreads threads, Supplier<SessionConnection> current) {
        this.settings = settings;
        this.threads = threads;
        this.current = current;
    }

    CompletableFuture<Void> hangup(String channel, int cause) {
        // a plain sendAction: asterisk-java's event-generating form waits for a list Asterisk only
        // sends for regex channels
        return send("Hangup", new HangupAction(channel, cause)).thenApply(r -> null);
    }

    CompletableFuture<Void> remoteAnswer(String channel) {
        PJSIPNotifyAction notify = new PJSIPNotifyAction();
        notify.setChannel(channel);
        notify.setVariable("Event", "talk");
        return send("PJSIPNotify", notify).thenApply(r -> null);
    }

    CompletableFuture<Void> originate(String operatorDevice, String number, String context, String callerId) {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(operatorDevice);
        originate.setExten(number);
        originate.setContext(context);
        originate.setPriority(1);
        if (callerId != null && !callerId.isBlank()) {
            originate.setCallerId(callerId);
        }
        originate.setAsync(Boolean.TRUE);
        return send("Originate", originate).thenApply(r -> null);
    }

    CompletableFuture<Void> queuePause(String queue, String memberInterface, boolean paused, String reason) {
        QueuePauseAction pause = new QueuePauseAction(memberInterface, paused);
        if (queue != null && !queue.isBlank()) {
            pause.setQueue(queue);
        }
        if (reason != null && !reason.isBlank()) {
            pause.setReason(reason);
        }
        return send("QueuePause", pause, DeskRefusals::of).thenApply(r -> null);
    }

    /**
     * Sends any action and completes with the PBX's answer; an {@code Error} answer fails the future
     * with the operator-readable reason. For actions other engineers add: name is what the log and
     * the error message call it.
     */
    CompletableFuture<ManagerResponse> send(String name, ManagerAction action) {
        return send(name, action, AmiErrors::actionFailure);
    }

    /** As {@link #send(String, ManagerAction)}, with the action's own reading of the PBX's refusals. */
    CompletableFuture<ManagerResponse> send(String name, ManagerAction action,
                                            java.util.function.BiFunction<String, ManagerResponse, AmiError> refusal) {
        CompletableFuture<ManagerResponse> result = new CompletableFuture<>();
        SessionConnection conn = current.get();
        if (conn == null) {
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), null));
            return result;
        }
        try {
            conn.sendAction(action, response -> {
                AmiError error = refusal.apply(name, response);
                if (error != null) {
                    LOG.warn("{} failed: {} (PBX said: {})", name, error.message(),
                            response == null ? "nothing, link dropped" : response.getMessage());
                }
                threads.onEventThread(() -> {
                    if (error == null) {
                        result.complete(response);
                    } else {
                        result.completeExceptionally(new AmiException(error, null));
                    }
                });
            });
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            LOG.warn("Could not send {}: {}", name, e.toString());
            result.completeExceptionally(new AmiException(AmiErrors.notConnected(), e));
            return result;
        }
        failOnTimeout(result, name);
        return result;
    }

    /** Fails {@code result} on the event thread if nothing completed it within the connect timeout. */
    void failOnTimeout(CompletableFuture<?> result, String name) {
        if (threads.schedule(() -> {
            if (!result.isDone()) {
                threads.onEventThread(() -> result.completeExceptionally(new AmiException(AmiErrors.actionTimeout(name), null)));
            }
        }, settings.connectTimeout().toMillis()) == null) {
            result.completeExceptionally(LoginAttempt.closedError());
        }
    }
}
