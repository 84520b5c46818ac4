package dev.ringside.app.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build time stamped into the jar by Maven resource filtering. */
public record BuildInfo(String version, String buildTime) {

    static final String RESOURCE = "/dev/ringside/app/build.properties";
    static final String UNKNOWN = "unknown";

    /** Reads the filtered build.properties from the class path; never throws. */
    public static BuildInfo load() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource only costs us the version text
        }
        return from(props);
    }

    static BuildInfo from(Properties props) {
        return new BuildInfo(clean(props.getProperty("version")), clean(props.getProperty("buildTime")));
    }

    /** The line {@code --version} prints, e.g. {@code Ringside 0.1.0 (built 2026-11-22T01:00:00Z)}. */
    public String versionLine() {
        return "Ringside " + version + " (built " + buildTime + ")";
    }

    // An unfiltered resource (running from an IDE without Maven) still holds the ${...} placeholders.
    private static String clean(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return UNKNOWN;
        }
        return value.trim();
    }
}
