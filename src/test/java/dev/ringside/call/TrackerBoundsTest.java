package dev.ringside.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whatever a PBX names, the tracker holds a bounded number of calls and legs. */
class TrackerBoundsTest extends TrackerCase {

    @Test
    void endlessNewCallsThatNeverEndKeepTheTrackerBoundedAndTheOldestAreEnded() {
        int max = 50; // the real bound is CallBook.MAX_CALLS; a small one keeps the test quick
        int calls = max * 3;
        for (int i = 0; i < calls; i++) {
            inboundRinging("PJSIP/trunk-" + i, "20." + i, "PJSIP/777-" + i, "20." + i + "1", "777");
            s.after(1);
        }
        CallTracker tracker = new CallTracker(OperatorNumbers.of("777"), InternalNumbers.DEFAULT, TrackerTimings.DEFAULT,
                max);
        tracker.addListener((before, now) -> latest.put(now.linkedId(), now));
        s.events().forEach(tracker::onEvent);
        assertEquals(max, tracker.trackedCalls());
        assertEquals(max, tracker.liveCalls().size());
        Call first = latest.get("20.0");
        assertFalse(first.status().isLive(), "the oldest call was ended, not left ringing on screen: " + first);
        assertTrue(first.endedAt() != null);
        assertTrue(latest.get("20." + (calls - 1)).status().isLive(), "the newest is still ringing");
    }

    @Test
    void oneCallWithEndlessLegsKeepsABoundedNumberOfThem() {
        for (int i = 0; i < LegRule.MAX_LEGS * 4; i++) {
            s.event("Newchannel", AmiScript.channel("PJSIP/777-" + i, "30." + (i + 1), "30.0", 5, "777", "<unknown>",
                    CALLER, NAME, "777"));
        }
        CallTracker tracker = run("777");
        assertTrue(tracker.rejectTargets("30.0").size() <= LegRule.MAX_LEGS, "legs: " + tracker.rejectTargets("30.0").size());
        assertEquals(1, tracker.trackedCalls());
    }
}
