package dev.ringside.ami;

/**
 * What an event must carry before the tracker may see it. Since Asterisk 12 every channel in an
 * event comes with its Uniqueid and Linkedid ({@code Channel}/{@code Uniqueid}/{@code Linkedid},
 * {@code DestChannel}/{@code DestUniqueid}/{@code DestLinkedid}), and every bridge event names its
 * bridge. An event missing them did not come from a working Asterisk; built into a call it could
 * never be closed (nothing would ever name it again), so it is skipped and counted instead.
 */
final class EventChecks {

    private EventChecks() {
    }

    /** What is wrong with the event, or null when it may pass. */
    static InputTrouble.Kind problem(String eventName, RawFrame frame) {
        if (eventName.regionMatches(true, 0, "Bridge", 0, 6) && !frame.has("BridgeUniqueid")) {
            return InputTrouble.Kind.BRIDGE_WITHOUT_ID;
        }
        if (incomplete(frame, "Channel", "Uniqueid", "Linkedid")
                || incomplete(frame, "DestChannel", "DestUniqueid", "DestLinkedid")) {
            return InputTrouble.Kind.MISSING_IDS;
        }
        return null;
    }

    /** The event names a channel (or its id) without the ids that tie it to a call. */
    private static boolean incomplete(RawFrame frame, String channel, String uniqueId, String linkedId) {
        boolean named = frame.has(channel) || frame.has(uniqueId);
        return named && !(frame.has(uniqueId) && frame.has(linkedId));
    }
}
