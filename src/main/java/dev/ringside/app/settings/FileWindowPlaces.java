package dev.ringside.app.settings;

import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.WindowPlaces;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Window places in {@code windows.properties} beside the settings: one line per window and
 * screen setup, at most {@value #MAX_ENTRIES} (the oldest setups are forgotten).
 */
public final class FileWindowPlaces implements WindowPlaces {

    public static final String FILE_NAME = "windows.properties";
    static final int MAX_ENTRIES = 40;
    private static final Logger log = LoggerFactory.getLogger(FileWindowPlaces.class);

    private final Path file;

    public FileWindowPlaces(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    @Override
    public synchronized Optional<Place> load(String window, String screens) {
        String value = read().getProperty(window + "@" + screens);
        if (value == null) {
            return Optional.empty();
        }
        String[] p = value.split(",");
        try {
            return Optional.of(new Place(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), p.length > 4 && Boolean.parseBoolean(p[4])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(String window, String screens, Place place) {
        Properties p = read();
        String key = window + "@" + screens;
        p.remove(key);
        while (p.size() >= MAX_ENTRIES) {
            p.remove(p.stringPropertyNames().iterator().next());
        }
        p.setProperty(key, String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", place.x(), place.y(), place.width(),
                place.height(), place.maximized()));
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Ringside window places per screen setup");
            PrivateFiles.write(file, text.toString());
        } catch (IOException e) {
            log.debug("Window places not kept: {}", e.getMessage());
        }
    }

    private Properties read() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            // nothing kept yet
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Window places unreadable: {}", e.getMessage());
        }
        return p;
    }
}
