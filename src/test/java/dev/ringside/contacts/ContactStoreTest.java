package dev.ringside.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactStoreTest {

    @TempDir
    Path dir;
    CallHistory history;
    ContactStore store;
    final PhoneNumbers ru = new PhoneNumbers("RU");

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        store = new ContactStore(history.dataSource(), ru);
    }

    @AfterEach
    void close() {
        history.close();
    }

    private Contact save(ContactDraft d) {
        ContactDraft.Checked checked = d.check(ru);
        assertTrue(checked.problems().isEmpty(), checked.problems().toString());
        return store.save(checked.contact());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+79123456789", "8 (912) 345-67-89", "tel:+7-912-345-67-89", "79123456789",
            "+7 912 345 67 89", "0079123456789"})
    void anySpellingOfANumberFindsItsContact(String ringing) {
        save(Drafts.person("Анна Смирнова", "ООО Ромашка").addNumber("mobile", "8 912 345-67-89")
                .addNumber("work", "tel:+7-495-123-45-67"));

        CallerMatch match = store.byNumber(ringing).orElseThrow();
        assertEquals("Анна Смирнова", match.name());
        assertEquals("ООО Ромашка", match.company());
        assertEquals("mobile", match.numberLabel());
        assertEquals(CallerMatch.Source.LOCAL, match.source());
    }

    @Test
    void everyNumberOfAContactFindsItWithItsOwnLabel() {
        save(Drafts.person("Anna Smith", "ACME Ltd").addNumber("mobile", "+7 912 345-67-89")
                .addNumber("work", "+7 495 123-45-67").addNumber("cell", "+44 20 7946 0958"));

        assertEquals("work", store.byNumber("84951234567").orElseThrow().numberLabel());
        assertEquals("cell", store.byNumber("+442079460958").orElseThrow().numberLabel());
        assertTrue(store.byNumber("+79990000000").isEmpty());
        assertTrue(store.byNumber("anonymous").isEmpty());
        assertTrue(store.byNumber(null).isEmpty());
    }

    @Test
    void aCompanyAloneIsAContact() {
        Contact acme = save(Drafts.company("ACME Ltd").addNumber("main", "+7 495 000-00-01"));

        CallerMatch match = store.byNumber("+74950000001").orElseThrow();
        assertNull(match.name());
        assertEquals("ACME Ltd", match.company());
        assertEquals("ACME Ltd", store.find(acme.id()).orElseThrow().displayName());
    }

    @Test
    void aContactNeedsANameOrACompany() {
        ContactDraft.Checked checked = new ContactDraft().addNumber("mobile", "+79123456789").check(ru);
        assertNull(checked.contact());
        assertEquals(SkipReason.NO_NAME, checked.problems().get(0).reason());
        assertThrows(IllegalArgumentException.class, () -> new Contact(null, " ", null, List.of(), null, null, null));
    }

    @Test
    void extensionsAreContactsToo() {
        save(Drafts.person("Front desk", null).addNumber("extension", "201"));
        assertEquals("Front desk", store.byNumber("201").orElseThrow().name());
    }

    @Test
    void aNumberSharedByTwoContactsFindsTheOneStoredFirst() {
        save(Drafts.company("ACME Ltd").addNumber("main", "+74950000001"));
        save(Drafts.person("Bob", "ACME Ltd").addNumber("switchboard", "+74950000001"));
        CallerMatch match = store.byNumber("+74950000001").orElseThrow();
        assertNull(match.name());
        assertEquals("main", match.numberLabel());
    }

    @Test
    void savingAgainReplacesTheContactAndItsNumbers() {
        Contact anna = save(Drafts.person("Anna", null).addNumber("mobile", "+79123456789"));
        ContactDraft.Checked edited = Drafts.person("Anna Smith", "ACME").addNumber("work", "+74951234567").check(ru);
        store.save(edited.contact().withId(anna.id()));

        assertTrue(store.byNumber("+79123456789").isEmpty());
        assertEquals("Anna Smith", store.byNumber("+74951234567").orElseThrow().name());
        assertEquals(1, store.count());
        assertEquals(1, store.find(anna.id()).orElseThrow().numbers().size());
    }

    @Test
    void deletingRemovesTheContactAndItsNumbers() {
        Contact anna = save(Drafts.person("Anna", null).addNumber("mobile", "+79123456789"));
        assertTrue(store.delete(anna.id()));
        assertFalse(store.delete(anna.id()));
        assertTrue(store.byNumber("+79123456789").isEmpty());
        assertEquals(0, store.count());
    }

    @Test
    void searchFindsByNameCompanyOrAnySpellingOfANumber() {
        save(Drafts.person("Анна Смирнова", "ООО Ромашка").addNumber("mobile", "+7 912 345-67-89"));
        save(Drafts.person("Boris Green", "ACME Ltd").addNumber("work", "+44 20 7946 0958"));
        save(Drafts.company("Acme Logistics").addNumber("main", "+7 495 000-00-01"));

        assertEquals(List.of("Анна Смирнова"), names(store.search("анна", 10)));
        assertEquals(List.of("Анна Смирнова"), names(store.search("РОМАШ", 10)));
        assertEquals(List.of("Acme Logistics", "Boris Green"), names(store.search("acme", 10)));
        assertEquals(List.of("Анна Смирнова"), names(store.search("8912345", 10)), "national spelling");
        assertEquals(List.of("Анна Смирнова"), names(store.search("+7 912 345", 10)), "international spelling");
        assertEquals(List.of("Boris Green"), names(store.search("7946", 10)));
        assertEquals(3, store.search("", 10).size());
        assertEquals(1, store.search("", 1).size());
        assertEquals(List.of(), names(store.search("100%", 10)), "LIKE wildcards are literal");
    }

    @Test
    void aCompanysNumbersInEverySpellingACallMayHave() {
        save(Drafts.person("Boris Green", "ACME Ltd").addNumber("mobile", "8 912 345-67-89"));
        save(Drafts.person("Anna", "Other").addNumber("mobile", "+79990000000"));
        assertTrue(store.numberDigitsOf("acme", 100).containsAll(List.of("79123456789", "89123456789")));
        assertFalse(store.numberDigitsOf("acme", 100).contains("79990000000"));
        assertTrue(store.numberDigitsOf(" ", 100).isEmpty());
    }

    @Test
    void changingTheHomeCountryReadsNationalNumbersAgain() {
        save(Drafts.person("Pat", null).addNumber("home", "(555) 123-4567"));
        // under RU, "(555) 123-4567" is a Russian number
        assertTrue(store.byNumber("+15551234567").isEmpty());

        ContactStore us = store.rekey(new PhoneNumbers("US"));
        assertEquals("Pat", us.byNumber("+1 555-123-4567").orElseThrow().name());
    }

    @Test
    void exportReadsEveryContactInTheOrderAdded() {
        List<ImportItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            items.add(ImportItem.of(i + 1, Drafts.person("Person " + i, null)
                    .addNumber(null, "+7912000" + String.format("%04d", i))));
        }
        assertEquals(2_500, store.importContacts(items).added());
        List<String> seen = new java.util.ArrayList<>();
        store.forEach(c -> seen.add(c.name()));
        assertEquals(2_500, seen.size());
        assertEquals("Person 2499", seen.get(2_499));
        assertEquals(1, store.maxNumbersPerContact());
    }

    static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::displayName).toList();
    }
}
