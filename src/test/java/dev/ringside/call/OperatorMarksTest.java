package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's Accept, Reject and notes, and the channels a Reject hangs up. */
class OperatorMarksTest extends TrackerCase {

    @Test
    void rejectFromTheAppIsRejectedWhateverCauseComesBack() {
        inboundRinging("PJSIP/trunk-00000001", "500.1", "PJSIP/777-00000040", "500.2", "777");
        List<PbxEvent> ringing = s.events();
        CallTracker tracker = tracker("777");
        ringing.forEach(tracker::onEvent);
        assertEquals(List.of("PJSIP/777-00000040"), tracker.rejectTargets("500.1"));
        tracker.markRejected("500.1", Instant.now());
        AmiScript rest = new AmiScript().after(2);
        rest.event("Hangup", concat(channel("PJSIP/777-00000040", "500.2", "500.1", 5, "777", "", CALLER, NAME, "777"),
                "Cause", "17", "Cause-txt", "User busy"));
        rest.events().forEach(tracker::onEvent);
        assertEquals(CallStatus.REJECTED, only().status());
        assertEquals(17, only().hangupCause());
    }

    @Test
    void aFailedRejectDoesNotLaterCountAsRejected() {
        inboundRinging("PJSIP/trunk-00000001", "510.1", "PJSIP/777-00000041", "510.2", "777");
        s.after(5);
        hangup("PJSIP/777-00000041", "510.2", "510.1", 5, 19);
        List<PbxEvent> events = s.events();
        CallTracker tracker = tracker("777");
        events.subList(0, 4).forEach(tracker::onEvent);
        tracker.markRejected("510.1", Instant.now());
        tracker.clearRejected("510.1");
        events.subList(4, events.size()).forEach(tracker::onEvent);
        assertEquals(CallStatus.MISSED, only().status());
    }

    @Test
    void acceptIsRecordedWithoutChangingTheStatus() {
        inboundRinging("PJSIP/trunk-00000001", "520.1", "PJSIP/777-00000042", "520.2", "777");
        CallTracker tracker = run("777");
        Instant at = Instant.parse("2027-01-01T10:00:00Z");
        tracker.markAccepted("520.1", at);
        assertEquals(at, only().acceptedAt());
        assertEquals(CallStatus.INCOMING, only().status());
    }
}
