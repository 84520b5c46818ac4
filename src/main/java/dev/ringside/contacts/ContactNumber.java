package dev.ringside.contacts;

import java.util.Objects;

/**
 * One of a contact's numbers.
 *
 * @param label  what kind of number it is, as the operator or the imported file named it
 *               ({@code mobile}, {@code cell}, {@code work}, {@code Office}); null when unnamed
 * @param number the number as it was written ({@code 8 (912) 345-67-89}, {@code tel:+1-555-123-4567})
 * @param key    the matching key: E.164 for a full number, the digits of an extension
 */
public record ContactNumber(String label, String number, String key) {

    public ContactNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(key, "key");
        label = label == null || label.isBlank() ? null : label.strip();
    }
}
