package dev.ringside.app;

import dev.ringside.call.Call;
import dev.ringside.call.CallTracker;
import dev.ringside.call.PbxEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Now and then, while a call has been live a while, asks the PBX for its channel list and lets
 * the tracker close what the PBX no longer has: a call whose end the filters hid, or whose
 * Hangup never came, does not stay live forever. Runs on the engine thread; the list is asked for
 * asynchronously, and its answer comes back to the engine thread after every event that came
 * before it.
 */
final class LivenessCheck {

    private static final Logger log = LoggerFactory.getLogger(LivenessCheck.class);

    private final CallTracker tracker;
    private final Supplier<CompletableFuture<List<PbxEvent>>> channelList;
    private final Executor engineThread;
    private final Clock clock;
    private final Duration after;
    private boolean inFlight;

    LivenessCheck(CallTracker tracker, Supplier<CompletableFuture<List<PbxEvent>>> channelList, Executor engineThread,
                  Clock clock, Duration after) {
        this.tracker = tracker;
        this.channelList = channelList;
        this.engineThread = engineThread;
        this.clock = clock;
        this.after = after;
    }

    /** On the engine thread: asks for the list when a call has been live {@code after} or longer. */
    void run() {
        if (inFlight || !due(clock.instant())) {
            return;
        }
        inFlight = true;
        channelList.get().whenComplete((channels, error) -> {
            Instant takenAt = clock.instant();
            engineThread.execute(() -> {
                inFlight = false;
                if (error != null) {
                    log.debug("Liveness check skipped: {}", error.toString());
                } else {
                    tracker.onChannelsSnapshot(channels, takenAt);
                }
            });
        });
    }

    private boolean due(Instant now) {
        Instant liveSince = now.minus(after);
        for (Call c : tracker.liveCalls()) {
            if (!c.startedAt().isAfter(liveSince)) {
                return true;
            }
        }
        return false;
    }
}
