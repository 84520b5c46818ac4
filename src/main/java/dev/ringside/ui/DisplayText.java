package dev.ringside.ui;

/**
 * Text an outside party sent (a caller's name or number), made safe to show: bidirectional
 * control characters (which can show a number reversed) and other control characters removed,
 * runs of white space made one space, and cut to a width with an ellipsis. History keeps the full
 * text; only what is shown is cut.
 */
public final class DisplayText {

    /** A caller's or contact's name on one line. */
    public static final int NAME = 48;
    /** A phone number as shown (the longest real one, formatted, is well under this). */
    public static final int NUMBER = 32;
    /** A queue or an extension. */
    public static final int SHORT = 24;

    private DisplayText() {
    }

    /** The text cleaned and cut to {@code max} characters (the last being "…" when cut); "" for null. */
    public static String of(String text, int max) {
        String clean = clean(text);
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, Math.max(0, max - 1));
        return clean.substring(0, end).stripTrailing() + "\u2026";
    }

    /** Without control characters, white space runs as one space, trimmed; "" for null. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // bounded first: a hostile megabyte of text costs no more than a name
        String bounded = text.length() > 4_096 ? text.substring(0, 4_096) : text;
        StringBuilder out = new StringBuilder(bounded.length());
        boolean space = false;
        for (int i = 0; i < bounded.length(); ) {
            int cp = bounded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else if (!isInvisibleControl(cp)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Bidi embeddings, overrides and isolates, the marks LRM/RLM/ALM, zero-width and other format
     * characters, and C0/C1 controls: none of them belongs in a name or a number.
     */
    static boolean isInvisibleControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false; // white space, made one space
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }
}
