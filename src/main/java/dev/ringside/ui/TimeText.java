package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.i18n.Localization;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and durations as an operator reads them, in the operator's language. */
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

    /** "today at 14:02", "yesterday at 09:15", "on 3 Mar at 10:00", "on 3 Mar 2024 at 10:00". */
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
        String pattern = time.getYear() == today.getYear() ? lang("time.pattern.day") : lang("time.pattern.dayYear");
        return DateTimeFormatter.ofPattern(pattern, Localization.locale()).format(time);
    }

    private static DateTimeFormatter clock() {
        return DateTimeFormatter.ofPattern(lang("time.pattern.clock"), Localization.locale());
    }
}
