package dev.ringside.ui.contacts;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.contacts.SkipReason;
import dev.ringside.ui.port.ContactBook;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add / edit contact form: name, company, numbers (one a line, "label: number"), e-mail, note.
 * Numbers are read in the home country, so the operator types them as they usually do.
 */
public final class ContactFormViewModel {

    private final ContactBook book;
    private final Long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty numbers = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** A new contact from a draft ("Add contact" from the popup or a history row). */
    public ContactFormViewModel(ContactBook book, ContactDraft draft) {
        this.book = book;
        this.id = null;
        name.set(orEmpty(draft.name));
        company.set(orEmpty(draft.company));
        email.set(orEmpty(draft.email));
        note.set(orEmpty(draft.note));
        numbers.set(draft.numbers.stream().map(n -> line(n.label(), n.number())).collect(Collectors.joining("\n")));
    }

    /** Editing a stored contact. */
    public ContactFormViewModel(ContactBook book, Contact contact) {
        this.book = book;
        this.id = contact.id();
        name.set(orEmpty(contact.name()));
        company.set(orEmpty(contact.company()));
        email.set(orEmpty(contact.email()));
        note.set(orEmpty(contact.note()));
        numbers.set(contact.numbers().stream().map(n -> line(n.label(), n.number())).collect(Collectors.joining("\n")));
    }

    public boolean editing() {
        return id != null;
    }

    /**
     * Checks the form; null with {@link #errorProperty()} set when it cannot be saved, else the
     * saving (which may still fail).
     */
    public CompletableFuture<Contact> save() {
        ContactDraft d = new ContactDraft();
        d.name = name.get();
        d.company = company.get();
        d.email = email.get();
        d.note = note.get();
        for (String line : numbers.get().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            boolean labelled = colon > 0 && !line.substring(0, colon).strip().toLowerCase().startsWith("tel");
            d.addNumber(labelled ? line.substring(0, colon).strip() : null,
                    labelled ? line.substring(colon + 1).strip() : line.strip());
        }
        ContactDraft.Checked checked = book.check(d);
        for (ContactDraft.Problem p : checked.problems()) {
            error.set(switch (p.reason()) {
                case NO_NAME -> lang("contacts.error.noName");
                case BAD_NUMBER -> lang("contacts.error.badNumber", p.detail());
                case FIELD_TOO_LONG -> lang("contacts.error.tooLong");
                default -> lang("contacts.error.tooManyNumbers");
            });
            if (p.reason() != SkipReason.TOO_MANY_NUMBERS) {
                return null;
            }
        }
        error.set("");
        Contact c = checked.contact();
        return book.save(id == null ? c : c.withId(id));
    }

    public void failed(String message) {
        error.set(lang("contacts.error.save", message));
    }

    private static String line(String label, String number) {
        return label == null ? number : label + ": " + number;
    }

    static String numberLine(ContactNumber n) {
        return line(n.label(), n.number());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty companyProperty() { return company; }
    public StringProperty numbersProperty() { return numbers; }
    public StringProperty emailProperty() { return email; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
