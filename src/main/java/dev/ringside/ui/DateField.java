package dev.ringside.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * What a date field shows and accepts, in the locale's own short format with a four-digit year
 * (29.11.2026 in Russia, 11/29/2026 in the US, 29/11/2026 in Britain). Typing also takes one-digit
 * days and months, a two-digit year (29.11.26) and ISO (2026-11-29); an impossible date (31.02.2026)
 * is refused, not moved.
 */
public final class DateField extends StringConverter<LocalDate> {

    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> accepted;

    public DateField(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        shown = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
        String loose = pattern.replaceAll("d+", "d").replaceAll("M+", "M");
        accepted = List.of(
                strict(loose.replaceAll("y+", "uuuu"), locale),
                strict(loose.replaceAll("y+", "uu"), locale),
                DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The pattern the field shows, e.g. "dd.MM.yyyy". */
    public String pattern() {
        return shown.toString();
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** @throws DateTimeParseException when the text is no date in any accepted form (as JavaFX's own converter) */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        DateTimeParseException first = null;
        for (DateTimeFormatter f : accepted) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }
}
