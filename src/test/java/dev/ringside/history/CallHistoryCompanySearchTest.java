package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history found by company: the company stored with a call, or the numbers of a company's contacts. */
class CallHistoryCompanySearchTest {

    @TempDir
    Path dir;
    CallHistory history;
    long op;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
        history.save(op, Calls.completed("a.1", "+7 912 345-67-89", 0));
        history.save(op, Calls.missed("b.1", "89160001122", 60));
        history.save(op, Calls.completed("c.1", "+442079460958", 120));
        history.updateCallerCompany(op, "c.1", "ACME Ltd");
    }

    @AfterEach
    void close() {
        history.close();
    }

    private List<String> found(CallQuery q) {
        return history.find(q).calls().stream().map(s -> s.call().linkedId()).toList();
    }

    @Test
    void theCompanyStoredWithACallFindsIt() {
        assertEquals(List.of("c.1"), found(CallQuery.forOperator(op).text("acme").build()));
    }

    @Test
    void theNumbersOfTheContactsATextNamesFindTheirCalls() {
        assertEquals(List.of(), found(CallQuery.forOperator(op).text("Ромашка").build()));
        CallQuery q = CallQuery.forOperator(op).text("Ромашка").textNumbers(Set.of("79123456789", "89160001122")).build();
        assertEquals(List.of("b.1", "a.1"), found(q));
        assertEquals(2, history.count(q));
        assertEquals(List.of(), found(q.toBuilder().textNumbers(Set.of("9123456789")).build()),
                "the digits exactly as the call stored them");
    }

    @Test
    void theNumbersAreBounded() {
        List<String> many = IntStream.range(0, CallQuery.MAX_TEXT_NUMBERS + 1).mapToObj(i -> "7912" + i).toList();
        assertThrows(IllegalArgumentException.class, () -> CallQuery.forOperator(op).textNumbers(many).build());
    }
}
