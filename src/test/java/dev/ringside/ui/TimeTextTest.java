package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.ui.i18n.Localization;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-29T15:30:00Z"), ZoneOffset.UTC);
    private final Locale before = Localization.locale();

    @AfterEach
    void restore() {
        Localization.setLocale(before);
    }

    @Test
    void russianSaysTodayYesterdayAndTheDateItsWay() {
        Localization.setLocale(Localization.RUSSIAN);
        assertEquals("Сегодня 14:02", TimeText.timestamp(Instant.parse("2026-11-29T14:02:00Z"), NOW));
        assertEquals("Вчера 09:15", TimeText.timestamp(Instant.parse("2026-11-28T09:15:00Z"), NOW));
        assertEquals("3 мар. 10:00", TimeText.timestamp(Instant.parse("2026-03-03T10:00:00Z"), NOW));
        assertEquals("3 мар. 2025 г. 10:00", TimeText.timestamp(Instant.parse("2025-03-03T10:00:00Z"), NOW));
        assertEquals("вчера в 09:15", TimeText.when(Instant.parse("2026-11-28T09:15:00Z"), NOW));
    }

    @Test
    void americanEnglishUsesItsClockAndDates() {
        Localization.setLocale(Locale.ENGLISH);
        // the test JVM runs as en-US: English follows the OS's own country
        assertEquals("Today 2:02 PM", TimeText.timestamp(Instant.parse("2026-11-29T14:02:00Z"), NOW));
        assertEquals("Mar 3 10:00 AM", TimeText.timestamp(Instant.parse("2026-03-03T10:00:00Z"), NOW));
        assertEquals("Mar 3, 2025 10:00 AM", TimeText.timestamp(Instant.parse("2025-03-03T10:00:00Z"), NOW));
        assertEquals("on Mar 3 at 10:00 AM", TimeText.when(Instant.parse("2026-03-03T10:00:00Z"), NOW));
    }

    @Test
    void theYearComesOffTheLocalesOwnPattern() {
        assertEquals("MMM d", TimeText.withoutYear("MMM d, y"));
        assertEquals("d MMM", TimeText.withoutYear("d MMM y 'г'."));
        assertEquals("dd.MM.", TimeText.withoutYear("dd.MM.y"));
        assertEquals("y/MM/dd", TimeText.withoutYear("y/MM/dd"));
    }
}
