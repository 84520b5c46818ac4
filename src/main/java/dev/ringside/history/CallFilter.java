package dev.ringside.history;

import dev.ringside.call.CallStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause (over {@code calls c}) and its parameters for a {@link CallQuery}, paging aside. */
final class CallFilter {

    final String where;
    final List<Object> params;

    private CallFilter(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static CallFilter of(CallQuery q) {
        StringBuilder w = new StringBuilder(" WHERE c.operator_id = ?");
        List<Object> p = new ArrayList<>();
        p.add(q.operatorId());
        if (!q.statuses().isEmpty()) {
            w.append(" AND c.status IN (");
            String sep = "";
            for (CallStatus s : q.statuses()) {
                w.append(sep).append('?');
                p.add(s.wireName());
                sep = ", ";
            }
            w.append(')');
        }
        if (q.from() != null) {
            w.append(" AND c.started_at >= ?");
            p.add(q.from());
        }
        if (q.to() != null) {
            w.append(" AND c.started_at < ?");
            p.add(q.to());
        }
        if (q.text() != null) {
            appendText(w, p, q.text().trim(), q.textNumbers());
        }
        if (q.onlyAwaitingCallBack()) {
            w.append(" AND ").append(CallRows.NEEDS_CALL_BACK).append(" AND NOT ").append(CallRows.CALLED_BACK);
        }
        return new CallFilter(w.toString(), p);
    }

    /**
     * A name (the caller ID's, or the contact's noted when the call rang), company or raw-number
     * fragment anywhere, case-insensitive; a formatted number by its
     * digits; or a call with one of the given numbers (the contacts the text names).
     */
    private static void appendText(StringBuilder w, List<Object> p, String text, java.util.Set<String> numbers) {
        String lower = Sql.containsPattern(text.toLowerCase(Locale.ROOT));
        w.append(" AND (LOWER(c.caller_name) LIKE ? OR LOWER(c.caller_number) LIKE ? OR LOWER(c.receiver_number) LIKE ?"
                + " OR LOWER(c.caller_company) LIKE ? OR LOWER(c.caller_contact_name) LIKE ?");
        p.add(lower);
        p.add(lower);
        p.add(lower);
        p.add(lower);
        p.add(lower);
        if (!numbers.isEmpty()) {
            w.append(" OR c.other_party_digits = ANY(?)");
            p.add(numbers.toArray(new String[0]));
        }
        String digits = PhoneDigits.looksLikeNumber(text) ? PhoneDigits.of(text) : null;
        if (digits != null) {
            String pattern = Sql.containsPattern(digits);
            w.append(" OR c.caller_digits LIKE ? OR c.receiver_digits LIKE ?");
            p.add(pattern);
            p.add(pattern);
        }
        w.append(')');
    }
}
