package dev.ringside.app;

import dev.ringside.ami.ConnectionState;
import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallStatus;
import dev.ringside.contacts.CallerIdentifier;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.ContactsException;
import dev.ringside.crm.CrmLauncher;
import dev.ringside.phone.HomeCountry;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.history.CallHistory;
import dev.ringside.ui.port.LookupSettings;
import dev.ringside.ui.port.LookupSetup;
import dev.ringside.ui.port.ContactBook;
import dev.ringside.history.CallPage;
import dev.ringside.history.CallQuery;
import dev.ringside.history.CallSort;
import dev.ringside.history.CallTotals;
import dev.ringside.history.PageCursor;
import dev.ringside.history.HistoryException;
import dev.ringside.history.HistoryWriter;
import dev.ringside.history.Operator;
import dev.ringside.history.StoredCall;
import dev.ringside.ui.port.CallerStats;
import dev.ringside.ui.port.HistoryEntry;
import dev.ringside.ui.port.HistoryPage;
import dev.ringside.ui.port.HistoryCursor;
import dev.ringside.ui.port.HistoryQuery;
import dev.ringside.ui.port.HistoryRequest;
import dev.ringside.ui.port.HistoryResult;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.PbxSetupProblem;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Subscription;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in operator for the UI: the live engine for calls and actions, the H2 history for the
 * table. History reads run on their own thread so the UI never waits on disk.
 */
final class EngineOperatorSession implements OperatorSession {

    private static final Logger log = LoggerFactory.getLogger(EngineOperatorSession.class);
    private static final java.time.Duration LIVE_NOTE_PERIOD = java.time.Duration.ofSeconds(10);

    private final CallEngine engine;
    private final CallHistory history;
    private final Operator operator;
    private final HistoryWriter writer;
    private final Supplier<Settings> settings;
    private final boolean demo;
    private final Runnable onLogout;
    private final Clock clock;
    private final ExecutorService reads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ringside-history-read");
        t.setDaemon(true);
        return t;
    });
    private final ContactStore contactStore;
    private final DirectoryLink directory;
    private final CallerIdentifier identifier;
    private final EngineContactBook contactBook;
    private final CrmLauncher crm;
    private final CallContacts callContacts;
    private final EngineLookupSetup lookupSetup;
    private final Runnable homeCountryWatch;
    private final ExecutorService lookupWork = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ringside-lookup-settings");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<CallListener> callListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> historyListeners = new CopyOnWriteArrayList<>();
    private final OperatorDesk desk;
    private final List<Consumer<Optional<PbxSetupProblem>>> setupListeners = new CopyOnWriteArrayList<>();

    /**
     * Wires the engine to history and to the UI's listeners; {@link CallEngine#start()} is the
     * caller's to do afterwards, so no event is missed.
     */
    EngineOperatorSession(CallEngine engine, CallHistory history, Operator operator, Supplier<Settings> settings,
                          boolean demo, Runnable onLogout, Clock clock) {
        this(engine, history, operator, settings, demo, onLogout, clock, DeskSettings.none(""), ContactsContext.none());
    }

    EngineOperatorSession(CallEngine engine, CallHistory history, Operator operator, Supplier<Settings> settings,
                          boolean demo, Runnable onLogout, Clock clock, DeskSettings deskSettings) {
        this(engine, history, operator, settings, demo, onLogout, clock, deskSettings, ContactsContext.none());
    }

    EngineOperatorSession(CallEngine engine, CallHistory history, Operator operator, Supplier<Settings> settings,
                          boolean demo, Runnable onLogout, Clock clock, DeskSettings deskSettings,
                          ContactsContext contacts) {
        // numbers are read in the operator's home country; a change of it re-keys them (homeCountryChanged)
        this.contactStore = new ContactStore(history.dataSource(), HomeCountry.numbers());
        this.lookupSetup = new EngineLookupSetup(new LookupSettingsFile(contacts.configFolder()), contacts.secrets(),
                lookupWork, contactStore::phoneNumbers, this::lookupSettingsSaved);
        this.directory = new DirectoryLink(lookupSetup.current().directory(), d -> () -> lookupSetup.password(d),
                contactStore.phoneNumbers());
        this.identifier = new CallerIdentifier(contactStore, directory, contacts.patience());
        this.crm = new CrmLauncher(() -> lookupSetup.current().crm(), contacts.browser(), lookupWork);
        this.engine = engine;
        this.demo = demo;
        this.history = history;
        this.operator = operator;
        this.settings = settings;
        this.onLogout = onLogout;
        this.clock = clock;
        this.writer = new HistoryWriter(history, operator.id(), new HistoryWriter.Observer() {
            @Override
            public void saved(Call call, boolean stored) {
                if (stored) {
                    historyListeners.forEach(EngineOperatorSession::runQuietly);
                }
            }

            @Override
            public void failed(HistoryException error) {
                log.warn("Could not store a call in history: {}", error.getMessage());
            }
        });
        engine.addCallListener(writer);
        // after the writer: a call's contact is noted once its row is written
        this.callContacts = new CallContacts(identifier, writer, crm, contactStore::phoneNumbers);
        engine.addCallListener(callContacts);
        this.contactBook = new EngineContactBook(contactStore, reads, callContacts::contactsChanged);
        this.homeCountryWatch = HomeCountry.onChange(this::homeCountryChanged);
        // the number index is read once, off every thread that waits: the first ring finds it ready
        reads.execute(() -> {
            try {
                contactStore.loadIndex();
            } catch (ContactsException e) {
                log.warn("Contacts unavailable: {}", e.getMessage());
            }
        });
        // a crash or kill loses at most this much of a live call's ring or talk time
        engine.whileCallsLive(LIVE_NOTE_PERIOD, live -> writer.touchLive(
                live.stream().map(Call::linkedId).toList(), clock.instant()));
        engine.addCallListener((before, now) -> {
            for (CallListener l : callListeners) {
                try {
                    l.callChanged(before, now);
                } catch (RuntimeException e) {
                    log.warn("A call listener failed", e);
                }
            }
        });
        engine.addStateListener(state -> stateListeners.forEach(l -> l.accept(state)));
        engine.addFilterProblemListener(problem -> {
            Optional<PbxSetupProblem> setup = setupProblem();
            setupListeners.forEach(l -> l.accept(setup));
        });
        // calls stored as live by an earlier run (quit, crash) that the PBX no longer has: end them
        engine.addSnapshotListener(live -> writer.endAbandonedLiveCalls(live).thenAccept(ended -> {
            if (ended > 0) {
                log.info("Ended {} call(s) stored as live that the PBX no longer has", ended);
                historyListeners.forEach(EngineOperatorSession::runQuietly);
            }
        }));
        this.desk = new OperatorDesk(engine, deskSettings,
                new BreakLog(history, operator.id(), reads, clock.getZone()), clock);
    }

    @Override
    public java.util.Optional<dev.ringside.ui.port.Desk> desk() {
        return java.util.Optional.of(desk);
    }

    CallEngine engine() {
        return engine;
    }

    /**
     * The operator's name as history knows it, or "" while it knows only the numbers (the name the
     * login stores, "Operator 777, 888", is English: the UI then says it in the operator's language).
     */
    @Override
    public String displayName() {
        String name = operator.displayName();
        String byNumbers = "Operator " + String.join(", ", numbers());
        return name == null || name.equals(byNumbers) || numbers().contains(name) ? "" : name;
    }

    @Override
    public List<String> numbers() {
        return engine.numbers().numbers();
    }

    @Override
    public ConnectionState connectionState() {
        return engine.connectionState();
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
    public Optional<PbxSetupProblem> setupProblem() {
        return engine.filterProblem().map(f -> new PbxSetupProblem(List.copyOf(f.numbers()), engine.filterFixCommand()));
    }

    @Override
    public Subscription onSetupProblem(Consumer<Optional<PbxSetupProblem>> listener) {
        setupListeners.add(listener);
        return () -> setupListeners.remove(listener);
    }

    @Override
    public List<Call> liveCalls() {
        return engine.liveCalls();
    }

    @Override
    public CompletableFuture<Void> accept(String linkedId) {
        applySettings();
        callContacts.accepted(linkedId);
        return engine.accept(linkedId).thenCompose(call -> writer.markAccepted(linkedId, call.acceptedAt()))
                .thenApply(stored -> null);
    }

    @Override
    public boolean acceptAnswersPhone() {
        // the demo PBX's phones always take the talk event
        return demo || settings.get().remoteAnswer();
    }

    @Override
    public boolean rejectEndsCall() {
        return settings.get().rejectMode() == dev.ringside.ui.port.RejectMode.CALLER;
    }

    @Override
    public CompletableFuture<Void> reject(String linkedId) {
        applySettings();
        return engine.reject(linkedId);
    }

    @Override
    public CompletableFuture<Void> callBack(String number) {
        return engine.callBack(number);
    }

    @Override
    public CompletableFuture<HistoryPage> history(HistoryQuery query) {
        return read(() -> {
            CallQuery base = toCallQuery(query).build();
            List<StoredCall> rows = slice(base, query.offset(), query.limit());
            List<HistoryEntry> entries = new ArrayList<>(rows.size());
            for (StoredCall row : rows) {
                entries.add(entry(row));
            }
            return new HistoryPage(entries, history.count(base));
        });
    }

    /** How many matching calls are counted at most when a search matches much of a big history. */
    static final long COUNT_CAP = 1_000;

    /** A store cursor handed to the UI, which only gives it back. */
    private record StoreCursor(PageCursor cursor) implements HistoryCursor {
    }

    @Override
    public CompletableFuture<HistoryResult> history(HistoryRequest request) {
        return read(() -> {
            CallQuery.Builder b = toCallQuery(request.text(), request.statuses(), request.from(), request.to())
                    .directions(request.directions())
                    .sort(CallSort.valueOf(request.sort().name()), request.descending())
                    .pageSize(Math.min(request.limit(), CallQuery.MAX_PAGE_SIZE));
            switch (request.position()) {
                case AFTER -> b.after(((StoreCursor) request.cursor()).cursor());
                case BEFORE -> b.before(((StoreCursor) request.cursor()).cursor());
                case LAST -> b.last(true);
                default -> { }
            }
            CallQuery query = b.build();
            CallPage page = history.find(query);
            CallTotals totals = history.totals(query, COUNT_CAP);
            List<HistoryEntry> rows = new ArrayList<>(page.calls().size());
            for (StoredCall row : page.calls()) {
                rows.add(entry(row));
            }
            return new HistoryResult(rows, page.previous() == null ? null : new StoreCursor(page.previous()),
                    page.next() == null ? null : new StoreCursor(page.next()), totals.total(), totals.exact(),
                    totals.byStatus());
        });
    }

    /**
     * A history row with the times history recorded and whom the call was with: as noted when it
     * rang (even if the contact changed since), else as the contacts know the number now.
     */
    private HistoryEntry entry(StoredCall row) {
        dev.ringside.history.CallerContact noted = row.callerContact();
        if (noted != null) {
            return new HistoryEntry(row.call(), row.calledBack(), row.ringTime(), row.talkTime(), noted.name(),
                    noted.company(), noted.contactId());
        }
        Optional<CallerMatch> now = lookUpQuietly(row.call().otherPartyNumber());
        return new HistoryEntry(row.call(), row.calledBack(), row.ringTime(), row.talkTime(),
                now.map(CallerMatch::name).orElse(null), now.map(CallerMatch::company).orElse(row.callerCompany()),
                now.map(CallerMatch::contactId).orElse(null));
    }

    /** Rows {@code offset .. offset+limit} of the query, over the store's fixed-size pages. */
    private List<StoredCall> slice(CallQuery base, int offset, int limit) {
        int size = Math.min(limit, CallQuery.MAX_PAGE_SIZE);
        int first = offset / size;
        int skip = offset % size;
        List<StoredCall> out = new ArrayList<>(history.find(base.toBuilder().pageSize(size).page(first).build()).calls());
        if (skip > 0) {
            out.addAll(history.find(base.toBuilder().pageSize(size).page(first + 1).build()).calls());
        }
        return out.subList(Math.min(skip, out.size()), Math.min(skip + limit, out.size()));
    }

    @Override
    public CompletableFuture<Map<CallStatus, Long>> statusCounts(HistoryQuery query) {
        return read(() -> history.countByStatus(toCallQuery(query.withoutStatuses()).build()));
    }

    @Override
    public CompletableFuture<CallerStats> callerStats(String callerNumber, String exceptLinkedId) {
        if (callerNumber == null || callerNumber.isBlank()) {
            return CompletableFuture.completedFuture(CallerStats.NONE);
        }
        return read(() -> {
            dev.ringside.history.CallerStats stats = history.callerStats(operator.id(), callerNumber, exceptLinkedId);
            return new CallerStats((int) Math.min(Integer.MAX_VALUE, stats.previousCalls()), stats.lastCallAt());
        });
    }

    @Override
    public CompletableFuture<Void> updateNotes(String linkedId, String notes) {
        engine.setNotes(linkedId, notes);
        return writer.updateNotes(linkedId, notes).thenApply(stored -> {
            historyListeners.forEach(EngineOperatorSession::runQuietly);
            return null;
        });
    }

    @Override
    public CompletableFuture<Integer> unseenMissedCount() {
        return read(() -> (int) Math.min(Integer.MAX_VALUE, history.unseenMissedCount(operator.id())));
    }

    @Override
    public CompletableFuture<Void> markMissedSeen() {
        return read(() -> {
            history.markMissedSeen(operator.id(), clock.instant());
            return null;
        });
    }

    @Override
    public Subscription onHistoryChanged(Runnable listener) {
        historyListeners.add(listener);
        return () -> historyListeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> logout() {
        return CompletableFuture.runAsync(this::close);
    }

    @Override
    public CompletableFuture<Optional<CallerMatch>> identify(String number) {
        return identifier.identify(number);
    }

    @Override
    public ContactBook contacts() {
        return contactBook;
    }

    @Override
    public CompletableFuture<Optional<CallerMatch>> callerOf(Call call) {
        return callContacts.of(call);
    }

    @Override
    public Subscription onCallerChanged(java.util.function.BiConsumer<String, Optional<CallerMatch>> listener) {
        Runnable cancel = callContacts.onChanged(listener);
        return cancel::run;
    }

    @Override
    public boolean crmButton() {
        return crm.buttonWanted();
    }

    @Override
    public CompletableFuture<Boolean> openCrm(String linkedId) {
        return callContacts.openCrm(linkedId);
    }

    @Override
    public LookupSetup lookupSetup() {
        return lookupSetup;
    }

    private void lookupSettingsSaved(LookupSettings saved) {
        directory.use(saved.directory());
    }

    /**
     * The operator chose another home country: numbers are read in it from now on, the contacts'
     * national numbers get their new keys and the directory is asked in the new spellings. Runs on
     * the history's read thread; whoever changed the country does not wait.
     */
    CompletableFuture<Void> homeCountryChanged(PhoneNumbers newPhone) {
        return read(() -> {
            if (!newPhone.equals(contactStore.phoneNumbers())) {
                try {
                    contactStore.rekey(newPhone);
                } catch (ContactsException e) {
                    log.warn("Contacts not re-read for the new home country: {}", e.getMessage());
                }
                directory.usePhoneNumbers(newPhone);
                callContacts.contactsChanged();
            }
            return null;
        });
    }

    /** The contact a number belongs to; unknown when the contacts cannot be read (logged). */
    private Optional<CallerMatch> lookUpQuietly(String number) {
        try {
            return contactStore.byNumber(number);
        } catch (ContactsException e) {
            log.warn("Contact look-up failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    void close() {
        homeCountryWatch.run();
        desk.close();
        identifier.close();
        directory.close();
        lookupWork.shutdown();
        engine.close();
        writer.close();
        reads.shutdown();
        onLogout.run();
    }

    // ---------------------------------------------------------------- internals

    private void applySettings() {
        Settings s = settings.get();
        EngineOptions current = engine.options();
        EngineOptions.RejectMode mode = s.rejectMode() == dev.ringside.ui.port.RejectMode.CALLER
                ? EngineOptions.RejectMode.CALLER : EngineOptions.RejectMode.OPERATOR_LEG;
        // the demo PBX's phones always take the talk event, so Accept answers them there
        engine.setOptions(current.withRemoteAnswer(demo || s.remoteAnswer()).withRejectMode(mode));
    }

    private CallQuery.Builder toCallQuery(HistoryQuery q) {
        return toCallQuery(q.text(), q.statuses(), q.from(), q.to());
    }

    private CallQuery.Builder toCallQuery(String text, java.util.Set<CallStatus> statuses, java.time.LocalDate from,
                                          java.time.LocalDate to) {
        ZoneId zone = clock.getZone();
        CallQuery.Builder b = CallQuery.forOperator(operator.id()).text(text).statuses(statuses);
        if (text != null && !text.isBlank()) {
            // "ACME" also finds the calls of ACME's contacts' numbers, in the spellings calls store
            try {
                b.textNumbers(contactStore.numberDigitsOf(text, 300).stream()
                        .limit(CallQuery.MAX_TEXT_NUMBERS).toList());
            } catch (ContactsException e) {
                log.warn("Contacts unavailable for the history search: {}", e.getMessage());
            }
        }
        if (from != null) {
            b.from(from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            b.to(to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return b;
    }

    /** Work on the history's read thread; after logout a late request (a refresh on its way) just fails. */
    private <T> CompletableFuture<T> read(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, reads);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // logged out: a late refresh gets a failed answer, not an exception on the UI thread
            return CompletableFuture.failedFuture(new HistoryException(HistoryException.Kind.FAILED,
                    "The session has ended.", e));
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("A history listener failed", e);
        }
    }
}
