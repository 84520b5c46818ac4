package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.CallStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history an earlier version wrote (schema V1 only) is searchable and sortable after the upgrade. */
class HistoryUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void oldCallsGetTheirPartiesAndSortKeys() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("history");
        Flyway.configure().dataSource(url, "ringside", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "ringside", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO operators (id, display_name, created_at) VALUES (1, 'Anna', CURRENT_TIMESTAMP)");
            String cols = "INSERT INTO calls (operator_id, linked_id, direction, status, caller_number, caller_name,"
                    + " receiver_number, started_at, ring_time_ms, talk_time_ms, other_party_digits, created_at, updated_at) VALUES ";
            s.execute(cols + "(1, 'old.1', 'inbound', 'missed', '+7 912 345-67-89', 'Ivan Petrov', '777',"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00Z', 20000, 0, '79123456789', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(cols + "(1, 'old.2', 'outbound', 'completed', '777', NULL, '8 912 345 67 89',"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-02 10:00:00Z', 3000, 60000, '89123456789', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(cols + "(1, 'old.3', 'inbound', 'completed', '79123456789', 'IVAN P', '777',"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-03 10:00:00Z', 1000, 5000, '79123456789', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(cols + "(1, 'old.4', 'inbound', 'missed', 'Anonymous', NULL, '777',"
                    + " TIMESTAMP WITH TIME ZONE '2024-01-04 10:00:00Z', 9000, 0, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }

        try (CallHistory history = CallHistory.open(dir.resolve("history"))) {
            CallQuery ivan = CallQuery.forOperator(1).text("ivan").build();
            assertEquals(List.of("old.3", "old.1"), ids(history.find(ivan)));
            assertEquals(2, history.totals(ivan, 100).total());
            assertEquals(List.of("old.4"), ids(history.find(CallQuery.forOperator(1).text("anonym").build())));
            assertEquals(List.of("old.2", "old.3", "old.1", "old.4"),
                    ids(history.find(CallQuery.forOperator(1).sort(CallSort.TALK, true).build())));
            assertTrue(history.find(1, "old.1").orElseThrow().calledBack(), "old.3 answered the same number later");
            // a new call of an old party keeps counting on the same party row
            history.save(1, Calls.completed("new.1", "+7 912 345 67 89", 0));
            assertEquals(3, history.totals(ivan, 100).total());
            assertEquals(CallStatus.COMPLETED, history.find(1, "new.1").orElseThrow().call().status());
        }
    }

    private static List<String> ids(CallPage page) {
        return page.calls().stream().map(c -> c.call().linkedId()).collect(Collectors.toList());
    }
}
