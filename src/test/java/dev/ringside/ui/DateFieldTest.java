package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFieldTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 5);

    @Test
    void russianDatesReadAndParseTheRussianWay() {
        DateField ru = new DateField(Locale.forLanguageTag("ru-RU"));
        assertEquals("29.11.2026", ru.toString(DAY));
        assertEquals(DAY, ru.fromString("29.11.2026"));
        assertEquals(DAY, ru.fromString("29.11.26"));
        assertEquals(MARCH, ru.fromString("5.3.2026"));
        assertEquals(DAY, ru.fromString("2026-11-29"));
    }

    @Test
    void americanAndBritishDatesDiffer() {
        DateField us = new DateField(Locale.US);
        DateField gb = new DateField(Locale.UK);
        assertEquals("11/29/2026", us.toString(DAY));
        assertEquals("29/11/2026", gb.toString(DAY));
        assertEquals(MARCH, us.fromString("3/5/2026"));
        assertEquals(MARCH, gb.fromString("5/3/2026"));
        assertEquals(DAY, us.fromString("11/29/26"));
    }

    @Test
    void nothingTypedIsNoDateAndNonsenseIsRefused() {
        DateField ru = new DateField(Locale.forLanguageTag("ru-RU"));
        assertNull(ru.fromString("  "));
        assertEquals("", ru.toString(null));
        assertThrows(DateTimeParseException.class, () -> ru.fromString("31.02.2026"));
        assertThrows(DateTimeParseException.class, () -> ru.fromString("вчера"));
    }
}
