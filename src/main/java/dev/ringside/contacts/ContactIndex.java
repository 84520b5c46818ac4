package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts held in memory (a contacts file for {@code replay} and {@code monitor}), looked up by
 * number. Immutable; thread-safe.
 */
public final class ContactIndex implements ContactLookup {

    private final PhoneNumbers phone;
    private final Map<String, CallerMatch> byKey;
    private final int size;

    public ContactIndex(List<Contact> contacts, PhoneNumbers phone) {
        this.phone = phone;
        this.size = contacts.size();
        Map<String, CallerMatch> map = new HashMap<>();
        for (Contact contact : contacts) {
            for (ContactNumber number : contact.numbers()) {
                map.putIfAbsent(number.key(), CallerMatch.of(contact, number));
            }
        }
        this.byKey = map;
    }

    @Override
    public Optional<CallerMatch> byNumber(String number) {
        String key = phone.canonical(number);
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** How many contacts it holds. */
    public int size() {
        return size;
    }
}
