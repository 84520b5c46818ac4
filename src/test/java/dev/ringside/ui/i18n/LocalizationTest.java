package dev.ringside.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalizationTest {

    private final Locale before = Localization.locale();

    @AfterEach
    void restore() {
        Localization.setLocale(before);
    }

    @Test
    void missedCallsReadRightInRussian() {
        Localization.setLocale(Localization.RUSSIAN);
        assertEquals("1 пропущенный звонок", Localization.plural("main.missed", 1));
        assertEquals("2 пропущенных звонка", Localization.plural("main.missed", 2));
        assertEquals("5 пропущенных звонков", Localization.plural("main.missed", 5));
        assertEquals("11 пропущенных звонков", Localization.plural("main.missed", 11));
        assertEquals("21 пропущенный звонок", Localization.plural("main.missed", 21));
        assertEquals("22 пропущенных звонка", Localization.plural("main.missed", 22));
    }

    @Test
    void missedCallsReadRightInEnglish() {
        Localization.setLocale(Locale.US);
        assertEquals("1 missed call", Localization.plural("main.missed", 1));
        assertEquals("2 missed calls", Localization.plural("main.missed", 2));
        assertEquals("21 missed calls", Localization.plural("main.missed", 21));
        assertEquals("1,200 missed calls", Localization.plural("main.missed", 1200));
    }

    @Test
    void onlyEnglishAndRussianAreOffered() {
        assertEquals(Localization.RUSSIAN, Localization.supported(Locale.forLanguageTag("ru-RU")));
        assertEquals(Localization.ENGLISH, Localization.supported(Locale.GERMANY));
        assertEquals(Localization.ENGLISH, Localization.supported(null));
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanNothing() {
        assertEquals("no.such.key", Localization.lang("no.such.key"));
    }

    @Test
    void argumentsAreFilledInAndTextsWithoutArgumentsReadTheSame() {
        Localization.setLocale(Locale.ENGLISH);
        assertEquals("Version 1.0", Localization.lang("about.version", "1.0"));
        assertEquals("TLS to pbx:5039 failed: the PBX’s certificate is not trusted or does not match the host name",
                Localization.lang("error.ami.tlsUntrusted", "pbx:5039"));
    }
}
