package dev.ringside.ami;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the operator's {@link OperatorEventFilter} in force on the PBX after each login: advanced
 * {@code MatchCriteria} filters where the PBX takes them, else legacy regex filters, else none
 * (the session then filters every event itself, which it does in every mode anyway).
 */
final class SessionFilters {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFilters.class);

    private final AmiSettings settings;
    private final OperatorEventFilter filter;
    /** The same refusal after every reconnect is said once per session. */
    private volatile String lastSaid;

    SessionFilters(AmiSettings settings, OperatorEventFilter filter) {
        this.settings = settings;
        this.filter = filter;
    }

    /** Sends the filters; blocks the calling (control) thread for at most one timeout per filter. */
    FilterMode apply(SessionConnection conn) throws AmiException {
        String version = conn.asteriskVersion();
        if (AsteriskVersions.supportsMatchCriteria(version)) {
            Outcome outcome = send(conn, filter.advancedFilters());
            if (outcome.ok()) {
                LOG.info("Event filtering: on the PBX with MatchCriteria filters (Asterisk {}); {}", version,
                        filter.describe());
                return FilterMode.ADVANCED;
            }
            if (outcome.denied()) {
                return clientFiltering(outcome);
            }
            LOG.warn("The PBX refused a MatchCriteria filter ({}); trying legacy regex filters", outcome.message());
        } else {
            LOG.info("Asterisk version '{}' takes no MatchCriteria filters; using legacy regex filters",
                    version.isEmpty() ? "unknown" : version);
        }
        Outcome outcome = send(conn, filter.legacyFilters());
        if (outcome.ok()) {
            LOG.info("Event filtering: on the PBX with legacy regex filters; {}", filter.describe());
            return FilterMode.LEGACY;
        }
        return clientFiltering(outcome);
    }

    private FilterMode clientFiltering(Outcome outcome) {
        String said = outcome.denied() + outcome.message();
        if (said.equals(lastSaid)) {
            LOG.debug("Event filtering: in this app, as at the last login");
            return FilterMode.CLIENT;
        }
        lastSaid = said;
        if (outcome.denied()) {
            LOG.warn("Event filtering: in this app, event by event. The AMI user {} may not add session filters "
                    + "(needs write=system). Whether the PBX filters anything for this user depends on the "
                    + "eventfilter lines in its manager.conf, which this app cannot see; the app drops what "
                    + "does not concern {} either way.", settings.username(), filter.numbers());
        } else {
            LOG.warn("Event filtering: in this app, event by event. The PBX refused the filters: {}",
                    outcome.message());
        }
        return FilterMode.CLIENT;
    }

    private record Outcome(boolean ok, boolean denied, String message) {
    }

    private Outcome send(SessionConnection conn, List<OperatorEventFilter.FilterSpec> specs) throws AmiException {
        for (OperatorEventFilter.FilterSpec spec : specs) {
            CompletableFuture<ManagerResponse> answer = new CompletableFuture<>();
            try {
                conn.sendAction(MatchCriteriaFilterAction.of(spec), answer::complete);
            } catch (IOException | IllegalStateException e) {
                throw new AmiException(new AmiError(AmiError.Kind.LINK_LOST,
                        "The connection to the PBX dropped during login"), e);
            }
            ManagerResponse response;
            try {
                response = answer.get(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AmiException(new AmiError(AmiError.Kind.LOGIN_TIMEOUT,
                        "The PBX at " + settings.address() + " did not answer the Filter action", settings.address()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AmiException(AmiError.Kind.OTHER, "Interrupted while logging in");
            } catch (ExecutionException e) {
                throw new AmiException(AmiErrors.linkLost(), e.getCause());
            }
            if (response == null) {
                throw new AmiException(new AmiError(AmiError.Kind.LINK_LOST,
                        "The connection to the PBX dropped during login"), null);
            }
            AmiError error = AmiErrors.actionFailure("Filter", response);
            if (error != null) {
                LOG.info("Filter {} / {} refused: {}", spec.matchCriteria(), spec.filter(), response.getMessage());
                return new Outcome(false, error.kind() == AmiError.Kind.PERMISSION_DENIED,
                        String.valueOf(response.getMessage()));
            }
        }
        return new Outcome(true, false, "");
    }
}
