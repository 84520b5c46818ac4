package dev.ringside.app.provision;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrator's provisioning file: {@code key = value} lines, {@code #} or {@code ;} start a
 * comment line. Every key is optional; a key the app does not know, or a value it cannot use, is an
 * error naming the line, and then nothing of the file is applied.
 *
 * <pre>
 * host = pbx.example.com
 * port = 5039
 * tls = yes
 * username = op777
 * secret = a-long-random-secret-for-777
 * extensions = 777, 888
 * break_reasons = Lunch, Training, Back office
 * remote_answer = no
 * start_minimised = yes
 * start_at_login = yes
 * </pre>
 */
public record ProvisioningFile(
        Map<String, String> values,
        char[] secret,
        String fingerprint) {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_BREAK_REASONS = 50;
    static final int MAX_BREAK_REASON_LENGTH = 80;
    static final Set<String> KEYS = Set.of("host", "port", "tls", "username", "secret", "extensions",
            "break_reasons", "remote_answer", "start_minimised", "start_at_login");
    private static final Pattern EXTENSION = Pattern.compile("[0-9]{1,15}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]_%]{1,253}");

    /** Reads and checks a file. @throws ProvisioningException with a message for the administrator */
    public static ProvisioningFile read(Path file) throws ProvisioningException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProvisioningException(file + ": larger than " + MAX_BYTES / 1024 + " KB, not a provisioning file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProvisioningException(file + ": no such file");
        } catch (IOException e) {
            throw new ProvisioningException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            return parse(file.toString(), bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static ProvisioningFile parse(String name, byte[] bytes) throws ProvisioningException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProvisioningException(name + ": not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM, as Notepad writes it
        }
        Map<String, String> values = new LinkedHashMap<>();
        char[] secret = null;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String where = name + " line " + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ProvisioningException(where + ": expected key = value");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = line.substring(eq + 1).strip();
            if (!KEYS.contains(key)) {
                throw new ProvisioningException(where + ": unknown key \"" + printable(key) + "\"; known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
            if (values.containsKey(key) || (key.equals("secret") && secret != null)) {
                throw new ProvisioningException(where + ": \"" + key + "\" is given twice");
            }
            if (key.equals("secret")) {
                if (value.isEmpty()) {
                    throw new ProvisioningException(where + ": the secret is empty");
                }
                secret = value.toCharArray();
            } else {
                check(where, key, value);
                values.put(key, value);
            }
        }
        if (secret != null && (!values.containsKey("host") || !values.containsKey("username"))) {
            throw new ProvisioningException(name + ": a secret needs the host and username it belongs to");
        }
        return new ProvisioningFile(Map.copyOf(values), secret, fingerprint(bytes));
    }

    private static void check(String where, String key, String value) throws ProvisioningException {
        switch (key) {
            case "host" -> {
                if (!HOST.matcher(value).matches()) {
                    throw new ProvisioningException(where + ": \"" + printable(value) + "\" is not a host name or address");
                }
            }
            case "port" -> {
                int port = -1;
                try {
                    port = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    // reported below
                }
                if (port < 1 || port > 65535) {
                    throw new ProvisioningException(where + ": the port is a number from 1 to 65535");
                }
            }
            case "username" -> {
                if (value.isEmpty() || value.length() > 255 || value.chars().anyMatch(Character::isISOControl)) {
                    throw new ProvisioningException(where + ": the username is empty, too long or has control characters");
                }
            }
            case "extensions" -> {
                List<String> exts = list(value);
                if (exts.isEmpty()) {
                    throw new ProvisioningException(where + ": no extension given");
                }
                for (String ext : exts) {
                    if (!EXTENSION.matcher(ext).matches()) {
                        throw new ProvisioningException(where + ": an extension is 1 to 15 digits: \"" + printable(ext) + "\" is not one");
                    }
                }
            }
            case "break_reasons" -> {
                List<String> reasons = list(value);
                if (reasons.size() > MAX_BREAK_REASONS) {
                    throw new ProvisioningException(where + ": at most " + MAX_BREAK_REASONS + " break reasons");
                }
                for (String r : reasons) {
                    if (r.length() > MAX_BREAK_REASON_LENGTH || r.chars().anyMatch(Character::isISOControl)) {
                        throw new ProvisioningException(where + ": a break reason is at most "
                                + MAX_BREAK_REASON_LENGTH + " characters of text");
                    }
                }
            }
            default -> yesNo(where, value); // tls, remote_answer, start_minimised, start_at_login
        }
    }

    static boolean yesNo(String where, String value) throws ProvisioningException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1":
                return true;
            case "no", "false", "off", "0":
                return false;
            default:
                throw new ProvisioningException(where + ": use yes or no, not \"" + printable(value) + "\"");
        }
    }

    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Never more than 40 characters of what the file said, without control characters, for a message. */
    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean has(String key) {
        return key.equals("secret") ? secret != null : values.containsKey(key);
    }

    public String get(String key) {
        return values.get(key);
    }

    /** Whether a yes/no key says yes; only call after {@link #has}. */
    public boolean isYes(String key) {
        try {
            return yesNo(key, values.get(key));
        } catch (ProvisioningException e) {
            throw new IllegalStateException(e); // checked when read
        }
    }

    @Override
    public char[] secret() {
        return secret == null ? null : secret.clone();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ProvisioningFile" + values + (secret != null ? " +secret" : "");
    }
}
