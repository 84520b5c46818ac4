package dev.ringside.ui.i18n;

import java.util.Locale;

/** CLDR plural categories; the bundle key of a counted text ends in one of them ({@code .one}, {@code .few}, ...). */
public enum PluralCategory {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
