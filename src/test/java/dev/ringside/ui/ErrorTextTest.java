package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiErrors;
import dev.ringside.ami.AmiException;
import dev.ringside.history.HistoryException;
import dev.ringside.ui.i18n.Localization;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

    private final Locale before = Localization.locale();

    @AfterEach
    void restore() {
        Localization.setLocale(before);
    }

    @Test
    void everyEngineErrorKindHasWordsInBothLanguages() {
        for (Locale locale : new Locale[] {Localization.ENGLISH, Localization.RUSSIAN}) {
            Localization.setLocale(locale);
            for (AmiError.Kind kind : AmiError.Kind.values()) {
                String text = ErrorText.of(new AmiError(kind, "english detail", "pbx.example:5038"));
                assertFalse(text.isBlank() || text.startsWith("error."), kind + ": " + text);
                assertFalse(text.contains("english detail"), "the engine's English stays in the log: " + text);
            }
            for (HistoryException.Kind kind : HistoryException.Kind.values()) {
                String text = ErrorText.of(new HistoryException(kind, "english detail", Path.of("/data/history"), null));
                assertFalse(text.isBlank() || text.startsWith("error.") || text.contains("english detail"), kind + ": " + text);
            }
        }
    }

    @Test
    void theSubjectIsNamed() {
        Localization.setLocale(Localization.RUSSIAN);
        assertEquals("По адресу pbx.example:5038 никто не отвечает",
                ErrorText.of(new CompletionException(new AmiException(AmiErrors.nothingAnswers("pbx.example:5038"), null))));
        String locked = ErrorText.of(new HistoryException(HistoryException.Kind.LOCKED, "x", Path.of("/data/history"), null));
        assertTrue(locked.startsWith("Ringside уже запущен") && locked.contains("/data/history"), locked);
    }

    @Test
    void anythingElseGetsTheGenericSentence() {
        Localization.setLocale(Localization.ENGLISH);
        assertEquals("Something went wrong. The details are in the log file.",
                ErrorText.of(new IllegalStateException("java.sql.SQLException: secret detail")));
        Localization.setLocale(Localization.RUSSIAN);
        assertNotEquals(Localization.lang("error.generic"), ErrorText.of(new AmiException(AmiErrors.wrongCredentials(), null)));
    }
}
