package dev.ringside.app;

import dev.ringside.desk.Colleague;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's set-up for a real PBX in {@code desk.properties} in the app's config folder, put there
 * by the administrator (or a roll-out script): whose presence the operator sees, the break reasons,
 * the queues the operator may log in to. Lists are comma-separated; a colleague is an extension,
 * optionally followed by a name ({@code 201 Ivan Petrov}). The file is UTF-8; a missing or unreadable one is no set-up.
 */
final class DeskSettingsFile {

    private static final Logger log = LoggerFactory.getLogger(DeskSettingsFile.class);
    static final String NAME = "desk.properties";
    /** The desk shows a short list; a longer one in the file is cut, not grown without bound. */
    static final int MAX_ITEMS = 50;
    static final int MAX_TEXT = 60;

    private final Path file;

    /** @param configFolder where the file is; null: no file (tests, the CLI) */
    DeskSettingsFile(Path configFolder) {
        this.file = configFolder == null ? null : configFolder.resolve(NAME);
    }

    DeskSettings load() {
        if (file == null || !Files.isRegularFile(file)) {
            return DeskSettings.none("");
        }
        Properties p = new Properties();
        // UTF-8, as an administrator's editor writes names in Russian
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Desk settings unreadable, ignored: {}", e.getMessage());
            return DeskSettings.none("");
        }
        List<Colleague> colleagues = new ArrayList<>();
        for (String entry : list(p.getProperty("colleagues", ""))) {
            String[] parts = entry.split("\\s+", 2);
            if (parts[0].matches("[0-9A-Za-z*#+_-]+")) {
                colleagues.add(new Colleague(parts[0], parts.length > 1 ? parts[1] : ""));
            } else {
                log.warn("Desk settings: colleague entry without an extension ignored");
            }
        }
        return new DeskSettings(colleagues, list(p.getProperty("break.reasons", "")),
                list(p.getProperty("queues.login", "")), p.getProperty("hint.context", "").strip(),
                cut(p.getProperty("member.name", "").strip()));
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String s = cut(item.strip());
            if (!s.isEmpty() && !items.contains(s) && items.size() < MAX_ITEMS) {
                items.add(s);
            }
        }
        return items;
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
