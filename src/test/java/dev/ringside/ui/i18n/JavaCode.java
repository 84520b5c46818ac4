package dev.ringside.ui.i18n;

import java.util.ArrayList;
import java.util.List;

/** Just enough of Java's lexical rules for the text tests: comments out, string literals found. */
final class JavaCode {

    /** A string literal: its unescaped text and where its opening quote is. */
    record Literal(String text, int offset) {
    }

    private JavaCode() {
    }

    /** The code with comments blanked out (line breaks kept, so offsets and line numbers hold). */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(code, i);
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                blank(out, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    /** Every string literal of code already stripped of comments (text blocks included). */
    static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\'') {
                i = skipQuoted(code, i);
            } else if (c == '"') {
                int end = skipQuoted(code, i);
                boolean block = code.startsWith("\"\"\"", i);
                String raw = block ? code.substring(i + 3, end - 3) : code.substring(i + 1, end - 1);
                out.add(new Literal(unescape(raw), i));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int skipQuoted(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), i + 1);
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    while (i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                        i++;
                    }
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
