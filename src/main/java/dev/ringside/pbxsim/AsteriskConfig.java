package dev.ringside.pbxsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Asterisk configuration file read the way main/config.c reads it, for the simulator's
 * {@code manager.conf}:
 * <ul>
 *   <li>{@code ;} starts a comment, anywhere on a line, also inside a value; {@code \;} is a
 *       literal {@code ;} (the backslash goes); {@code ;--} ... {@code --;} is a block comment,
 *       which may span lines and nest;</li>
 *   <li>what is left of a line is trimmed; blank lines are skipped;</li>
 *   <li>{@code [name]} opens a category, {@code [name](!)} a template, {@code [name](a,b)} one
 *       that starts with the variables of templates a and b;</li>
 *   <li>{@code name = value} and {@code name => value} add a variable (name and value trimmed,
 *       the first {@code =} splits them); {@code name += value} appends to the last one of that
 *       name; nothing else is special (quotes and other backslashes stay as they are).</li>
 * </ul>
 * Problems Asterisk would log are kept as {@link #warnings()}; a variable before any category
 * makes the whole file invalid, as in Asterisk.
 */
public final class AsteriskConfig {

    /** One {@code name = value} line. */
    public record Variable(String name, String value, int line) {
    }

    /** One {@code [name]} section with its variables in file order. */
    public record Category(String name, boolean template, List<Variable> variables) {
    }

    /** The file cannot be used at all (Asterisk: CONFIG_STATUS_FILEINVALID). */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private static final int MAX_NESTED_COMMENTS = 128;

    private final List<Category> categories = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private AsteriskConfig() {
    }

    public static AsteriskConfig parse(String text) throws Invalid {
        AsteriskConfig config = new AsteriskConfig();
        config.read(text);
        return config;
    }

    public List<Category> categories() {
        return List.copyOf(categories);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private void read(String text) throws Invalid {
        int comment = 0;
        int commentStart = 0;
        Map<String, Category> byName = new LinkedHashMap<>();
        Category current = null;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            int lineNo = n + 1;
            StringBuilder kept = new StringBuilder();
            String line = lines[n];
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c != ';') {
                    if (comment == 0) {
                        kept.append(c);
                    }
                    i++;
                    continue;
                }
                if (i > 0 && line.charAt(i - 1) == '\\' && (comment > 0 || endsWithBackslash(kept))) {
                    // escaped: the backslash goes, the ';' stays
                    if (comment == 0) {
                        kept.setLength(kept.length() - 1);
                        kept.append(';');
                    }
                    i++;
                } else if (line.startsWith(";--", i) && !line.startsWith(";---", i)) {
                    if (comment < MAX_NESTED_COMMENTS) {
                        if (comment == 0) {
                            commentStart = lineNo;
                        }
                        comment++;
                    }
                    i += 3;
                } else if (comment > 0 && i >= 2 && line.charAt(i - 1) == '-' && line.charAt(i - 2) == '-') {
                    comment--;
                    i++;
                } else if (comment == 0) {
                    break; // a plain ';' ends the line
                } else {
                    i++;
                }
            }
            String content = kept.toString().strip();
            if (!content.isEmpty()) {
                current = line(content, lineNo, current, byName);
            }
        }
        if (comment > 0) {
            warnings.add("Unterminated comment detected beginning on line " + commentStart);
        }
    }

    private static boolean endsWithBackslash(StringBuilder sb) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == '\\';
    }

    private Category line(String content, int lineNo, Category current, Map<String, Category> byName) throws Invalid {
        if (content.charAt(0) == '[') {
            return category(content, lineNo, byName);
        }
        if (content.charAt(0) == '#') {
            warnings.add("Line " + lineNo + ": the simulator does not follow #include/#exec: " + content);
            return current;
        }
        if (current == null) {
            throw new Invalid("parse error: No category context for line " + lineNo);
        }
        int eq = content.indexOf('=');
        if (eq < 0) {
            warnings.add("No '=' (equal sign) in line " + lineNo);
            return current;
        }
        boolean append = eq > 0 && content.charAt(eq - 1) == '+';
        String name = content.substring(0, append ? eq - 1 : eq).strip();
        String value = content.substring(eq + 1);
        if (!append && value.startsWith(">")) {
            value = value.substring(1);
        }
        value = value.strip();
        if (name.isEmpty()) {
            warnings.add("No variable name in line " + lineNo);
            return current;
        }
        List<Variable> vars = current.variables();
        if (append) {
            for (int k = vars.size() - 1; k >= 0; k--) {
                if (vars.get(k).name().equals(name)) {
                    vars.set(k, new Variable(name, (vars.get(k).value() + value).strip(), vars.get(k).line()));
                    return current;
                }
            }
        }
        vars.add(new Variable(name, value, lineNo));
        return current;
    }

    private Category category(String content, int lineNo, Map<String, Category> byName) throws Invalid {
        int close = content.indexOf(']');
        if (close < 0) {
            throw new Invalid("parse error: no closing ']', line " + lineNo);
        }
        String name = content.substring(1, close);
        boolean template = false;
        List<Variable> vars = new ArrayList<>();
        String rest = content.substring(close + 1).strip();
        if (rest.startsWith("(")) {
            int end = rest.indexOf(')');
            if (end < 0) {
                throw new Invalid("parse error: no closing ')', line " + lineNo);
            }
            for (String option : rest.substring(1, end).split(",")) {
                String o = option.strip();
                if (o.equals("!")) {
                    template = true;
                } else if (o.equals("+")) {
                    Category existing = byName.get(name);
                    if (existing != null) {
                        return existing;
                    }
                } else if (!o.isEmpty()) {
                    Category base = byName.get(o);
                    if (base == null) {
                        throw new Invalid("Inheritance requested, but category '" + o + "' does not exist, line "
                                + lineNo);
                    }
                    vars.addAll(base.variables());
                }
            }
        }
        Category category = new Category(name, template, vars);
        categories.add(category);
        byName.put(name, category);
        return category;
    }
}
