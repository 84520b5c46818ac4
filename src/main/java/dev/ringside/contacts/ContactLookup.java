package dev.ringside.contacts;

import java.util.Optional;

/** Finds whose number is calling, by any spelling of the number. */
@FunctionalInterface
public interface ContactLookup {

    /**
     * The contact a number belongs to; empty when none does, or when {@code number} is no number.
     * When several contacts share a number, the one stored first wins.
     */
    Optional<CallerMatch> byNumber(String number);

    ContactLookup NONE = number -> Optional.empty();
}
