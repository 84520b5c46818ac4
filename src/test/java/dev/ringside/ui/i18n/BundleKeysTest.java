package dev.ringside.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles hold exactly the keys the code uses: {@code lang("key")} and
 * {@code plural("key", n)} in Java (a counted key stands for its four CLDR categories), {@code %key}
 * in FXML, and what {@code static List<String> i18nKeys()} methods declare for keys built at run time.
 */
class BundleKeysTest {

    static final Path JAVA = Path.of("src/main/java");
    static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL_CALL = Pattern.compile("\\b(lang|plural)\\(\\s*\"([^\"]*)\"");
    private static final Pattern ANY_CALL = Pattern.compile("(?<![\\w.])(?:Localization\\.)?(lang|plural)\\(");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");
    private static final Pattern DYNAMIC = Pattern.compile("static\\s+List<String>\\s+i18nKeys\\(\\)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    static final List<String> CATEGORIES = List.of("one", "few", "many", "other");

    @Test
    void bothBundlesHoldExactlyTheKeysTheCodeUses() throws IOException {
        Set<String> used = usedKeys();
        Set<String> english = keys(bundle(""));
        Set<String> russian = keys(bundle("_ru"));
        assertEquals(english, russian, "Messages.properties and Messages_ru.properties must hold the same keys");
        assertEquals(missing(used, english), Set.of(), "keys the code uses but the bundles lack");
        assertEquals(missing(english, used), Set.of(), "keys in the bundles that no code uses");
    }

    @Test
    void everyLookupNamesItsKeyOrTheClassDeclaresItsKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : javaSources()) {
            String code = JavaCode.withoutComments(Files.readString(file));
            if (file.endsWith("Localization.java") || DYNAMIC.matcher(code).find()) {
                continue;
            }
            Matcher any = ANY_CALL.matcher(code);
            while (any.find()) {
                int after = any.end();
                while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                    after++;
                }
                if (after >= code.length() || code.charAt(after) != '"') {
                    problems.add(file + ": " + line(code, any.start()));
                }
            }
        }
        assertEquals(List.of(), problems, "lang()/plural() with a computed key; list such keys in i18nKeys()");
    }

    @Test
    void textsAreValidPatternsWithTheSameArgumentsInBothLanguages() {
        Properties english = bundle("");
        Properties russian = bundle("_ru");
        List<String> problems = new ArrayList<>();
        for (Properties p : List.of(english, russian)) {
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.indexOf('\'') >= 0) {
                    problems.add(key + ": write ’ instead of ' (MessageFormat drops ')");
                }
                try {
                    new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
                if (text.isBlank()) {
                    problems.add(key + ": empty");
                }
            }
        }
        for (String key : english.stringPropertyNames()) {
            String group = pluralGroup(key);
            if (group == null) {
                if (russian.containsKey(key) && !arguments(english.getProperty(key)).equals(arguments(russian.getProperty(key)))) {
                    problems.add(key + ": English and Russian take different arguments");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void russianIsRussian() {
        Properties russian = bundle("_ru");
        Properties english = bundle("");
        int same = 0;
        for (String key : russian.stringPropertyNames()) {
            String text = russian.getProperty(key);
            if (text.equals(english.getProperty(key))) {
                same++;
            }
        }
        // brand names, patterns and samples ("Ringside", "HH:mm", "777, 888") read the same in both
        assertTrue(same <= 12, same + " Russian texts are the English ones");
        assertTrue(russian.getProperty("popup.title").startsWith("Входящий звонок"));
    }

    // ------------------------------------------------------------------------------------------

    static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            String code = JavaCode.withoutComments(Files.readString(file));
            Matcher m = LITERAL_CALL.matcher(code);
            while (m.find()) {
                if (m.group(1).equals("plural")) {
                    CATEGORIES.forEach(c -> used.add(m.group(2) + "." + c));
                } else {
                    used.add(m.group(2));
                }
            }
            if (DYNAMIC.matcher(code).find()) {
                used.addAll(declaredKeys(file));
            }
        }
        for (Path file : fxmlFiles()) {
            Matcher m = FXML_KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    @SuppressWarnings("unchecked")
    private static List<String> declaredKeys(Path file) {
        String name = JAVA.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                .replaceAll("\\.java$", "");
        try {
            Method m = Class.forName(name).getDeclaredMethod("i18nKeys");
            m.setAccessible(true);
            return (List<String>) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            fail(name + ".i18nKeys() cannot be called: " + e);
            return List.of();
        }
    }

    static List<Path> javaSources() throws IOException {
        try (Stream<Path> s = Files.walk(JAVA)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            return s.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
    }

    /** The bundle as packed into the jar: read from the class path, not from the source folder. */
    static Properties bundle(String suffix) {
        String name = "/" + Localization.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(name)) {
            assertFalse(in == null, name + " is not on the class path");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> out = new TreeSet<>(wanted);
        out.removeAll(present);
        return out;
    }

    private static String pluralGroup(String key) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && CATEGORIES.contains(key.substring(dot + 1)) ? key.substring(0, dot) : null;
    }

    private static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String line(String code, int at) {
        int start = code.lastIndexOf('\n', at) + 1;
        int end = code.indexOf('\n', at);
        return code.substring(start, end < 0 ? code.length() : end).strip();
    }
}
