package dev.ringside.crm;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the CRM page for a call when the operator's trigger says so (ring, accept) or on the
 * button, and never twice for one call (by its Linkedid): a second ring of the same call, an
 * accept after a ring-triggered page, a second click, all leave the page that is open alone.
 * The browser is asked on the given executor, never on the caller's thread.
 */
public final class CrmLauncher {

    private static final Logger log = LoggerFactory.getLogger(CrmLauncher.class);
    /** Calls remembered as opened; the oldest are forgotten first (a shift has far fewer calls). */
    static final int REMEMBERED_CALLS = 10_000;

    public enum Outcome {
        /** The browser was asked to open the page. */
        OPENED,
        /** This call's page was opened before: not again. */
        ALREADY_OPENED,
        /** No CRM link is set, or it cannot be used. */
        NOT_CONFIGURED,
        /** The link opens on another trigger. */
        NOT_THIS_TRIGGER,
        /** No browser could be opened. */
        FAILED
    }

    private final Supplier<CrmSettings> settings;
    private final UrlOpener browser;
    private final Executor executor;
    private final Map<String, Boolean> opened = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    };

    public CrmLauncher(Supplier<CrmSettings> settings, UrlOpener browser, Executor executor) {
        this.settings = settings;
        this.browser = browser;
        this.executor = executor;
    }

    /** The call rings for the operator (call it once the contact look-up answered or gave up). */
    public CompletableFuture<Outcome> onRing(CrmValues call) {
        return on(CrmTrigger.RING, call);
    }

    /** The operator accepted the call. */
    public CompletableFuture<Outcome> onAccept(CrmValues call) {
        return on(CrmTrigger.ACCEPT, call);
    }

    /** The operator clicked the CRM button: opens whatever the trigger, unless already opened. */
    public CompletableFuture<Outcome> onButton(CrmValues call) {
        return open(call);
    }

    /** Whether the button should show: a usable link that opens on the button only. */
    public boolean buttonWanted() {
        CrmSettings s = settings.get();
        return s.configured() && s.trigger() == CrmTrigger.BUTTON && CrmTemplate.problem(s.template()) == null;
    }

    /** Whether this call's page was opened already. */
    public boolean openedFor(String linkedId) {
        synchronized (opened) {
            return opened.containsKey(linkedId);
        }
    }

    private CompletableFuture<Outcome> on(CrmTrigger trigger, CrmValues call) {
        if (settings.get().trigger() != trigger) {
            return CompletableFuture.completedFuture(Outcome.NOT_THIS_TRIGGER);
        }
        return open(call);
    }

    private CompletableFuture<Outcome> open(CrmValues call) {
        CrmSettings s = settings.get();
        if (!s.configured() || call.linkedId() == null) {
            return CompletableFuture.completedFuture(Outcome.NOT_CONFIGURED);
        }
        URI uri;
        try {
            uri = CrmTemplate.parse(s.template()).expand(call);
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.warn("The CRM link cannot be used: {}", e.getMessage());
            return CompletableFuture.completedFuture(Outcome.NOT_CONFIGURED);
        }
        synchronized (opened) {
            if (opened.putIfAbsent(call.linkedId(), Boolean.TRUE) != null) {
                return CompletableFuture.completedFuture(Outcome.ALREADY_OPENED);
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                browser.open(uri);
                return Outcome.OPENED;
            } catch (IOException | RuntimeException e) {
                // the page did not open: the button (or the next trigger) may try again
                synchronized (opened) {
                    opened.remove(call.linkedId());
                }
                log.warn("Could not open the CRM page: {}", e.getMessage());
                return Outcome.FAILED;
            }
        }, executor);
    }
}
