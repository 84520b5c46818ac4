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
 * @param numbers  party keys that match besides the patterns (the numbers of the contacts the text names)
 * @param calls    how many calls the matching parties have (a lower bound when dense)
 */
record PartyMatch(List<String> keys, boolean dense, List<String> patterns, List<String> numbers, long calls) {

    PartyMatch {
        keys = List.copyOf(keys);
        patterns = List.copyOf(patterns);
        numbers = List.copyOf(numbers);
    }

    /** {@code (search_text LIKE ? OR ... OR party_key = ANY(?))} over {@code call_parties}. */
    String condition() {
        StringBuilder sb = new StringBuilder("(").append(PartyIndex.likes(patterns.size()));
        if (!numbers.isEmpty()) {
            sb.append(" OR party_key = ANY(?)");
        }
        return sb.append(')').toString();
    }

    /** The parameters of {@link #condition()}. */
    List<Object> conditionParams() {
        List<Object> p = new java.util.ArrayList<>(patterns);
        if (!numbers.isEmpty()) {
            p.add(numbers.toArray(new String[0]));
        }
        return p;
    }

    boolean none() {
        return !dense && keys.isEmpty();
    }
}
