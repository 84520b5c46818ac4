package dev.ringside.pbxsim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One AMI message (action, response or event): headers in wire order, duplicates allowed
 * (Originate may carry several {@code Variable} headers).
 */
public final class AmiMessage {

    static final String CRLF = "\r\n";

    private final List<String[]> headers = new ArrayList<>();

    public static AmiMessage event(String name, String privilege) {
        AmiMessage m = new AmiMessage().add("Event", name);
        return privilege == null ? m : m.add("Privilege", privilege);
    }

    public static AmiMessage response(String response, String actionId) {
        AmiMessage m = new AmiMessage().add("Response", response);
        return actionId == null || actionId.isEmpty() ? m : m.add("ActionID", actionId);
    }

    public AmiMessage add(String name, String value) {
        headers.add(new String[] {name, value == null ? "" : value});
        return this;
    }

    /** Replaces the first value of a header (adds it when absent). */
    AmiMessage set(String name, String value) {
        for (int i = 0; i < headers.size(); i++) {
            String[] h = headers.get(i);
            if (h[0].equalsIgnoreCase(name)) {
                // a fresh pair: addAll shares header arrays between messages
                headers.set(i, new String[] {h[0], value == null ? "" : value});
                return this;
            }
        }
        return add(name, value);
    }

    public AmiMessage addAll(AmiMessage other) {
        headers.addAll(other.headers);
        return this;
    }

    /** First value of a header, case-insensitive; null when absent. */
    public String get(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>();
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                values.add(h[1]);
            }
        }
        return values;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    public String name() {
        String event = get("Event");
        return event != null ? event : get("Action");
    }

    public List<String[]> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** Headers as a case-insensitive map (first value wins), for predicates in tests. */
    public Map<String, String> asMap() {
        Map<String, String> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] h : headers) {
            map.putIfAbsent(h[0], h[1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The message as Asterisk writes it: "Name: value" lines, CRLF, no trailing blank line. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (String[] h : headers) {
            sb.append(h[0]).append(": ").append(h[1]).append(CRLF);
        }
        return sb.toString();
    }

    /** The message on the wire, ending with the blank line. */
    public String wire() {
        return body() + CRLF;
    }

    /** Parses "Name: value" lines of one received frame; lines without a colon are skipped. */
    static AmiMessage parse(List<String> lines) {
        AmiMessage m = new AmiMessage();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            m.add(line.substring(0, colon).trim(), value);
        }
        return m;
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String[] h : headers) {
            boolean secret = h[0].toLowerCase(Locale.ROOT).matches("secret|key");
            shown.putIfAbsent(h[0], secret ? "***" : h[1]);
        }
        return shown.toString();
    }
}
