package dev.ringside.ui.popup;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which incoming-call windows are open. At most {@link #MAX_WINDOWS} calls get a window of their
 * own; every other ringing call only counts in {@link #moreRingingProperty()} (one summary window),
 * so a flood of calls costs a few windows, not thousands. An open window stays where it is while
 * more calls arrive (the operator may be about to click it); a window that closes makes room for
 * the newest call still waiting.
 */
public final class IncomingCallsViewModel {

    public static final int MAX_WINDOWS = 3;

    private final OperatorSession session;
    private final UiThread ui;
    private final Clock clock;
    private final ObservableList<IncomingCallViewModel> popups = FXCollections.observableArrayList();
    private final ObservableList<IncomingCallViewModel> readOnlyPopups = FXCollections.unmodifiableObservableList(popups);
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper moreRinging = new ReadOnlyIntegerWrapper(0);
    private int maxWindows = MAX_WINDOWS;
    /** Ringing calls without a window, by arrival: the newest is the last key. */
    private final TreeMap<Long, Call> waiting = new TreeMap<>();
    private final Map<String, Long> waitingKeys = new HashMap<>();
    private final Map<String, IncomingCallViewModel> open = new HashMap<>();
    /** Calls that had their turn (a window, a dismissal): never popped again. */
    private final Set<String> shown = new HashSet<>();
    private long arrivals;
    private Subscription subscription;

    public IncomingCallsViewModel(OperatorSession session, UiThread ui, Clock clock) {
        this.session = session;
        this.ui = ui;
        this.clock = clock;
    }

    /** Starts listening to the session, and opens windows for calls already ringing. */
    public void start() {
        subscription = session.addCallListener((previous, current) -> ui.run(() -> callChanged(current)));
        ui.run(() -> session.liveCalls().forEach(this::callChanged));
    }

    public void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        popups.clear();
        open.clear();
        waiting.clear();
        waitingKeys.clear();
        moreRinging.set(0);
    }

    void callChanged(Call current) {
        String id = current.linkedId();
        IncomingCallViewModel popup = open.get(id);
        if (popup != null) {
            popup.callChanged(current);
            return;
        }
        boolean ringing = current.status() == CallStatus.INCOMING && current.answeredAt() == null;
        Long key = waitingKeys.get(id);
        if (key != null) {
            if (ringing) {
                waiting.put(key, current);
            } else {
                waiting.remove(key);
                waitingKeys.remove(id);
                moreRinging.set(waiting.size());
            }
            return;
        }
        if (current.status().isTerminal()) {
            shown.remove(id);
            return;
        }
        if (!ringing || !isMine(current) || !enabled.get() || paused.get() || shown.contains(id)) {
            return;
        }
        long k = arrivals++;
        waiting.put(k, current);
        waitingKeys.put(id, k);
        fill();
    }

    /** Opens windows for the newest waiting calls while there is room. */
    private void fill() {
        while (open.size() < maxWindows && !waiting.isEmpty()) {
            Map.Entry<Long, Call> newest = waiting.pollLastEntry();
            Call call = newest.getValue();
            waitingKeys.remove(call.linkedId());
            shown.add(call.linkedId());
            IncomingCallViewModel popup = new IncomingCallViewModel(call, session, ui, clock);
            popup.closedProperty().addListener((obs, was, closed) -> {
                if (closed) {
                    open.remove(popup.linkedId());
                    popups.remove(popup);
                    fill();
                }
            });
            open.put(call.linkedId(), popup);
            popups.add(popup);
        }
        moreRinging.set(waiting.size());
    }

    /**
     * How many call windows the screen has room for (1 to {@link #MAX_WINDOWS}): a short screen
     * gets fewer, the rest count in the "more ringing" window. Open windows stay.
     */
    public void setMaxWindows(int n) {
        maxWindows = Math.max(1, Math.min(MAX_WINDOWS, n));
        fill();
    }

    private boolean isMine(Call call) {
        return call.operatorNumber() == null || session.numbers().contains(call.operatorNumber());
    }

    public void tick(Instant now) {
        popups.forEach(p -> p.tick(now));
    }

    public ObservableList<IncomingCallViewModel> popups() {
        return readOnlyPopups;
    }

    /** Calls ringing for the operator without a window of their own (the "+N more ringing" window). */
    public ReadOnlyIntegerProperty moreRingingProperty() {
        return moreRinging.getReadOnlyProperty();
    }

    /** The "popups on" setting. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** "Pause popups" from the tray menu. */
    public BooleanProperty pausedProperty() {
        return paused;
    }
}
