package dev.ringside.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code calls} columns' sizes (V1__call_history.sql), and how a value that does not fit is cut
 * so that the call is stored anyway: text keeps its start and ends in "…"; an id keeps its start
 * and a hash of the whole, so that two long ids that share a start stay apart and the same id
 * always maps to the same key.
 */
final class ColumnLimits {

    static final int NUMBER = 255;
    static final int NAME = 512;
    static final int ID = 255;
    static final int CHANNEL = 512;
    static final int NOTES = CallHistory.MAX_NOTES_LENGTH;
    static final int COMPANY = 512;
    static final int OPERATOR_NAME = 200;

    private static final String ELLIPSIS = "\u2026";
    private static final int HASH_CHARS = 16;

    private ColumnLimits() {
    }

    /** {@code value} cut to {@code max} characters, ending in "…" when it was longer; null stays null. */
    static String text(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never half a character
        }
        return value.substring(0, end) + ELLIPSIS;
    }

    /** An id that fits {@code max} characters: itself, or its start, "#", and a hash of the whole. */
    static String id(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        String hash = sha256(value).substring(0, HASH_CHARS);
        int end = max - HASH_CHARS - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "#" + hash;
    }

    /** The stored key of a call's Linkedid. */
    static String linkedId(String value) {
        return id(value, ID);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
