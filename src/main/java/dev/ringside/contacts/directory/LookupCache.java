package dev.ringside.contacts.directory;

import dev.ringside.contacts.CallerMatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The directory's recent answers, bounded in size (the least recently used go first) and in age.
 * "Nobody has this number" is kept too, for a shorter time, so a caller the directory does not know
 * is not asked about on every ring. Thread-safe.
 */
final class LookupCache {

    private record Entry(Optional<CallerMatch> match, Instant expires) {
    }

    private final int capacity;
    private final Duration found;
    private final Duration notFound;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries;

    LookupCache(int capacity, Duration found, Duration notFound, Clock clock) {
        this.capacity = capacity;
        this.found = found;
        this.notFound = notFound;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > LookupCache.this.capacity;
            }
        };
    }

    /** The cached answer: empty when not cached (or expired); an empty Optional inside for "nobody". */
    synchronized Optional<Optional<CallerMatch>> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.match());
    }

    synchronized void put(String key, Optional<CallerMatch> match) {
        entries.put(key, new Entry(match, clock.instant().plus(match.isPresent() ? found : notFound)));
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
