package dev.ringside.history;

/**
 * What the history is ordered by. Each order reads one index of its own, forwards or backwards, so
 * paging never sorts the operator's whole history. Ties go by start time and then row id.
 */
public enum CallSort {
    /** When the call started. */
    TIME(null, "calls_newest_first"),
    /** The other party's number (its digits; calls without a number after those with one). */
    PARTY("party_key", "calls_by_party"),
    /** The caller's name, case ignored; calls without a name first. */
    NAME("name_sort", "calls_by_name"),
    /** The status word. */
    STATUS("status", "calls_by_status"),
    /** How long it rang; still ringing first. */
    RING("ring_sort", "calls_by_ring"),
    /** How long the parties talked; still in progress first. */
    TALK("talk_sort", "calls_by_talk");

    /** The sort column (no NULLs in it), or null when the start time alone orders. */
    final String column;
    final String index;

    CallSort(String column, String index) {
        this.column = column;
        this.index = index;
    }

    /** True when the column holds numbers rather than text (for reading a cursor back). */
    boolean numeric() {
        return this == RING || this == TALK;
    }
}
