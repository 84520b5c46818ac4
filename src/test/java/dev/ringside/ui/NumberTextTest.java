package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.phone.HomeCountry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers from RU, DE, FR, GB and US, and extensions, as an operator in Russia or the US reads them. */
class NumberTextTest {

    @AfterEach
    void restore() {
        HomeCountry.set("US");
    }

    @ParameterizedTest(name = "{0}: {1} in RU -> {2}, in US -> {3}")
    @CsvSource(delimiter = '|', value = {
            "RU mobile       | +79123456789       | 8 (912) 345-67-89  | +7 912 345-67-89",
            "RU landline     | +74951234567       | 8 (495) 123-45-67  | +7 495 123-45-67",
            "RU as dialled   | 8 912 345 67 89    | 8 (912) 345-67-89  | 8 912 345 67 89",
            "DE              | +4930901820        | +49 30 901820      | +49 30 901820",
            "DE with 00      | 0049 30 901820     | +49 30 901820      | +49 30 901820",
            "FR              | +33142685300       | +33 1 42 68 53 00  | +33 1 42 68 53 00",
            "GB              | +442079460958      | +44 20 7946 0958   | +44 20 7946 0958",
            "US              | +12025550123       | +1 202-555-0123    | (202) 555-0123",
            "US as dialled   | 1 202 555 0123     | 1 202 555 0123     | (202) 555-0123",
            "US with 011     | 011 44 20 7946 0958| 011 44 20 7946 0958| +44 20 7946 0958",
            "extension       | 777                | 777                | 777",
            "long extension  | 204155             | 204155             | 204155",
            "feature code    | *97                | *97                | *97",
            "anonymous       | anonymous          | anonymous          | anonymous"})
    void readsAsAtHome(String what, String raw, String inRussia, String inTheUs) {
        HomeCountry.set("RU");
        assertEquals(inRussia, NumberText.of(raw), what + " in RU");
        HomeCountry.set("US");
        assertEquals(inTheUs, NumberText.of(raw), what + " in US");
    }
}
