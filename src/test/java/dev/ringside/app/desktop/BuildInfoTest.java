package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void loadsTheFilteredResource() {
        BuildInfo info = BuildInfo.load();
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+.*"), info.version());
        assertTrue(info.buildTime().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), info.buildTime());
        assertFalse(info.versionLine().contains("${"));
    }

    @Test
    void versionLineNamesProductVersionAndTime() {
        Properties p = new Properties();
        p.setProperty("version", "1.2.3");
        p.setProperty("buildTime", "2026-11-22T01:00:00Z");
        assertEquals("Ringside 1.2.3 (built 2026-11-22T01:00:00Z)", BuildInfo.from(p).versionLine());
    }

    @Test
    void unfilteredPlaceholdersBecomeUnknown() {
        Properties p = new Properties();
        p.setProperty("version", "${project.version}");
        assertEquals("Ringside unknown (built unknown)", BuildInfo.from(p).versionLine());
    }
}
