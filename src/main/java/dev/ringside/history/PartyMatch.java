package dev.ringside.history;

import java.util.List;

/**
 * The other parties a search text matches. Few of them ({@code keys}): their calls are fetched by
 * party. Many ({@code dense}): matching calls are common, so walking the history in order and
 * keeping the matches is quick, and the calls are filtered by the same search on the party table.
 *
 * @param keys     the matching parties' keys, when few; empty when dense
 * @param dense    true when too many calls match to list them by party
 * @param patterns the LIKE patterns over {@code call_parties.search_text}
 * @param calls    how many calls the matching parties have (a lower bound when dense)
 */
record PartyMatch(List<String> keys, boolean dense, List<String> patterns, long calls) {

    PartyMatch {
        keys = List.copyOf(keys);
        patterns = List.copyOf(patterns);
    }

    boolean none() {
        return !dense && keys.isEmpty();
    }
}
