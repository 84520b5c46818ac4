package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Subscription;
import dev.ringside.ui.port.TransferTargets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything of the operator's desk for the main window: the break, the queues, colleagues, "My
 * day", and the controls of each live call. Fed by the desk's change notices on the UI thread and
 * the one-second tick.
 */
public final class DeskViewModel {

    private final Desk desk;
    private final OperatorSession session;
    private final UiThread ui;
    private final Clock clock;
    private final BreakViewModel breaks;
    private final QueuesViewModel queues;
    private final ColleaguesViewModel colleagues;
    private final MyDayViewModel myDay;
    private final List<TransferTargets> targets = new ArrayList<>();
    private final Map<String, CallControlsViewModel> controls = new LinkedHashMap<>();
    /** Calls that ended with a transfer under way: its outcome may come after the call left "Now". */
    private final Map<String, CallControlsViewModel> ended = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallControlsViewModel> eldest) {
            return size() > 5;
        }
    };
    private final javafx.beans.property.ReadOnlyStringWrapper lastTransfer = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Runnable onBreakChanged = () -> { };
    private int ticks;

    public DeskViewModel(Desk desk, OperatorSession session, UiThread ui, Clock clock) {
        this.desk = desk;
        this.session = session;
        this.ui = ui;
        this.clock = clock;
        this.breaks = new BreakViewModel(desk, ui);
        this.queues = new QueuesViewModel(desk, ui);
        this.colleagues = new ColleaguesViewModel(desk, session, ui);
        this.myDay = new MyDayViewModel(desk, ui);
        targets.add(new ColleagueTargets(desk));
    }

    /** Another source of transfer targets (contacts), asked after the colleagues. */
    public void addTransferTargets(TransferTargets source) {
        targets.add(source);
    }

    public void start() {
        subscriptions.add(desk.onChanged(() -> ui.run(this::refresh)));
        subscriptions.add(desk.onTransfer(p -> ui.run(() -> {
            CallControlsViewModel c = controls.get(p.linkedId());
            if (c != null) {
                c.transferChanged(p);
            } else if ((c = ended.get(p.linkedId())) != null) {
                c.transferChanged(p);
                lastTransfer.set(outcome(c));
            }
        })));
        subscriptions.add(session.addCallListener((before, now) -> ui.run(() -> callChanged(now))));
        subscriptions.add(session.onHistoryChanged(() -> ui.run(myDay::refresh)));
        ui.run(() -> {
            refresh();
            myDay.refresh();
        });
    }

    public void stop() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
    }

    private void refresh() {
        Instant now = clock.instant();
        boolean wasOnBreak = breaks.onBreakProperty().get();
        breaks.refresh(now);
        queues.refresh(now);
        colleagues.refresh();
        if (wasOnBreak != breaks.onBreakProperty().get()) {
            onBreakChanged.run();
            myDay.refresh();
        }
    }

    private void callChanged(Call now) {
        CallControlsViewModel c = controls.get(now.linkedId());
        if (c != null) {
            c.callChanged(now);
        }
        if (now.status().isTerminal()) {
            controls.remove(now.linkedId());
            if (c != null && c.transferStarted()) {
                ended.put(now.linkedId(), c);
                lastTransfer.set(outcome(c));
            }
        }
        colleagues.refresh();
    }

    /** Once a second: break and wait timers; "My day" once a minute (its break time goes on). */
    public void tick(Instant now) {
        breaks.tick(now);
        queues.tick(now);
        if (++ticks % 60 == 0) {
            myDay.refresh();
        }
    }

    /** The controls of a live call, made on first use and kept while it lasts. */
    public CallControlsViewModel controls(Call call) {
        return controls.computeIfAbsent(call.linkedId(), id -> new CallControlsViewModel(call, desk, ui, targets,
                session.contacts()));
    }

    /** "Anna Smith: Transferred to Ivan Petrov (201)": a transfer's last word after its call left "Now". */
    private static String outcome(CallControlsViewModel c) {
        return lang("desk.transfer.outcome", c.party(), c.statusProperty().get());
    }

    /** The outcome of the last transfer whose call has left "Now"; "" before any. */
    public javafx.beans.property.ReadOnlyStringProperty lastTransferProperty() {
        return lastTransfer.getReadOnlyProperty();
    }

    /** Called (on the UI thread) when a break begins or ends: the tray shows it. */
    public void setOnBreakChanged(Runnable listener) {
        this.onBreakChanged = listener;
    }

    public BreakViewModel breaks() { return breaks; }
    public QueuesViewModel queues() { return queues; }
    public ColleaguesViewModel colleagues() { return colleagues; }
    public MyDayViewModel myDay() { return myDay; }
}
