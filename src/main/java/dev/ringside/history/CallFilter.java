package dev.ringside.history;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The FROM and WHERE clauses (over {@code calls c}) and their parameters for a {@link CallQuery},
 * paging aside. A search that matched few parties reads only their calls: the party keys are
 * joined to the calls' party index, one look-up each.
 */
final class CallFilter {

    /** Everything after SELECT ...: " FROM ... WHERE ...". */
    final String where;
    final List<Object> params;

    private CallFilter(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    /** " FROM calls c USE INDEX (index) WHERE ..." (or the few parties' join) for this filter. */
    static CallFilter from(CallQuery q, PartyMatch parties, Collection<CallStatus> statuses, String index) {
        CallFilter f = of(q, parties, statuses);
        List<Object> p = new ArrayList<>();
        String from;
        if (parties != null && !parties.dense() && !parties.none()) {
            // LEFT JOIN keeps the order: keys first, then one index look-up each (as an inner join,
            // H2 may start from the calls when another filter looks selective, and scan them all)
            from = " FROM UNNEST(CAST(? AS VARCHAR(255) ARRAY)) AS k(party) LEFT JOIN calls c USE INDEX (calls_by_party)"
                    + " ON c.operator_id = ? AND c.party_key = k.party";
            p.add(parties.keys().toArray(new String[0]));
            p.add(q.operatorId());
            f = new CallFilter(f.where + " AND c.id IS NOT NULL", f.params);
        } else {
            from = " FROM calls c USE INDEX (" + index + ")";
        }
        p.addAll(f.params);
        return new CallFilter(from + f.where, p);
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
            w.append(" AND c.party_key IN (SELECT party_key FROM call_parties USE INDEX () WHERE operator_id = ? AND ")
                    .append(parties.condition()).append(')');
            p.add(operatorId);
            p.addAll(parties.conditionParams());
        }
        // a sparse match is joined in FROM (see from())
    }
}
