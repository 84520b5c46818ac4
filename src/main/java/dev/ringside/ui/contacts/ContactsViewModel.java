package dev.ringside.ui.contacts;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.io.ContactFormat;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.ContactBook;
import dev.ringside.ui.port.OperatorSession;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Contacts view: search by name, company or any number as you type, every number callable
 * from the operator's phone, add, edit, delete, import and export.
 */
public final class ContactsViewModel {

    public static final int SHOWN = 200;

    private final OperatorSession session;
    private final ContactBook book;
    private final UiThread ui;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long asked;

    /** The keys this class builds at run time (for the bundle tests). */
    static List<String> i18nKeys() {
        return java.util.Arrays.stream(dev.ringside.contacts.SkipReason.values())
                .map(r -> "contacts.skipped." + r.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public ContactsViewModel(OperatorSession session, UiThread ui) {
        this.session = session;
        this.book = session.contacts();
        this.ui = ui;
        query.addListener((obs, o, n) -> refresh());
    }

    public ContactBook book() {
        return book;
    }

    /** Runs the search again; an answer to an older search is dropped. */
    public void refresh() {
        long mine = ++asked;
        ui.deliver(book.search(query.get(), SHOWN), found -> {
            if (mine == asked) {
                contacts.setAll(found);
                message.set(found.isEmpty() ? lang("contacts.empty") : "");
            }
        }, failure -> message.set(lang("contacts.error.search", UiThread.messageOf(failure))));
    }

    /** Calls the number from the operator's phone (it rings first). */
    public void call(String number) {
        message.set(lang("contacts.calling", NumberText.of(number)));
        ui.deliver(session.callBack(number), ok -> { }, failure ->
                message.set(lang("contacts.error.call", UiThread.messageOf(failure))));
    }

    public ContactFormViewModel newContact() {
        ContactDraft d = new ContactDraft();
        String q = query.get().strip();
        if (!q.isEmpty() && q.chars().anyMatch(Character::isDigit) && q.chars().noneMatch(Character::isLetter)) {
            d.addNumber(null, q);
        } else if (!q.isEmpty()) {
            d.name = q;
        }
        return new ContactFormViewModel(book, d);
    }

    public ContactFormViewModel edit(Contact contact) {
        return new ContactFormViewModel(book, contact);
    }

    public void saved(Contact contact) {
        message.set(lang("contacts.saved", contact.displayName()));
        refresh();
    }

    public void delete(Contact contact) {
        ui.deliver(book.delete(contact.id()), ok -> {
            message.set(lang("contacts.deleted", contact.displayName()));
            refresh();
        }, failure -> message.set(lang("contacts.error.save", UiThread.messageOf(failure))));
    }

    public void importFile(Path file) {
        message.set(lang("contacts.importing"));
        ui.deliver(book.importFile(file), report -> {
            message.set(describe(report));
            refresh();
        }, failure -> message.set(lang("contacts.error.import", UiThread.messageOf(failure))));
    }

    public void exportFile(Path file) {
        ContactFormat format = ContactFormat.forFileName(file.getFileName().toString());
        ui.deliver(book.exportFile(file, format), n -> message.set(lang("contacts.exported", n, file.getFileName())),
                failure -> message.set(lang("contacts.error.export", UiThread.messageOf(failure))));
    }

    static String describe(ImportReport r) {
        String text = lang("contacts.imported", r.added(), r.updated(), r.unchanged());
        if (r.skippedContacts() + r.skippedNumbers() > 0) {
            text += " " + lang("contacts.importSkipped", r.skippedContacts(), r.skippedNumbers());
            List<ImportReport.Skipped> first = r.skipped().subList(0, Math.min(3, r.skipped().size()));
            for (ImportReport.Skipped s : first) {
                String key = "contacts.skipped." + s.reason().name().toLowerCase(java.util.Locale.ROOT);
                text += "\n" + lang(key, s.record(), s.who(), s.detail());
            }
        }
        return text;
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<Contact> contacts() { return contacts; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
