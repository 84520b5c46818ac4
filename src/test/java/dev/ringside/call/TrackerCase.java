package dev.ringside.call;

import static dev.ringside.call.AmiScript.channel;
import static dev.ringside.call.AmiScript.concat;
import static dev.ringside.call.AmiScript.dial;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-written AMI scripts through a real tracker: the shared pieces of the rule tests. */
abstract class TrackerCase {

    static final String CALLER = "+15551234567";
    static final String NAME = "John Caller";

    final AmiScript s = new AmiScript();
    final List<Call> changes = new ArrayList<>();
    final Map<String, Call> latest = new LinkedHashMap<>();

    CallTracker run(String... numbers) {
        CallTracker tracker = tracker(numbers);
        s.events().forEach(tracker::onEvent);
        return tracker;
    }

    CallTracker tracker(String... numbers) {
        CallTracker tracker = new CallTracker(OperatorNumbers.of(numbers));
        tracker.addListener((before, now) -> {
            changes.add(now);
            latest.put(now.linkedId(), now);
        });
        return tracker;
    }

    List<Call> calls() {
        return new ArrayList<>(latest.values());
    }

    Call only() {
        assertEquals(1, latest.size(), "calls: " + latest.values());
        return latest.values().iterator().next();
    }

    // ------------------------------------------------------------ script pieces

    String[] caller(String chan, String lid, int state, String exten) {
        return channel(chan, lid, lid, state, CALLER, NAME, "<unknown>", "<unknown>", exten);
    }

    void inboundRinging(String callerChan, String lid, String legChan, String legUid, String exten) {
        s.event("Newchannel", caller(callerChan, lid, 4, exten));
        s.event("Newchannel", channel(legChan, legUid, lid, 0, "<unknown>", "<unknown>", "<unknown>", "<unknown>", "s"));
        s.event("DialBegin", dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 0, exten, exten));
        s.event("Newstate", channel(legChan, legUid, lid, 5, exten, "<unknown>", CALLER, NAME, exten));
    }

    void answer(String callerChan, String lid, String legChan, String legUid, String exten) {
        s.event("Newstate", channel(legChan, legUid, lid, 6, exten, "Operator", CALLER, NAME, exten));
        s.event("DialEnd", concat(dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 6, exten, ""), "DialStatus", "ANSWER"));
        s.event("BridgeEnter", concat(channel(legChan, legUid, lid, 6, exten, "Operator", CALLER, NAME, exten),
                "BridgeUniqueid", "b-" + lid, "BridgeType", "basic", "BridgeNumChannels", "1"));
    }

    void hangup(String chan, String uid, String lid, int state, int cause) {
        s.event("Hangup", concat(channel(chan, uid, lid, state, "x", "x", "x", "x", "s"), "Cause", String.valueOf(cause), "Cause-txt", "t"));
    }

    void dialEnd(String callerChan, String lid, String legChan, String legUid, String exten, String status) {
        s.event("DialEnd", concat(dial(caller(callerChan, lid, 4, exten), legChan, legUid, lid, 5, exten, exten), "DialStatus", status));
    }

    static PbxEvent coreShowChannel(String chan, String uid, String lid, int state, String cidNum, String connectedNum,
                                            String duration) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Channel", chan);
        h.put("Uniqueid", uid);
        h.put("Linkedid", lid);
        h.put("ChannelState", String.valueOf(state));
        h.put("ChannelStateDesc", AmiScript.stateDesc(state));
        h.put("CallerIDNum", cidNum);
        h.put("ConnectedLineNum", connectedNum);
        h.put("Duration", duration);
        h.put("BridgeId", state == 6 ? "bridge-1" : "");
        h.put("Exten", "777");
        return new PbxEvent("CoreShowChannel", Instant.EPOCH, h);
    }
}
