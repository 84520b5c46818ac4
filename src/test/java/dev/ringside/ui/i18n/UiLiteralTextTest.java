package dev.ringside.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fails when an FXML file or a class of the UI holds text an operator would read instead of a
 * bundle key. FXML: every text-like attribute is a {@code %key}, a binding, or carries no letters.
 * Java (all of {@code dev.ringside.ui}): a string literal that reads like words (two letters and a
 * space, a capitalised word, or any Cyrillic) must be a log message or an exception's message for
 * the log. A literal that is none of these but still no operator text (a CSS class with a space,
 * say, or a {@code toString()} for the log) ends its statement's last line with the comment
 * {@code // not operator text}.
 */
class UiLiteralTextTest {

    private static final Path UI_JAVA = BundleKeysTest.JAVA.resolve("dev/ringside/ui");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("text", "promptText", "accessibleText",
            "accessibleHelp", "accessibleRoleDescription", "title", "headerText", "contentText", "fx:value", "value");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}\\p{L}");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[^\\n]*\\s[^\\n]*\\p{L}|\\p{L}{2,}\\s|^\\p{Lu}\\p{Ll}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final String ESCAPE = "// not operator text";
    /** Statements whose text goes to the log, into an exception for the log, or into CSS: never on screen. */
    private static final List<String> FOR_THE_LOG = List.of("LOG.", "log.", "LoggerFactory", "throw new",
            "Exception(", "Error(", "setStyle(");

    @Test
    void fxmlHoldsKeysNotTexts() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : BundleKeysTest.fxmlFiles()) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            check(file, root, problems);
        }
        assertEquals(List.of(), problems, "literal texts in FXML: use %key");
    }

    @Test
    void uiClassesHoldKeysNotTexts() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (var walk = Files.walk(UI_JAVA)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String code = JavaCode.withoutComments(Files.readString(file));
            String original = Files.readString(file);
            for (JavaCode.Literal literal : JavaCode.literals(code)) {
                if (!readsLikeText(literal.text()) || forTheLog(code, literal.offset())
                        || statementOf(code, original, literal.offset()).contains(ESCAPE)) {
                    continue;
                }
                problems.add(file + ": \"" + literal.text() + "\"");
            }
        }
        assertEquals(List.of(), problems, "operator texts in UI code: use Localization.lang(\"key\")");
    }

    @Test
    void theCheckCatchesWhatItShould() {
        // the heuristics themselves, so that a change cannot quietly blind the test
        for (String text : List.of("Log in", "Connected", "Missed call", "on ", "Входящий", "Reconnecting in ")) {
            assertEquals(true, readsLikeText(text), text);
        }
        for (String text : List.of("login.title", "mdi2p-phone", "ok", "theme-dark", "HH:mm", "%d:%02d", "", "  \u00b7  ",
                "ringside.css", "OK", "ringside-open-folder")) {
            assertEquals(false, readsLikeText(text), text);
        }
        String code = "LOG.warn(\"Logout did not\",\n  \"finish\");\nlabel.setText(\"Hello there\");";
        assertEquals(true, forTheLog(code, code.indexOf("\"finish")));
        assertEquals(false, forTheLog(code, code.indexOf("\"Hello")));
    }

    static boolean readsLikeText(String s) {
        return CYRILLIC.matcher(s).find() || (LETTERS.matcher(s).find() && WORDS.matcher(s).find());
    }

    /** The literal sits in a statement that logs or builds an exception. */
    static boolean forTheLog(String code, int offset) {
        int start = Math.max(Math.max(code.lastIndexOf(';', offset), code.lastIndexOf('{', offset)),
                code.lastIndexOf('}', offset)) + 1;
        String statement = code.substring(start, offset);
        return FOR_THE_LOG.stream().anyMatch(statement::contains);
    }

    private static void check(Path file, Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String value = a.getNodeValue().strip();
            if (TEXT_ATTRIBUTES.contains(a.getNodeName()) && LETTERS.matcher(value).find()
                    && !value.startsWith("%") && !value.startsWith("$")) {
                problems.add(file.getFileName() + ": <" + element.getTagName() + " " + a.getNodeName() + "=\"" + value + "\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                check(file, e, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE && LETTERS.matcher(child.getNodeValue()).find()) {
                problems.add(file.getFileName() + ": <" + element.getTagName() + ">" + child.getNodeValue().strip());
            }
        }
    }

    /** The statement around offset, up to the end of the line where it ends, comments included. */
    private static String statementOf(String code, String original, int offset) {
        int start = Math.max(Math.max(code.lastIndexOf(';', offset), code.lastIndexOf('{', offset)),
                code.lastIndexOf('}', offset)) + 1;
        int semicolon = code.indexOf(';', offset);
        int end = semicolon < 0 ? code.length() : original.indexOf('\n', semicolon);
        return original.substring(start, end < 0 ? original.length() : end);
    }
}
