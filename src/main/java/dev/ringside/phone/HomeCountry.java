package dev.ringside.phone;

import java.util.Locale;

/**
 * The operator's country, which phone numbers are read and shown in: one per app, set from the
 * settings at start and when they change; until then the JVM's locale says it. History keys numbers
 * by it and the UI formats them with it, so both always agree.
 */
public final class HomeCountry {

    private static volatile PhoneNumbers current = PhoneNumbers.forLocale(Locale.getDefault());

    private HomeCountry() {
    }

    public static PhoneNumbers numbers() {
        return current;
    }

    /** @param region ISO 3166 code ({@code RU}, {@code DE}); blank or unknown means none (every number international) */
    public static void set(String region) {
        current = new PhoneNumbers(region);
    }
}
