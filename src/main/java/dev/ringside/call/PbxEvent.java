package dev.ringside.call;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One AMI event as the protocol names it: the event name, its headers, and when it happened.
 *
 * <p>Header lookups ignore case, because asterisk-java hands over headers with normalised names
 * ({@code linkedid}) while Asterisk writes {@code Linkedid}. Values are never null: a missing
 * header reads as the empty string, the way Asterisk itself sends an empty one.
 */
public record PbxEvent(String name, Instant time, Map<String, String> headers) {

    public PbxEvent {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** The header's value, or "" when the event does not carry it. */
    public String get(String header) {
        String value = headers.get(header);
        return value == null ? "" : value;
    }

    public boolean has(String header) {
        return !get(header).isEmpty();
    }

    public boolean is(String eventName) {
        return name.equalsIgnoreCase(eventName);
    }

    /** An integer header, or -1 when it is missing or not a number. */
    public int getInt(String header) {
        try {
            return Integer.parseInt(get(header).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT) + headers;
    }
}
