package dev.ringside.ami;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the PBX sent that we had to skip or cut, and says so in the log in our own words:
 * the first time at once, then at most one summary a minute. Never a header value: they carry
 * callers' names and numbers.
 */
final class InputTrouble {

    private static final Logger LOG = LoggerFactory.getLogger(InputTrouble.class);
    static final long SUMMARY_EVERY_NANOS = 60_000_000_000L;

    /** What was wrong, worded for the log. */
    enum Kind {
        OVERLONG_LINE("line(s) over " + FrameReader.MAX_LINE_BYTES / 1024 + " KiB cut short"),
        OVERSIZED_FRAME("message(s) with too many headers cut short"),
        NAMELESS_FRAME("message(s) that were neither an event nor a response skipped"),
        UNEXPECTED_RESPONSE("response(s) to no action of ours skipped"),
        MISSING_IDS("call event(s) without Uniqueid or Linkedid skipped"),
        BRIDGE_WITHOUT_ID("bridge event(s) without BridgeUniqueid skipped"),
        BAD_LIST_ITEM("channel list entries without Channel, Uniqueid or Linkedid skipped"),
        OVERSIZED_LIST("channel list(s) over " + ChannelListCollector.MAX_CHANNELS + " channels refused");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private final LongSupplier nanoClock;
    private final Map<Kind, Long> total = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> sinceLog = new EnumMap<>(Kind.class);
    private long lastLogNanos;
    private boolean loggedOnce;

    InputTrouble() {
        this(System::nanoTime);
    }

    InputTrouble(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Counts one; logs now if this is the first trouble ever or a minute passed since the last line. */
    synchronized void count(Kind kind) {
        total.merge(kind, 1L, Long::sum);
        sinceLog.merge(kind, 1L, Long::sum);
        long now = nanoClock.getAsLong();
        if (!loggedOnce) {
            loggedOnce = true;
            lastLogNanos = now;
            LOG.warn("The PBX sent input we could not use as it was: 1 {}. The link stays up; "
                    + "further trouble is summed up at most once a minute.", kind.words);
            sinceLog.clear();
        } else if (now - lastLogNanos >= SUMMARY_EVERY_NANOS) {
            logSummary(now);
        }
    }

    /** Logs what is not yet logged, if anything (link lost, session closing, or the minute tick). */
    synchronized void flush() {
        if (!sinceLog.isEmpty()) {
            logSummary(nanoClock.getAsLong());
        }
    }

    synchronized long total(Kind kind) {
        return total.getOrDefault(kind, 0L);
    }

    synchronized long total() {
        return total.values().stream().mapToLong(Long::longValue).sum();
    }

    private void logSummary(long now) {
        StringJoiner parts = new StringJoiner(", ");
        sinceLog.forEach((kind, n) -> parts.add(n + " " + kind.words));
        LOG.warn("Unusable input from the PBX since the last report: {}. The link stays up.", parts);
        sinceLog.clear();
        lastLogNanos = now;
    }
}
