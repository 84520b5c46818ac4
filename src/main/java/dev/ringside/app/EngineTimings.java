package dev.ringside.app;

import dev.ringside.call.TrackerTimings;
import java.time.Duration;

/**
 * The engine's clocks.
 *
 * @param tick             how often housekeeping runs (graces, the filter diagnosis)
 * @param livenessPeriod   how often live calls are checked against the PBX's channel list
 * @param livenessAfter    a call is checked once it has been live this long
 * @param diagnosisWindow  how long after queue or dial evidence the operator's own channel events
 *                         may take before the PBX's filters are said to hide them
 * @param tracker          the tracker's graces
 */
public record EngineTimings(Duration tick, Duration livenessPeriod, Duration livenessAfter, Duration diagnosisWindow,
                            TrackerTimings tracker) {

    public static final EngineTimings DEFAULT = new EngineTimings(Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofSeconds(60), Duration.ofSeconds(10), TrackerTimings.DEFAULT);

    public EngineTimings withLiveness(Duration period, Duration after) {
        return new EngineTimings(tick, period, after, diagnosisWindow, tracker);
    }

    public EngineTimings withTick(Duration tick) {
        return new EngineTimings(tick, livenessPeriod, livenessAfter, diagnosisWindow, tracker);
    }

    public EngineTimings withDiagnosisWindow(Duration window) {
        return new EngineTimings(tick, livenessPeriod, livenessAfter, window, tracker);
    }

    public EngineTimings withTracker(TrackerTimings tracker) {
        return new EngineTimings(tick, livenessPeriod, livenessAfter, diagnosisWindow, tracker);
    }
}
