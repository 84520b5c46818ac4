package dev.ringside.history;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The WHERE clause (over {@code calls c}) and its parameters for a {@link CallQuery}, paging aside. */
final class CallFilter {

    final String where;
    final List<Object> params;

    private CallFilter(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /**
     * @param parties what the query's text matched ({@link PartyIndex#match}); null when it has no text
     * @param statuses the statuses to keep (the query's own, or none to count every status)
     */
    static CallFilter of(CallQuery q, PartyMatch parties, Collection<CallStatus> statuses) {
        StringBuilder w = new StringBuilder(" WHERE c.operator_id = ?");
        List<Object> p = new ArrayList<>();
        p.add(q.operatorId());
        if (!statuses.isEmpty()) {
            w.append(" AND c.status IN (");
            String sep = "";
            for (CallStatus s : statuses) {
                w.append(sep).append('?');
                p.add(s.wireName());
                sep = ", ";
            }
            w.append(')');
        }
        if (!q.directions().isEmpty()) {
            w.append(" AND c.direction IN (");
            String sep = "";
            for (Direction d : q.directions()) {
                w.append(sep).append('?');
                p.add(d.wireName());
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
        if (parties != null) {
            appendParties(w, p, q.operatorId(), parties);
        }
        if (q.onlyAwaitingCallBack()) {
            w.append(" AND ").append(CallRows.NEEDS_CALL_BACK).append(" AND NOT ").append(CallRows.CALLED_BACK);
        }
        return new CallFilter(w.toString(), p);
    }

    static CallFilter of(CallQuery q, PartyMatch parties) {
        return of(q, parties, q.statuses());
    }

    private static void appendParties(StringBuilder w, List<Object> p, long operatorId, PartyMatch parties) {
        if (parties.none()) {
            w.append(" AND FALSE");
        } else if (parties.dense()) {
            w.append(" AND c.party_key IN (SELECT party_key FROM call_parties WHERE operator_id = ? AND (")
                    .append(PartyIndex.likes(parties.patterns().size())).append("))");
            p.add(operatorId);
            p.addAll(parties.patterns());
        } else {
            w.append(" AND c.party_key IN (");
            String sep = "";
            for (String key : parties.keys()) {
                w.append(sep).append('?');
                p.add(key);
                sep = ", ";
            }
            w.append(')');
        }
    }
}
