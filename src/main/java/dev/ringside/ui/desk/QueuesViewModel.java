package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.desk.Membership;
import dev.ringside.desk.QueueState;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.Desk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queues panel: the queues the operator is in (and those the administrator lets them log in
 * to), with callers waiting, the longest wait, members logged in and free, and the operator's
 * place; pause or resume one queue, log in or out.
 */
public final class QueuesViewModel {

    private final Desk desk;
    private final UiThread ui;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    /** Kept in a field: a wrapper made per call would be garbage-collected under the view's listener. */
    private final ObservableList<QueueRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private List<QueueState> queues = List.of();

    QueuesViewModel(Desk desk, UiThread ui) {
        this.desk = desk;
        this.ui = ui;
    }

    void refresh(Instant now) {
        queues = desk.queues();
        tick(now);
    }

    /** Once a second: the longest waits go on. */
    void tick(Instant now) {
        List<String> loginQueues = desk.loginQueues();
        List<QueueRow> next = new ArrayList<>();
        int total = 0;
        for (QueueState q : queues) {
            boolean mayLogIn = loginQueues.contains(q.queue());
            if (!q.isMember() && !mayLogIn) {
                continue;
            }
            total += q.waiting();
            next.add(row(q, mayLogIn, now));
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        waiting.set(total);
    }

    private static QueueRow row(QueueState q, boolean mayLogIn, Instant now) {
        String longest = q.longestWaitSince() == null ? "" : TimeText.duration(Duration.between(q.longestWaitSince(), now));
        String members = lang("desk.queues.members", q.loggedIn(), q.available());
        Membership m = q.membership();
        String status;
        String style;
        if (m == null) {
            status = lang("desk.queues.status.out");
            style = "status-out";
        } else if (m.paused()) {
            status = m.pausedReason().isBlank() ? lang("desk.queues.status.paused")
                    : lang("desk.queues.status.pausedReason", m.pausedReason());
            style = "status-paused";
        } else if (m.deviceStatus() == 6 || m.deviceStatus() == 7) {
            status = lang("desk.queues.status.ringing");
            style = "status-busy";
        } else if (m.inCall() || m.deviceStatus() == 2 || m.deviceStatus() == 3) {
            status = lang("desk.queues.status.busy");
            style = "status-busy";
        } else if (m.deviceStatus() == 5 || m.deviceStatus() == 4) {
            status = lang("desk.queues.status.unreachable");
            style = "status-out";
        } else {
            status = lang("desk.queues.status.available");
            style = "status-available";
        }
        boolean member = m != null;
        String waitingText = q.waiting() == 0 ? lang("desk.queues.nobodyWaiting") : plural("desk.queues.waiting", q.waiting());
        return new QueueRow(q.queue(), q.waiting(), waitingText, longest, members, status, style,
                member && !m.paused(), member && m.paused(), !member && mayLogIn, member && m.dynamic() && mayLogIn);
    }

    public void pause(String queue, String reason) {
        run(desk.pause(queue, reason));
    }

    public void resume(String queue) {
        run(desk.unpause(queue));
    }

    public void login(String queue) {
        run(desk.login(queue));
    }

    public void logout(String queue) {
        run(desk.logout(queue));
    }

    private void run(CompletableFuture<Void> action) {
        busy.set(true);
        message.set("");
        ui.deliver(action, ok -> busy.set(false), failure -> {
            busy.set(false);
            message.set(UiThread.messageOf(failure));
        });
    }

    public ObservableList<QueueRow> rows() { return readOnlyRows; }
    /** Callers waiting in the operator's queues, for the tab's title. */
    public ReadOnlyIntegerProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    /** Why the last action failed, in plain words; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
