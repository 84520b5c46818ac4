package dev.ringside.app;

import dev.ringside.desk.DayStats;
import dev.ringside.desk.DayStatsCalculator;
import dev.ringside.history.CallHistory;
import dev.ringside.history.HistoryException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's breaks in the history, and "My day" worked out from it. Every read and write runs
 * on the history's own thread, never the caller's.
 */
final class BreakLog {

    private static final Logger log = LoggerFactory.getLogger(BreakLog.class);

    private final CallHistory history;
    private final long operatorId;
    private final Executor work;
    private final ZoneId zone;

    BreakLog(CallHistory history, long operatorId, Executor work, ZoneId zone) {
        this.history = history;
        this.operatorId = operatorId;
        this.work = work;
        this.zone = zone;
    }

    void started(Instant at, String reason) {
        work.execute(() -> {
            try {
                history.startBreak(operatorId, at, reason);
            } catch (HistoryException e) {
                log.warn("Could not record the start of a break: {}", e.getMessage());
            }
        });
    }

    /** Ends the open break, if there is one. */
    void ended(Instant at) {
        work.execute(() -> {
            try {
                history.endBreak(operatorId, at);
            } catch (HistoryException e) {
                log.warn("Could not record the end of a break: {}", e.getMessage());
            }
        });
    }

    /** The day's figures; after logout (the read thread stopped) a late refresh just fails. */
    CompletableFuture<DayStats> dayStats(Instant now) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                LocalDate today = now.atZone(zone).toLocalDate();
                Instant from = today.atStartOfDay(zone).toInstant();
                Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
                return DayStatsCalculator.compute(today, zone, now, history.dayCalls(operatorId, from, to),
                        history.breaks(operatorId, from, to));
            }, work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new HistoryException(HistoryException.Kind.FAILED,
                    "The session has ended.", e));
        }
    }
}
