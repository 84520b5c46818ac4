package dev.ringside.history;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An operator who uses Ringside on this PC (the seed's {@code users}), with the numbers it owns
 * (the seed's {@code user_phones}). Calls are stored per operator: shift workers sharing one PC
 * each see only their own.
 */
public record Operator(long id, String displayName, Set<String> numbers, Instant createdAt) {
    public Operator {
        numbers = Collections.unmodifiableSortedSet(new TreeSet<>(numbers));
    }
}
