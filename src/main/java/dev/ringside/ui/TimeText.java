package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.i18n.Localization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times and durations as an operator reads them: the words in the operator's language, dates and
 * clock times in the format of {@link Localization#formatLocale()} (14:02 in Russia, 2:02 PM in the US).
 */
public final class TimeText {

    private TimeText() {
    }

    /** 0:07, 12:45, 1:02:03; "" for null. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.getSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** "today at 14:02", "yesterday at 09:15", "on 3 Mar at 10:00", "on 3 Mar 2024 at 10:00" (en-GB). */
    public static String when(Instant at, Clock clock) {
        ZonedDateTime time = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = time.toLocalDate();
        String hhmm = clock().format(time);
        if (day.equals(today)) {
            return lang("time.when.today", hhmm);
        }
        if (day.equals(today.minusDays(1))) {
            return lang("time.when.yesterday", hhmm);
        }
        return lang("time.when.date", date(time, today), hhmm);
    }

    /** The history table's time column: "Today 14:02", "Yesterday 09:15", "3 Mar 10:00", "3 Mar 2024 10:00". */
    public static String timestamp(Instant at, Clock clock) {
        if (at == null) {
            return "";
        }
        ZonedDateTime time = at.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = time.toLocalDate();
        String hhmm = clock().format(time);
        if (day.equals(today)) {
            return lang("time.today", hhmm);
        }
        if (day.equals(today.minusDays(1))) {
            return lang("time.yesterday", hhmm);
        }
        return date(time, today) + " " + hhmm;
    }

    private static String date(ZonedDateTime time, LocalDate today) {
        Locale locale = Localization.formatLocale();
        String withYear = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String pattern = time.getYear() == today.getYear() ? withoutYear(withYear) : withYear;
        return DateTimeFormatter.ofPattern(pattern, locale).format(time);
    }

    /** "MMM d, y" to "MMM d", "d MMM y 'г'." to "d MMM", "dd.MM.y" to "dd.MM."; unchanged when the year is not last. */
    static String withoutYear(String pattern) {
        String shorter = pattern.replaceFirst("[\\s,]*y+[^dMLE]*$", "");
        return shorter.contains("y") || shorter.isBlank() ? pattern : shorter;
    }

    private static DateTimeFormatter clock() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Localization.formatLocale());
    }
}
