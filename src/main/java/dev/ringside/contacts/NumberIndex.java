package dev.ringside.contacts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every stored number's key and whose it is, in memory, so the look-up of a ringing number never
 * touches the disk. {@link ContactStore} keeps it in step with the table: it loads it once, then
 * changes it with every save, delete, import and change of home country. When several contacts
 * share a number, the one stored first (the lowest id) answers. Reads may run on any thread while
 * the store changes it; the store makes one change at a time.
 */
final class NumberIndex {

    private static final CallerMatch[] NONE = new CallerMatch[0];

    private volatile Map<String, CallerMatch[]> byKey = new ConcurrentHashMap<>();
    /** Labels repeat ("mobile", "work"): one copy of each, not one per number. */
    private Map<String, String> labels = new HashMap<>();

    Optional<CallerMatch> find(String key) {
        CallerMatch[] owners = byKey.get(key);
        return owners == null || owners.length == 0 ? Optional.empty() : Optional.of(owners[0]);
    }

    /** How many distinct numbers it holds. */
    int size() {
        return byKey.size();
    }

    /** Starts a fresh index; {@link Builder#build()} swaps it in whole. */
    Builder rebuild() {
        return new Builder();
    }

    /** Adds a contact's numbers (a contact just stored, or stored again after an edit). */
    void add(long id, String name, String company, Iterable<ContactNumber> numbers) {
        for (ContactNumber n : numbers) {
            CallerMatch match = match(id, name, company, n);
            byKey.compute(n.key(), (k, owners) -> insert(owners == null ? NONE : owners, match));
        }
    }

    /** Removes a contact from the numbers it had. */
    void remove(long id, Iterable<ContactNumber> numbers) {
        for (ContactNumber n : numbers) {
            byKey.computeIfPresent(n.key(), (k, owners) -> {
                CallerMatch[] left = Arrays.stream(owners).filter(m -> m.contactId() != id).toArray(CallerMatch[]::new);
                return left.length == 0 ? null : left;
            });
        }
    }

    private CallerMatch match(long id, String name, String company, ContactNumber n) {
        return match(labels, id, name, company, n);
    }

    private static CallerMatch match(Map<String, String> labels, long id, String name, String company,
                                     ContactNumber n) {
        String label = n.label() == null ? null : labels.computeIfAbsent(n.label(), l -> l);
        return new CallerMatch(id, name, company, label, CallerMatch.Source.LOCAL);
    }

    /** The owners with {@code match} in id order, replacing an older entry of the same contact. */
    private static CallerMatch[] insert(CallerMatch[] owners, CallerMatch match) {
        long id = match.contactId();
        int at = 0;
        while (at < owners.length && owners[at].contactId() < id) {
            at++;
        }
        if (at < owners.length && owners[at].contactId() == id) {
            return owners; // the contact has this number twice: its first label stays
        }
        CallerMatch[] out = new CallerMatch[owners.length + 1];
        System.arraycopy(owners, 0, out, 0, at);
        out[at] = match;
        System.arraycopy(owners, at, out, at + 1, owners.length - at);
        return out;
    }

    /** Collects a whole new index, contacts in id order, then swaps it in. */
    final class Builder {
        private final Map<String, CallerMatch[]> map = new ConcurrentHashMap<>();
        private final Map<String, String> newLabels = new HashMap<>();

        void add(long id, String name, String company, Iterable<ContactNumber> numbers) {
            for (ContactNumber n : numbers) {
                CallerMatch m = match(newLabels, id, name, company, n);
                map.compute(n.key(), (k, owners) -> insert(owners == null ? NONE : owners, m));
            }
        }

        void build() {
            labels = newLabels;
            byKey = map;
        }
    }
}
