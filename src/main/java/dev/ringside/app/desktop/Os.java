package dev.ringside.app.desktop;

import java.util.Locale;

/** The three desktop families Ringside ships installers for. */
public enum Os {
    WINDOWS, MACOS, LINUX;

    /** Maps a {@code os.name} value; anything that is neither Windows nor macOS is treated as Linux/Unix. */
    public static Os fromOsName(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    public static Os current() {
        return fromOsName(System.getProperty("os.name"));
    }
}
