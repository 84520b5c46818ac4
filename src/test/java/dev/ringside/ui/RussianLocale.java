package dev.ringside.ui;

import dev.ringside.phone.HomeCountry;
import dev.ringside.ui.i18n.Localization;
import dev.ringside.ui.port.Settings;
import java.util.Locale;

/** For the Russian TestFX tests: settings that ask for Russian, and putting the JVM back afterwards. */
final class RussianLocale {

    private final Locale jvmDefault = Locale.getDefault();
    private final Locale texts = Localization.locale();
    private final String country = HomeCountry.numbers().homeRegion();

    static Settings settings(boolean demo) {
        Settings.Builder b = Settings.defaults().toBuilder();
        b.language = "ru";
        b.extensions = java.util.List.of("777", "888");
        b.demo = demo;
        b.remember = true;
        return b.build();
    }

    void restore() {
        Locale.setDefault(jvmDefault);
        Localization.setLocale(texts);
        HomeCountry.set(country);
    }
}
