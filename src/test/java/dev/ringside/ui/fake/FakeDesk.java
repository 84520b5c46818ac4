package dev.ringside.ui.fake;

import dev.ringside.desk.BreakState;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Membership;
import dev.ringside.desk.Presence;
import dev.ringside.desk.QueueState;
import dev.ringside.desk.TransferProgress;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A desk whose queues, presence and day a test sets, recording what the UI asks of it; pause and
 * unpause change its own queues (as the PBX's events would), transfers report their progress when
 * a test moves them on.
 */
public final class FakeDesk implements Desk {

    public final List<String> actions = new CopyOnWriteArrayList<>();
    public volatile List<QueueState> queues = new ArrayList<>();
    public volatile List<String> loginQueues = List.of();
    public volatile List<String> breakReasons = List.of();
    public volatile List<Colleague> colleagues = List.of();
    public final Map<String, Presence> presence = new ConcurrentHashMap<>();
    public volatile DayStats day = emptyDay();
    public volatile Supplier<CompletableFuture<Void>> result = () -> CompletableFuture.completedFuture(null);
    private final Map<String, TransferProgress> transfers = new ConcurrentHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<TransferProgress>> transferListeners = new CopyOnWriteArrayList<>();

    public static DayStats emptyDay() {
        List<DayStats.HourCount> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(new DayStats.HourCount(h, 0, 0, 0));
        }
        return new DayStats(0, 0, 0, null, null, Duration.ZERO, hours);
    }

    public static QueueState queue(String name, int waiting, Instant longestSince, int in, int free, Membership m) {
        return new QueueState(name, waiting, longestSince, in, free, m);
    }

    public static Membership member(String iface, boolean dynamic, boolean paused, String reason, Instant since) {
        return new Membership(iface, "Operator", dynamic, paused, reason, since, false, 1);
    }

    public void fireChanged() {
        changeListeners.forEach(Runnable::run);
    }

    public void progress(TransferProgress p) {
        transfers.put(p.linkedId(), p);
        transferListeners.forEach(l -> l.accept(p));
    }

    @Override
    public List<QueueState> queues() {
        return queues;
    }

    @Override
    public List<String> loginQueues() {
        return loginQueues;
    }

    @Override
    public BreakState breakState() {
        List<String> paused = new ArrayList<>();
        Instant since = null;
        String reason = "";
        for (QueueState q : queues) {
            if (q.isMember() && q.membership().paused()) {
                paused.add(q.queue());
                since = q.membership().pausedSince();
                reason = q.membership().pausedReason();
            }
        }
        return paused.isEmpty() ? BreakState.NONE : new BreakState(true, since, reason, paused);
    }

    @Override
    public List<String> breakReasons() {
        return breakReasons;
    }

    @Override
    public Subscription onChanged(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> pause(String queue, String reason) {
        actions.add("pause " + queue + " " + reason);
        return result.get().thenRun(() -> setPaused(queue, true, reason));
    }

    @Override
    public CompletableFuture<Void> unpause(String queue) {
        actions.add("unpause " + queue);
        return result.get().thenRun(() -> setPaused(queue, false, ""));
    }

    private void setPaused(String queue, boolean paused, String reason) {
        List<QueueState> next = new ArrayList<>();
        for (QueueState q : queues) {
            Membership m = q.membership();
            if (m != null && (queue == null || queue.equals(q.queue()))) {
                m = new Membership(m.memberInterface(), m.memberName(), m.dynamic(), paused, reason,
                        paused ? Instant.now() : null, m.inCall(), m.deviceStatus());
            }
            next.add(new QueueState(q.queue(), q.waiting(), q.longestWaitSince(), q.loggedIn(), q.available(), m));
        }
        queues = next;
        fireChanged();
    }

    @Override
    public CompletableFuture<Void> login(String queue) {
        actions.add("login " + queue);
        return result.get();
    }

    @Override
    public CompletableFuture<Void> logout(String queue) {
        actions.add("logout " + queue);
        return result.get();
    }

    @Override
    public List<Colleague> colleagues() {
        return colleagues;
    }

    @Override
    public Presence presence(String extension) {
        return presence.getOrDefault(extension, Presence.UNKNOWN);
    }

    @Override
    public CompletableFuture<Void> hangup(String linkedId) {
        actions.add("hangup " + linkedId);
        return result.get();
    }

    @Override
    public CompletableFuture<Void> blindTransfer(String linkedId, String number) {
        actions.add("transfer " + linkedId + " " + number);
        progress(new TransferProgress(linkedId, false, number, TransferProgress.Stage.SENDING, null));
        return result.get();
    }

    @Override
    public CompletableFuture<Void> attendedTransfer(String linkedId, String number) {
        actions.add("consult " + linkedId + " " + number);
        progress(new TransferProgress(linkedId, true, number, TransferProgress.Stage.SENDING, null));
        return result.get();
    }

    @Override
    public CompletableFuture<Void> completeTransfer(String linkedId) {
        actions.add("complete " + linkedId);
        return result.get();
    }

    @Override
    public CompletableFuture<Void> cancelTransfer(String linkedId) {
        actions.add("cancel " + linkedId);
        return result.get();
    }

    @Override
    public Optional<TransferProgress> transfer(String linkedId) {
        return Optional.ofNullable(transfers.get(linkedId));
    }

    @Override
    public Subscription onTransfer(Consumer<TransferProgress> listener) {
        transferListeners.add(listener);
        return () -> transferListeners.remove(listener);
    }

    @Override
    public CompletableFuture<DayStats> myDay() {
        return CompletableFuture.completedFuture(day);
    }
}
