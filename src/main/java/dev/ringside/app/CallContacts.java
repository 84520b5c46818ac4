package dev.ringside.app;

import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import dev.ringside.call.CallStatus;
import dev.ringside.contacts.CallerIdentifier;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.crm.CrmLauncher;
import dev.ringside.crm.CrmValues;
import dev.ringside.history.HistoryWriter;
import dev.ringside.phone.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who each of the operator's calls is with, looked up once per call as soon as the other party's
 * number is known (again when a transfer changes it). {@link #callChanged} only starts the look-up
 * and returns: the tracker and the popup never wait for it. When the answer comes, the history
 * notes it with the call (what was known when it rang) and, for a call still ringing, the CRM page
 * opens if it is set to open on ring. The popup, the "Now" list and the CRM links share the answer.
 */
final class CallContacts implements CallListener {

    private static final Logger log = LoggerFactory.getLogger(CallContacts.class);
    /** Calls remembered; a shift has far fewer, and the oldest are forgotten first. */
    static final int REMEMBERED = 1_000;

    private static final class Known {
        final String number;
        final CompletableFuture<Optional<CallerMatch>> match;
        volatile Call call;

        Known(String number, CompletableFuture<Optional<CallerMatch>> match, Call call) {
            this.number = number;
            this.match = match;
            this.call = call;
        }
    }

    private final CallerIdentifier identifier;
    private final HistoryWriter writer;
    private final CrmLauncher crm;
    private final Supplier<PhoneNumbers> phone;
    private final List<BiConsumer<String, Optional<CallerMatch>>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Known> calls = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @param writer where the contact is noted with the call; null notes nothing */
    CallContacts(CallerIdentifier identifier, HistoryWriter writer, CrmLauncher crm, Supplier<PhoneNumbers> phone) {
        this.identifier = identifier;
        this.writer = writer;
        this.crm = crm;
        this.phone = phone;
    }

    @Override
    public void callChanged(Call previous, Call current) {
        String number = current.otherPartyNumber();
        Known known;
        boolean fresh;
        synchronized (calls) {
            known = calls.get(current.linkedId());
            fresh = number != null && !number.isBlank() && (known == null || !known.number.equals(number));
            if (fresh) {
                known = new Known(number, identifier.identify(number), current);
                calls.put(current.linkedId(), known);
            } else if (known != null) {
                known.call = current;
            }
        }
        if (fresh) {
            Known k = known;
            k.match.thenAccept(match -> found(k, match));
        }
    }

    private void found(Known k, Optional<CallerMatch> match) {
        Call call = k.call;
        match.ifPresent(m -> note(call.linkedId(), m));
        if (ringing(call)) {
            crm.onRing(values(call, match));
        }
    }

    private void note(String linkedId, CallerMatch m) {
        if (writer != null) {
            writer.noteCallerContact(linkedId, m.contactId(), m.name(), m.company()).exceptionally(e -> false);
        }
    }

    /** The contact of the call's other party (looked up now if the call is not known here). */
    CompletableFuture<Optional<CallerMatch>> of(Call call) {
        Known k;
        synchronized (calls) {
            k = calls.get(call.linkedId());
        }
        if (k != null && k.number.equals(call.otherPartyNumber())) {
            return k.match;
        }
        return identifier.identify(call.otherPartyNumber());
    }

    /** The operator accepted the call: the CRM page opens if it is set to open on accept. */
    void accepted(String linkedId) {
        Known k = known(linkedId);
        if (k != null) {
            k.match.thenAccept(match -> crm.onAccept(values(k.call, match)));
        }
    }

    /** The popup's CRM button. Completes true when the page was opened. */
    CompletableFuture<Boolean> openCrm(String linkedId) {
        Known k = known(linkedId);
        if (k == null) {
            return CompletableFuture.completedFuture(false);
        }
        return k.match.thenCompose(match -> crm.onButton(values(k.call, match)))
                .thenApply(outcome -> outcome == CrmLauncher.Outcome.OPENED);
    }

    /**
     * The contacts changed: calls still live are looked up again, their new contact noted and told
     * to the listeners (a caller the operator just added shows by name in the "Now" list).
     */
    void contactsChanged() {
        List<Known> live = new ArrayList<>();
        synchronized (calls) {
            for (Map.Entry<String, Known> e : calls.entrySet()) {
                if (e.getValue().call.status().isLive()) {
                    Known again = new Known(e.getValue().number, identifier.identify(e.getValue().number),
                            e.getValue().call);
                    e.setValue(again);
                    live.add(again);
                }
            }
        }
        for (Known k : live) {
            k.match.thenAccept(match -> {
                match.ifPresent(m -> note(k.call.linkedId(), m));
                for (BiConsumer<String, Optional<CallerMatch>> l : listeners) {
                    try {
                        l.accept(k.call.linkedId(), match);
                    } catch (RuntimeException e) {
                        log.warn("A caller listener failed", e);
                    }
                }
            });
        }
    }

    /** Told (on any thread) when a live call's contact was found again after the contacts changed. */
    Runnable onChanged(BiConsumer<String, Optional<CallerMatch>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Known known(String linkedId) {
        synchronized (calls) {
            return calls.get(linkedId);
        }
    }

    private static boolean ringing(Call call) {
        return call.status() == CallStatus.INCOMING && call.answeredAt() == null && call.endedAt() == null;
    }

    private CrmValues values(Call call, Optional<CallerMatch> match) {
        String number = call.otherPartyNumber();
        String name = match.map(CallerMatch::name).orElse(call.callerName());
        return new CrmValues(number, phone.get().e164(number).orElse(null), name,
                match.map(CallerMatch::company).orElse(null), call.linkedId(), call.operatorNumber());
    }
}
