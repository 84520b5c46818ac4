package dev.ringside.app;

import dev.ringside.call.Call;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.ContactLookup;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One call as one line of JSON, with the seed's field names (snake_case). */
final class CallJson {

    private CallJson() {
    }

    static String toJson(Call c) {
        return write(fields(c));
    }

    /**
     * The call with who the other party is in {@code contacts}: {@code contact_name}, {@code company}
     * and {@code number_label} (null when unknown). Without contacts, as {@link #toJson(Call)}.
     */
    static String toJson(Call c, ContactLookup contacts) {
        Map<String, Object> f = fields(c);
        if (contacts != null) {
            CallerMatch m = contacts.byNumber(c.otherPartyNumber()).orElse(null);
            f.put("contact_name", m == null ? null : m.name());
            f.put("company", m == null ? null : m.company());
            f.put("number_label", m == null ? null : m.numberLabel());
        }
        return write(f);
    }

    private static Map<String, Object> fields(Call c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("caller_number", c.callerNumber());
        f.put("caller_name", c.callerName());
        f.put("receiver_number", c.receiverNumber());
        f.put("status", c.status().wireName());
        f.put("direction", c.direction().wireName());
        f.put("operator_number", c.operatorNumber());
        f.put("queue", c.queue());
        f.put("started_at", c.startedAt());
        f.put("accepted_at", c.acceptedAt());
        f.put("answered_at", c.answeredAt());
        f.put("ended_at", c.endedAt());
        f.put("ring_time", seconds(c.ringTime()));
        f.put("duration", seconds(c.talkTime()));
        f.put("hangup_cause", c.hangupCause());
        f.put("answered_by", c.answeredBy());
        f.put("linked_id", c.linkedId());
        f.put("operator_channel", c.operatorChannel());
        return f;
    }

    /** Seconds with millisecond precision, as a JSON number; null when unknown. */
    private static Double seconds(Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }

    static String write(Map<String, Object> fields) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            quote(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else if (v instanceof Instant i) {
                // milliseconds, like the history keeps them
                quote(sb, i.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
            } else {
                quote(sb, v.toString());
            }
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
