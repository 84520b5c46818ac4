package dev.ringside.ui;

import dev.ringside.phone.HomeCountry;

/**
 * Phone numbers as the operator reads them: national for the home country, international for
 * the rest, extensions and text as they are, never a digit lost ({@link dev.ringside.phone.PhoneNumbers}).
 */
public final class NumberText {

    private NumberText() {
    }

    /** "" for null. */
    public static String of(String number) {
        return HomeCountry.numbers().display(number);
    }
}
