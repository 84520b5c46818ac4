package dev.ringside.contacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.ImportReport;
import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export, then import into an empty store: the same contacts come back, and importing again adds nothing. */
class ContactRoundTripTest {

    @TempDir
    Path dir;
    final PhoneNumbers ru = new PhoneNumbers("RU");

    private static List<ContactDraft> sample() {
        List<ContactDraft> out = new ArrayList<>();
        ContactDraft anna = new ContactDraft();
        anna.name = "Анна Смирнова";
        anna.company = "ООО «Ромашка»";
        anna.email = "anna@romashka.example";
        anna.note = "Звонить после 14:00,\nпо-русски; \"срочно\" \\ 📞";
        anna.uid = "urn:uuid:0f1e2d3c-0000-4000-8000-000000000001";
        anna.addNumber("mobile", "8 912 345-67-89").addNumber("work", "+7 495 123-45-67");
        out.add(anna);

        ContactDraft company = new ContactDraft();
        company.company = "株式会社テスト";
        company.addNumber("main", "+81 3-1234-5678");
        out.add(company);

        ContactDraft zoe = new ContactDraft();
        zoe.name = "Zoë Ångström-Müller";
        zoe.addNumber("cell", "+44 20 7946 0958").addNumber("Work Fax", "tel:+44-20-7946-0959")
                .addNumber("Главный", "+33 1 42 68 53 00").addNumber(null, "201");
        out.add(zoe);

        ContactDraft mailOnly = new ContactDraft();
        mailOnly.name = "Madonna";
        mailOnly.email = "m@example.org";
        out.add(mailOnly);
        return out;
    }

    @ParameterizedTest
    @EnumSource(ContactFormat.class)
    void exportThenImportGivesTheSameContacts(ContactFormat format) throws Exception {
        List<Contact> original = new ArrayList<>();
        Path exported = dir.resolve("contacts" + (format == ContactFormat.CSV ? ".csv" : ".vcf"));
        try (CallHistory a = CallHistory.open(dir.resolve("a"))) {
            ContactStore store = new ContactStore(a.dataSource(), ru);
            for (ContactDraft d : sample()) {
                original.add(withoutId(store.save(d.check(ru).contact())));
            }
            assertEquals(4, ContactFiles.export(store, exported, format));
        }
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        if (format.isVCard()) {
            assertTrue(text.contains(format == ContactFormat.VCARD_3 ? "VERSION:3.0" : "VERSION:4.0"), text);
        }

        try (CallHistory b = CallHistory.open(dir.resolve("b"))) {
            ContactStore store = new ContactStore(b.dataSource(), ru);
            ImportReport first = ContactFiles.importInto(store, exported, null);
            assertEquals(4, first.added(), first.toString());
            assertEquals(List.of(), first.skipped());

            List<Contact> back = new ArrayList<>();
            store.forEach(c -> back.add(withoutId(c)));
            assertEquals(original, back);

            ImportReport again = ContactFiles.importInto(store, exported, null);
            assertEquals(4, again.unchanged(), again.toString());
            assertEquals(4, store.count());
        }
    }

    private static Contact withoutId(Contact c) {
        return c.withId(null);
    }
}
