package dev.ringside.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** JavaFX's own control texts (text-field menu, date picker, dialogs) have Russian from our jar. */
class JavaFxControlTextsTest {

    private static final String BASE = "com/sun/javafx/scene/control/skin/resources/controls";

    @Test
    void russianControlTextsOverrideJavaFxsEnglish() {
        ResourceBundle ru = ResourceBundle.getBundle(BASE, Locale.forLanguageTag("ru-RU"));
        ResourceBundle english = ResourceBundle.getBundle(BASE, Locale.ROOT);
        assertEquals("Копировать", ru.getString("TextInputControl.menu.Copy"));
        assertEquals("Выделить всё", ru.getString("TextInputControl.menu.SelectAll"));
        assertEquals("Copy", english.getString("TextInputControl.menu.Copy"));
        for (String key : Collections.list(ResourceBundle.getBundle(BASE + "_ru").getKeys())) {
            assertTrue(english.containsKey(key), key + " is no key of JavaFX's controls.properties");
        }
    }
}
