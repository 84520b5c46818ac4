package dev.ringside.contacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.ContactsException;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.SkipReason;
import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactImportTest {

    @TempDir
    Path dir;
    CallHistory history;
    ContactStore store;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        store = new ContactStore(history.dataSource(), new PhoneNumbers("RU"));
    }

    @AfterEach
    void close() {
        history.close();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ImportReport importFile(Path file) {
        return ContactFiles.importInto(store, file, null);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws IOException {
        Path csv = file("people.csv", """
                Name,Company,Mobile Phone,Business Phone,E-mail
                Anna Smith,ACME Ltd,+7 912 345-67-89,+7 495 123-45-67,anna@acme.example
                ,ACME Ltd,,+7 495 000-00-01,
                Борис Петров,,8 (916) 000-11-22,,
                """);
        ImportReport first = importFile(csv);
        assertEquals(3, first.added());
        assertEquals(0, first.skippedContacts());

        ImportReport second = importFile(csv);
        assertEquals(0, second.added());
        assertEquals(0, second.updated());
        assertEquals(3, second.unchanged());
        assertEquals(3, store.count());

        CallerMatch anna = store.byNumber("+74951234567").orElseThrow();
        assertEquals("Anna Smith", anna.name());
        assertEquals("work", anna.numberLabel());
        assertEquals("mobile", store.byNumber("+79160001122").orElseThrow().numberLabel());
        assertNull(store.byNumber("84950000001").orElseThrow().name(), "a company alone");
    }

    @Test
    void aSecondFileAddsOnlyWhatAStoredContactLacks() throws IOException {
        importFile(file("a.csv", "Name,Company,Mobile Phone\nAnna Smith,ACME Ltd,+79123456789\n"));
        ImportReport report = importFile(file("b.csv", """
                Full Name,Organization,Mobile,Work Phone,Email,Notes
                anna  smith,acme ltd,8 912 345 67 89,+7 495 123-45-67,anna@acme.example,"prefers e-mail, not calls"
                """));
        assertEquals(1, report.updated());
        assertEquals(1, store.count());
        Contact anna = store.search("anna", 5).get(0);
        assertEquals(2, anna.numbers().size());
        assertEquals("anna@acme.example", anna.email());
        assertEquals("prefers e-mail, not calls", anna.note());
    }

    @Test
    void aLaterRowOfTheSameFileAddsToAContactWrittenInAnEarlierBatch() throws IOException {
        StringBuilder csv = new StringBuilder("Name,Company,Mobile Phone,Business Phone\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("Person ").append(i).append(",,+7912").append(String.format("%07d", i)).append(",\n");
        }
        csv.append("person 0,,+79120000000,+7 495 000-00-00\n"); // the first row again, with a second number
        csv.append("Person 1,,+79120000001,\n");
        ImportReport report = importFile(file("many.csv", csv.toString()));
        assertEquals(2_500, report.added());
        assertEquals(1, report.updated());
        assertEquals(1, report.unchanged());
        Contact first = store.search("person 0", 1).get(0);
        assertEquals(List.of("+79120000000", "+74950000000"), first.numbers().stream().map(ContactNumber::key).toList());
        assertEquals("Person 0", store.byNumber("84950000000").orElseThrow().name());
        assertEquals(List.of("Person 0"), store.search("4950000000", 5).stream().map(Contact::name).toList(),
                "the added number is searchable");

        ImportReport again = importFile(file("many.csv", csv.toString()));
        assertEquals(0, again.added());
        assertEquals(2_502, again.unchanged());
    }

    @Test
    void theReportSaysWhatWasLeftOutAndWhy() throws IOException {
        String longName = "x".repeat(600);
        ImportReport report = importFile(file("mixed.csv", String.join("\n",
                "Name,Company,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value",
                "Anna,,Mobile,+79123456789,Work,not a number",
                ",,Mobile,+79990000000,,",
                longName + ",,,,,",
                "Boris,,*Mobile,+79160001122 ::: +79160001133,,",
                "")));
        assertEquals(2, report.added());
        assertEquals(2, report.skippedContacts());
        assertEquals(1, report.skippedNumbers());
        List<ImportReport.Skipped> skipped = report.skipped();
        assertEquals(new ImportReport.Skipped(2, "Anna", SkipReason.BAD_NUMBER, "not a number"), skipped.get(0));
        assertEquals(new ImportReport.Skipped(3, "", SkipReason.NO_NAME, "+79990000000"), skipped.get(1));
        assertEquals(4, skipped.get(2).record());
        assertEquals(SkipReason.FIELD_TOO_LONG, skipped.get(2).reason());
        assertEquals("name", skipped.get(2).detail());
        assertEquals(2, store.search("boris", 5).get(0).numbers().size(), "Google's ' ::: ' holds two numbers");
        assertEquals("Mobile", store.byNumber("+79160001133").orElseThrow().numberLabel());
    }

    @Test
    void spreadsheetsCsvWithSemicolonsAndAByteOrderMarkInRussian() throws IOException {
        ImportReport report = importFile(file("ru.csv",
                "\uFEFFФамилия;Имя;Отчество;Организация;Мобильный телефон\n"
                        + "Иванова;Мария;Петровна;\"ООО \"\"Ромашка\"\"\";8 912 345-67-89\n"));
        assertEquals(1, report.added());
        CallerMatch m = store.byNumber("+79123456789").orElseThrow();
        assertEquals("Мария Петровна Иванова", m.name());
        assertEquals("ООО \"Ромашка\"", m.company());
    }

    @Test
    void aWrittenMappingNamesTheColumns() throws IOException {
        CsvMapping mapping = CsvMapping.parse("name=Who; company=Firm; number.cell=Handy; numbers=Tel|Kind");
        ImportReport report = ContactFiles.importInto(store, file("own.csv",
                "Who,Firm,Handy,Tel,Kind,Phone\nAnna,ACME,+79123456789,+74951234567,desk,+79990000000\n"), mapping);
        assertEquals(1, report.added());
        assertEquals("cell", store.byNumber("+79123456789").orElseThrow().numberLabel());
        assertEquals("desk", store.byNumber("+74951234567").orElseThrow().numberLabel());
        assertTrue(store.byNumber("+79990000000").isEmpty(), "an unmapped column is not read");

        ContactsException missing = assertThrows(ContactsException.class, () -> ContactFiles.importInto(store,
                file("other.csv", "Name,Phone\nAnna,1\n"), mapping));
        assertTrue(missing.getMessage().contains("no column Who"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("colour=Red"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInPlainWords() throws IOException {
        Path cp1251 = dir.resolve("cp1251.csv");
        Files.write(cp1251, "Имя,Телефон\nАнна,+79123456789\n".getBytes(Charset.forName("windows-1251")));
        ContactsException e = assertThrows(ContactsException.class, () -> importFile(cp1251));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertEquals(0, store.count());
    }

    @Test
    void brokenQuotingKeepsTheRowsBeforeIt() throws IOException {
        ImportReport report = importFile(file("broken.csv",
                "Name,Phone\nAnna,+79123456789\n\"Boris,+79160001122\nCarl,+79160001133\n"));
        assertEquals(1, report.added());
        assertEquals(SkipReason.UNREADABLE, report.skipped().get(0).reason());
        assertEquals(3, report.skipped().get(0).record());
    }

    @Test
    void aCsvWithoutANameColumnIsRefused() throws IOException {
        ContactsException e = assertThrows(ContactsException.class,
                () -> importFile(file("numbers.csv", "Phone,Colour\n+79123456789,red\n")));
        assertTrue(e.getMessage().contains("name or a company"), e.getMessage());
    }

    @Test
    void vCardsFromPhonesAndAddressBooks() throws IOException {
        ImportReport report = importFile(file("phone.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:Anna Smith
                N:Smith;Anna;;;
                ORG:ACME Ltd;Sales
                TEL;TYPE=CELL,VOICE:+7 912 345-67-89
                item1.TEL:+7 495 123-45-67
                item1.X-ABLabel:Office
                TEL;TYPE=HOME:_$!<bad>!$_
                EMAIL;TYPE=INTERNET:anna@acme.example
                UID:anna-1
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:ACME Ltd
                KIND:org
                ORG:ACME Ltd
                TEL;VALUE=uri;TYPE=work:tel:+7-495-000-00-01
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                TEL:+79990000000
                END:VCARD
                """));
        assertEquals(2, report.added());
        assertEquals(1, report.skippedContacts());
        assertEquals(1, report.skippedNumbers());
        assertEquals("cell", store.byNumber("89123456789").orElseThrow().numberLabel());
        assertEquals("Office", store.byNumber("+74951234567").orElseThrow().numberLabel());
        CallerMatch acme = store.byNumber("+74950000001").orElseThrow();
        assertNull(acme.name());
        assertEquals("ACME Ltd", acme.company());
        assertEquals("work", acme.numberLabel());
        assertEquals(new ImportReport.Skipped(3, "", SkipReason.NO_NAME, "+79990000000"), report.skipped().get(1));
    }

    @Test
    void aVCardKeepsItsIdentityByUidWhenItsNameChanges() throws IOException {
        importFile(file("v1.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nUID:u-1\nTEL:+79123456789\nEND:VCARD\n"));
        ImportReport report = importFile(file("v2.vcf",
                "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Smith\nUID:u-1\nTEL:+74951234567\nEND:VCARD\n"));
        assertEquals(1, report.updated());
        assertEquals(1, store.count());
        assertTrue(store.byNumber("+74951234567").isPresent());
    }
}
