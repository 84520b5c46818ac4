package dev.ringside.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one lookup for every text an operator sees: {@code Localization.lang("login.title")}. Keys are
 * plain dotted words; the texts live in {@code Messages.properties} (English) and
 * {@code Messages_ru.properties} (Russian), which hold the same keys. FXML reaches the same bundle as
 * {@code %key} (see {@code ViewLoader}).
 *
 * <p>The language follows the OS unless {@link #setLocale(Locale)} picks one (the settings do).
 * Counted texts use CLDR plural categories: {@code plural("missed.count", 3)} reads
 * {@code missed.count.few} in Russian and {@code missed.count.other} in English, with the count as
 * argument {@code {0}}. Both bundles hold all four categories of a counted text ({@code .one},
 * {@code .few}, {@code .many}, {@code .other}), so that they have exactly the same keys.
 *
 * <p>Keys are string literals at the call ({@code lang("popup.accept")}), so the bundle tests can
 * find every key the code uses. A class that builds keys at run time (from an enum's name, say)
 * declares them all in a {@code static List<String> i18nKeys()} method; the tests call it.
 */
public final class Localization {

    public static final String BUNDLE = "dev.ringside.ui.i18n.Messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The OS's locale, as the JVM found it at start (before the app changes the default). */
    private static final Locale SYSTEM = Locale.getDefault();
    private static final Locale RUSSIA = Locale.forLanguageTag("ru-RU");

    private static volatile Locale locale = supported(SYSTEM);
    private static volatile ResourceBundle bundle = load(locale);

    private Localization() {
    }

    /** English or Russian: the one of the two that {@code wanted} asks for, English otherwise. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "ru".equals(wanted.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    /** The language a "language" setting asks for: "" (or null) follows the OS, else "en" or "ru". */
    public static Locale forSetting(String language) {
        return language == null || language.isBlank() ? supported(SYSTEM) : supported(Locale.forLanguageTag(language));
    }

    /**
     * Applies the "language" setting to the desktop app: the texts, and the JVM's default locale,
     * which dates, numbers, the date picker's calendar (month names, first day of the week) and
     * JavaFX's own control texts follow. Only the desktop app calls this; the CLI keeps its locale.
     */
    public static void applySetting(String language) {
        setLocale(forSetting(language));
        Locale.setDefault(formatLocale());
    }

    /**
     * The locale for dates, times and numbers: the OS's own when it speaks the chosen language
     * (en-GB, ru-RU), else the language's main country (en-US, ru-RU).
     */
    public static Locale formatLocale() {
        Locale chosen = locale;
        if (SYSTEM.getLanguage().equals(chosen.getLanguage()) && !SYSTEM.getCountry().isEmpty()) {
            return SYSTEM;
        }
        return chosen.equals(RUSSIAN) ? RUSSIA : Locale.US;
    }

    public static void setLocale(Locale wanted) {
        Locale chosen = supported(wanted);
        bundle = load(chosen);
        locale = chosen;
    }

    public static Locale locale() {
        return locale;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}... filled in from {@code args}. */
    public static String lang(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug the bundle tests catch; the operator still sees something readable
            return key;
        }
        // always MessageFormat, so a text reads the same with and without arguments
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A counted text: {@code key + "." + category}, with the count as {@code {0}} and the rest after it. */
    public static String plural(String key, long count, Object... more) {
        PluralCategory category = PluralRules.select(locale, count);
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        String full = key + "." + category.suffix();
        if (!bundle.containsKey(full)) {
            full = key + "." + PluralCategory.OTHER.suffix();
        }
        return lang(full, args);
    }

    private static ResourceBundle load(Locale chosen) {
        // the root bundle is English: never fall back to the JVM's default locale instead
        return ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
