package dev.ringside.ui.fake;

import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallStatus;
import dev.ringside.ui.port.CallerStats;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryPage;
import dev.ringside.ui.port.HistoryCursor;
import dev.ringside.ui.port.HistoryQuery;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.HistoryResult;
import dev.ringside.ui.port.HistorySort;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Subscription;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An in-memory operator session: tests push call changes and connection states into it and read
 * back what the UI asked for (accepts, rejects, call-backs, notes).
 */
public class FakeSession implements OperatorSession {

    private final String displayName;
    private final List<String> numbers;
    private volatile ConnectionState state = new ConnectionState.Connected("22.1.0", true);
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<java.util.Optional<dev.ringside.ui.port.PbxSetupProblem>>> setupListeners =
            new CopyOnWriteArrayList<>();
    private volatile java.util.Optional<dev.ringside.ui.port.PbxSetupProblem> setupProblem = java.util.Optional.empty();
    private final List<CallListener> callListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> historyListeners = new CopyOnWriteArrayList<>();
    private final Map<String, Call> live = new LinkedHashMap<>();
    private final List<HistoryEntry> history = new CopyOnWriteArrayList<>();

    public final List<String> accepted = new CopyOnWriteArrayList<>();
    public final List<String> rejected = new CopyOnWriteArrayList<>();
    public final List<String> calledBack = new CopyOnWriteArrayList<>();
    public final Map<String, String> notes = new java.util.concurrent.ConcurrentHashMap<>();
    public final List<HistoryQuery> queries = new CopyOnWriteArrayList<>();
    public volatile Supplier<CompletableFuture<Void>> acceptResult = () -> CompletableFuture.completedFuture(null);
    public volatile Supplier<CompletableFuture<Void>> rejectResult = () -> CompletableFuture.completedFuture(null);
    public volatile CallerStats stats = CallerStats.NONE;
    public volatile int unseenMissed;
    public volatile int logouts;
    public volatile ZoneId zone = ZoneId.systemDefault();
    public volatile boolean answersPhone;
    public volatile boolean rejectEndsCall;

    public FakeSession(String displayName, String... numbers) {
        this.displayName = displayName;
        this.numbers = List.of(numbers);
    }

    // ---- driving the fake ----

    public void setConnectionState(ConnectionState s) {
        state = s;
        stateListeners.forEach(l -> l.accept(s));
    }

    /** Reports a call change the way the tracker would. */
    public void push(Call current) {
        Call previous;
        synchronized (live) {
            previous = live.get(current.linkedId());
            if (current.status().isLive()) {
                live.put(current.linkedId(), current);
            } else {
                live.remove(current.linkedId());
            }
        }
        callListeners.forEach(l -> l.callChanged(previous, current));
    }

    public void addHistory(HistoryEntry entry) {
        history.add(entry);
    }

    public void addHistory(List<HistoryEntry> entries) {
        history.addAll(entries);
    }

    public void fireHistoryChanged() {
        historyListeners.forEach(Runnable::run);
    }

    public int callListenerCount() {
        return callListeners.size();
    }

    // ---- OperatorSession ----

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<String> numbers() {
        return numbers;
    }

    @Override
    public ConnectionState connectionState() {
        return state;
    }

    /** The PBX's setup goes wrong (or right again). */
    public void setSetupProblem(java.util.Optional<dev.ringside.ui.port.PbxSetupProblem> problem) {
        setupProblem = problem;
        setupListeners.forEach(l -> l.accept(problem));
    }

    @Override
    public java.util.Optional<dev.ringside.ui.port.PbxSetupProblem> setupProblem() {
        return setupProblem;
    }

    @Override
    public Subscription onSetupProblem(Consumer<java.util.Optional<dev.ringside.ui.port.PbxSetupProblem>> listener) {
        setupListeners.add(listener);
        return () -> setupListeners.remove(listener);
    }

    @Override
    public Subscription onConnectionState(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    @Override
    public Subscription addCallListener(CallListener listener) {
        callListeners.add(listener);
        return () -> callListeners.remove(listener);
    }

    @Override
    public List<Call> liveCalls() {
        synchronized (live) {
            return List.copyOf(live.values());
        }
    }

    @Override
    public CompletableFuture<Void> accept(String linkedId) {
        accepted.add(linkedId);
        return acceptResult.get();
    }

    @Override
    public boolean acceptAnswersPhone() {
        return answersPhone;
    }

    @Override
    public boolean rejectEndsCall() {
        return rejectEndsCall;
    }

    @Override
    public CompletableFuture<Void> reject(String linkedId) {
        rejected.add(linkedId);
        return rejectResult.get();
    }

    @Override
    public CompletableFuture<Void> callBack(String number) {
        calledBack.add(number);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<HistoryPage> history(HistoryQuery query) {
        queries.add(query);
        List<HistoryEntry> matching = matching(query, true);
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(from + query.limit(), matching.size());
        return CompletableFuture.completedFuture(new HistoryPage(matching.subList(from, to), matching.size()));
    }

    @Override
    public CompletableFuture<Map<CallStatus, Long>> statusCounts(HistoryQuery query) {
        Map<CallStatus, Long> counts = new EnumMap<>(CallStatus.class);
        for (HistoryEntry e : matching(query, false)) {
            counts.merge(e.call().status(), 1L, Long::sum);
        }
        return CompletableFuture.completedFuture(counts);
    }

    private List<HistoryEntry> matching(HistoryQuery q, boolean withStatus) {
        String text = q.text().toLowerCase(Locale.ROOT);
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : history) {
            Call c = e.call();
            if (withStatus && !q.statuses().isEmpty() && !q.statuses().contains(c.status())) {
                continue;
            }
            if (!text.isEmpty() && !(contains(c.callerNumber(), text) || contains(c.callerName(), text)
                    || contains(c.receiverNumber(), text))) {
                continue;
            }
            LocalDate day = c.startedAt().atZone(zone).toLocalDate();
            if ((q.from() != null && day.isBefore(q.from())) || (q.to() != null && day.isAfter(q.to()))) {
                continue;
            }
            out.add(e);
        }
        out.sort(Comparator.comparing((HistoryEntry e) -> e.call().startedAt()).reversed());
        return out;
    }

    public final List<HistoryRequest> requests = new CopyOnWriteArrayList<>();
    /** When set, each history answer waits for a future the test completes (added here in order). */
    public volatile List<CompletableFuture<?>> historyDelay;

    /** A row of the fake's own list. */
    private record FakeCursor(String linkedId) implements HistoryCursor {
    }

    @Override
    public CompletableFuture<HistoryResult> history(HistoryRequest r) {
        requests.add(r);
        HistoryQuery asQuery = new HistoryQuery(r.text(), r.statuses(), r.from(), r.to(), 0, 1);
        List<HistoryEntry> all = matching(asQuery, true);
        all.removeIf(e -> !r.directions().isEmpty() && !r.directions().contains(e.call().direction()));
        @SuppressWarnings("unchecked")
        Comparator<HistoryEntry> byKey = Comparator.comparing((HistoryEntry e) -> sortKey(r.sort(), e));
        Comparator<HistoryEntry> order = byKey.thenComparing((HistoryEntry e) -> e.call().startedAt(),
                Comparator.reverseOrder());
        boolean backwards = r.sort() == HistorySort.TIME ? !r.descending() : r.descending();
        all.sort(backwards ? order.reversed() : order);
        int from = switch (r.position()) {
            case FIRST -> 0;
            case AFTER -> indexOf(all, r.cursor()) + 1;
            case BEFORE -> Math.max(0, indexOf(all, r.cursor()) - r.limit());
            case LAST -> Math.max(0, all.size() - r.limit());
        };
        int to = r.position() == HistoryRequest.Position.BEFORE ? indexOf(all, r.cursor())
                : Math.min(all.size(), from + r.limit());
        List<HistoryEntry> rows = all.subList(from, Math.max(from, to));
        Map<CallStatus, Long> counts = new EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            counts.put(s, 0L);
        }
        for (HistoryEntry e : matching(asQuery, false)) {
            counts.merge(e.call().status(), 1L, Long::sum);
        }
        HistoryResult result = new HistoryResult(rows,
                from > 0 && !rows.isEmpty() ? new FakeCursor(rows.get(0).call().linkedId()) : null,
                to < all.size() && !rows.isEmpty() ? new FakeCursor(rows.get(rows.size() - 1).call().linkedId()) : null,
                all.size(), true, counts);
        List<CompletableFuture<?>> delay = historyDelay;
        if (delay != null) {
            CompletableFuture<Object> gate = new CompletableFuture<>();
            delay.add(gate);
            return gate.thenApply(x -> result);
        }
        return CompletableFuture.completedFuture(result);
    }

    private static int indexOf(List<HistoryEntry> all, HistoryCursor cursor) {
        String id = ((FakeCursor) cursor).linkedId();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).call().linkedId().equals(id)) {
                return i;
            }
        }
        return all.size();
    }

    @SuppressWarnings("rawtypes")
    private static Comparable sortKey(HistorySort sort, HistoryEntry e) {
        Call c = e.call();
        return switch (sort) {
            case TIME -> 0;
            case PARTY -> String.valueOf(c.otherPartyNumber());
            case NAME -> c.callerName() == null ? "" : c.callerName().toLowerCase(Locale.ROOT);
            case STATUS -> c.status().wireName();
            case RING -> e.ringTime() == null ? -1L : e.ringTime().toMillis();
            case TALK -> e.talkTime() == null ? -1L : e.talkTime().toMillis();
        };
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    @Override
    public CompletableFuture<CallerStats> callerStats(String callerNumber, String exceptLinkedId) {
        return CompletableFuture.completedFuture(stats);
    }

    @Override
    public CompletableFuture<Void> updateNotes(String linkedId, String text) {
        notes.put(linkedId, text);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Integer> unseenMissedCount() {
        return CompletableFuture.completedFuture(unseenMissed);
    }

    @Override
    public CompletableFuture<Void> markMissedSeen() {
        unseenMissed = 0;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Subscription onHistoryChanged(Runnable listener) {
        historyListeners.add(listener);
        return () -> historyListeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> logout() {
        logouts++;
        return CompletableFuture.completedFuture(null);
    }

    // ---- contacts ----

    /** What {@link #identify} answers; by default nobody is known. */
    public volatile java.util.function.Function<String, CompletableFuture<java.util.Optional<dev.ringside.contacts.CallerMatch>>>
            identifyResult = n -> CompletableFuture.completedFuture(java.util.Optional.empty());
    public volatile dev.ringside.ui.port.ContactBook contactBook = dev.ringside.ui.port.ContactBook.NONE;
    /** The desk, where a test gives one; none by default. */
    public volatile FakeDesk desk;

    @Override
    public java.util.Optional<dev.ringside.ui.port.Desk> desk() {
        return java.util.Optional.ofNullable(desk);
    }

    @Override
    public CompletableFuture<java.util.Optional<dev.ringside.contacts.CallerMatch>> identify(String number) {
        return identifyResult.apply(number);
    }

    @Override
    public dev.ringside.ui.port.ContactBook contacts() {
        return contactBook;
    }

    private final List<java.util.function.BiConsumer<String, java.util.Optional<dev.ringside.contacts.CallerMatch>>>
            callerListeners = new CopyOnWriteArrayList<>();
    public final List<String> crmOpened = new CopyOnWriteArrayList<>();
    public volatile boolean crmButton;
    public volatile dev.ringside.ui.port.LookupSetup lookupSetup;

    /** A live call's contact was found again (the contacts changed), as the session tells it. */
    public void fireCallerChanged(String linkedId, java.util.Optional<dev.ringside.contacts.CallerMatch> match) {
        callerListeners.forEach(l -> l.accept(linkedId, match));
    }

    @Override
    public Subscription onCallerChanged(
            java.util.function.BiConsumer<String, java.util.Optional<dev.ringside.contacts.CallerMatch>> listener) {
        callerListeners.add(listener);
        return () -> callerListeners.remove(listener);
    }

    @Override
    public boolean crmButton() {
        return crmButton;
    }

    @Override
    public CompletableFuture<Boolean> openCrm(String linkedId) {
        crmOpened.add(linkedId);
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public dev.ringside.ui.port.LookupSetup lookupSetup() {
        return lookupSetup;
    }
}
