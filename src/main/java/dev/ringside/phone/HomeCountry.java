package dev.ringside.phone;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The operator's country, which phone numbers are read and shown in: one per app, set from the
 * settings at start and when they change; until then the JVM's locale says it. History keys numbers
 * by it and the UI formats them with it, so both always agree.
 */
public final class HomeCountry {

    private static volatile PhoneNumbers current = PhoneNumbers.forLocale(Locale.getDefault());
    private static final List<Consumer<PhoneNumbers>> listeners = new CopyOnWriteArrayList<>();

    private HomeCountry() {
    }

    public static PhoneNumbers numbers() {
        return current;
    }

    /** @param region ISO 3166 code ({@code RU}, {@code DE}); blank or unknown means none (every number international) */
    public static void set(String region) {
        PhoneNumbers next = new PhoneNumbers(region);
        PhoneNumbers before = current;
        current = next;
        if (!next.equals(before)) {
            listeners.forEach(l -> l.accept(next));
        }
    }

    /**
     * Told, on the thread that changed it, when the home country changes (the contacts re-key their
     * national numbers). @return what stops the telling
     */
    public static Runnable onChange(Consumer<PhoneNumbers> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
