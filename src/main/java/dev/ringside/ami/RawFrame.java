package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One AMI message as it came off the wire: its {@code Name: value} headers in order, names as
 * sent, values trimmed, nothing built from it yet. Lookups ignore the case of the name and read
 * the first header of that name; a missing header reads as "".
 */
final class RawFrame {

    private final String[] names;
    private final String[] values;

    RawFrame(List<String> names, List<String> values) {
        this.names = names.toArray(new String[0]);
        this.values = values.toArray(new String[0]);
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    String value(int i) {
        return values[i];
    }

    /** The first header of that name (any case), or "". */
    String get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return "";
    }

    boolean has(String name) {
        return !get(name).isEmpty();
    }

    /** The event's name, or "" when this is not an event. */
    String eventName() {
        return get("Event");
    }

    /**
     * The event in protocol words, headers as Asterisk named them (the first of repeated ones).
     * Its time is the PBX's {@code Timestamp:} header when it sends one, else {@code received}.
     */
    PbxEvent toPbxEvent(Instant received) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String event = "";
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase("Event")) {
                if (event.isEmpty()) {
                    event = values[i];
                }
                continue;
            }
            headers.putIfAbsent(names[i], values[i]);
        }
        return new PbxEvent(event, timeOf(received), headers);
    }

    /** The PBX's {@code Timestamp: 1712345678.123456} (timestampevents=yes), else {@code received}. */
    Instant timeOf(Instant received) {
        String timestamp = get("Timestamp");
        if (!timestamp.isEmpty()) {
            try {
                double seconds = Double.parseDouble(timestamp);
                if (seconds > 0 && seconds < 32_503_680_000d) { // before the year 3000
                    long micros = Math.round(seconds * 1_000_000d);
                    return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
                }
            } catch (NumberFormatException e) {
                // not a time: keep when it arrived
            }
        }
        return received;
    }
}
