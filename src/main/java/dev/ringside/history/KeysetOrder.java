package dev.ringside.history;

import java.util.List;

/**
 * The index, ORDER BY and cursor condition of one page. Every order is one index read forwards or
 * backwards: H2 only reads an index in order (and stops at the page's end) when ORDER BY spells
 * out the index's leading fixed columns in the index's own directions, hence {@code c.operator_id}
 * in every ORDER BY and the explicit index.
 */
final class KeysetOrder {

    final String index;
    /** The ORDER BY columns in the index's forward direction. */
    private final List<String> columns;
    /** The sort column a cursor compares, or null when the cursor is the start time alone. */
    private final String keyColumn;
    /** True when this page reads the index forwards. */
    final boolean forward;

    private KeysetOrder(String index, List<String> columns, String keyColumn, boolean forward) {
        this.index = index;
        this.columns = columns;
        this.keyColumn = keyColumn;
        this.forward = forward;
    }

    static KeysetOrder of(CallQuery q, PartyMatch parties) {
        CallSort sort = q.sort();
        // each index runs: sort column ascending, then newest first
        boolean indexOrder = sort == CallSort.TIME ? q.descending() : !q.descending();
        boolean forward = (q.before() != null || q.last()) != indexOrder;
        String index = sort.index;
        if (parties != null && !parties.dense() && !parties.none()) {
            // the few parties' calls come from their own index, and only they are sorted
            index = "calls_by_party";
        } else if (sort == CallSort.TIME && q.statuses().size() == 1) {
            // one status in time order: its own index holds exactly those calls, newest first
            return new KeysetOrder(CallSort.STATUS.index, List.of("c.operator_id", "c.status", "c.started_at", "c.id"),
                    null, forward);
        }
        List<String> columns = sort.column == null
                ? List.of("c.operator_id", "c.started_at", "c.id")
                : List.of("c.operator_id", "c." + sort.column, "c.started_at", "c.id");
        return new KeysetOrder(index, columns, sort.column == null ? null : "c." + sort.column, forward);
    }

    /** ORDER BY for this page's direction. */
    String orderBy() {
        StringBuilder sb = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < columns.size(); i++) {
            String col = columns.get(i);
            // started_at and id run newest first in every index
            boolean descInIndex = col.equals("c.started_at") || col.equals("c.id");
            boolean desc = forward == descInIndex;
            sb.append(i == 0 ? "" : ", ").append(col).append(desc ? " DESC" : "");
        }
        return sb.toString();
    }

    /** The condition for the rows after {@code cursor} in this page's reading direction. */
    void appendAfter(StringBuilder w, List<Object> p, PageCursor cursor) {
        // forward: a larger key, or the same key and older; backward the mirror image
        String later = forward ? "<" : ">";
        if (keyColumn == null) {
            w.append(" AND c.started_at ").append(later).append("= ? AND (c.started_at ").append(later)
                    .append(" ? OR c.id ").append(later).append(" ?)");
            p.add(cursor.startedAt());
            p.add(cursor.startedAt());
            p.add(cursor.id());
            return;
        }
        String beyond = forward ? ">" : "<";
        w.append(" AND ").append(keyColumn).append(' ').append(beyond).append("= ? AND (").append(keyColumn)
                .append(' ').append(beyond).append(" ? OR c.started_at ").append(later).append(" ? OR (c.started_at = ?")
                .append(" AND c.id ").append(later).append(" ?))");
        p.add(cursor.key());
        p.add(cursor.key());
        p.add(cursor.startedAt());
        p.add(cursor.startedAt());
        p.add(cursor.id());
    }

    /** The column whose value a cursor keeps, or null for time cursors. */
    String keyColumn() {
        return keyColumn;
    }
}
