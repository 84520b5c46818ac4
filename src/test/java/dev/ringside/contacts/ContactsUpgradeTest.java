package dev.ringside.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contacts stored before migration V8_1 (one row per number) are found the same after it. */
class ContactsUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void numbersStoredOneRowEachMoveIntoTheirContactInOrder() throws Exception {
        Path base = dir.resolve("history");
        String url = "jdbc:h2:file:" + base;
        Flyway.configure().dataSource(url, "ringside", "").locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "ringside", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO contacts (id, name, company, search_text, sort_key, created_at, updated_at)"
                    + " VALUES (1, 'Анна Смирнова', 'ООО Ромашка', 'анна смирнова', 'анна', NOW(), NOW()),"
                    + " (2, NULL, 'ACME Ltd', 'acme ltd', 'acme ltd', NOW(), NOW())");
            st.execute("INSERT INTO contact_numbers (contact_id, position, label, number, number_key, search_digits)"
                    + " VALUES (1, 1, 'work', '+7 495 123-45-67', '+74951234567', '74951234567 4951234567'),"
                    + " (1, 0, 'mob' || CHAR(9) || 'ile', '8 912 345-67-89', '+79123456789', '79123456789 89123456789'),"
                    + " (2, 0, NULL, '+7 495 000-00-01', '+74950000001', '74950000001')");
        }

        try (CallHistory history = CallHistory.open(base)) {
            ContactStore store = new ContactStore(history.dataSource(), new PhoneNumbers("RU"));
            Contact anna = store.find(1).orElseThrow();
            assertEquals(List.of("mob ile", "work"), anna.numbers().stream().map(ContactNumber::label).toList(),
                    "in their order, a tab in a label read as a space");
            assertEquals("8 912 345-67-89", anna.numbers().get(0).number());
            assertEquals("Анна Смирнова", store.byNumber("89123456789").orElseThrow().name());
            assertNull(store.byNumber("+74950000001").orElseThrow().numberLabel());
            assertEquals(List.of("Анна Смирнова"), store.search("912 345", 10).stream().map(Contact::name).toList());
            assertEquals(2, store.maxNumbersPerContact());
        }
    }
}
