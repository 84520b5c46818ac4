package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.contacts.ContactFormViewModel;
import dev.ringside.ui.port.ContactBook;
import dev.ringside.ui.port.HistoryEntry;
import java.util.function.Consumer;

/**
 * "Add to contacts" and "Edit contact" for a history row: a row whose number belongs to a local
 * contact edits it, any other row with a number adds one, starting with the number and the name
 * the PBX sent. After a save the history is read again, so the row shows the contact.
 */
public final class HistoryContactsViewModel {

    private final ContactBook book;
    private final UiThread ui;
    private final HistoryViewModel history;

    public HistoryContactsViewModel(ContactBook book, UiThread ui, HistoryViewModel history) {
        this.book = book;
        this.ui = ui;
        this.history = history;
    }

    /** Whether the row may be added to the contacts (there are contacts, the row has a number, no contact yet). */
    public boolean canAdd(HistoryEntry row) {
        return book.available() && row != null && row.contactId() == null && number(row) != null;
    }

    /** Whether the row's contact may be edited (a local contact). */
    public boolean canEdit(HistoryEntry row) {
        return book.available() && row != null && row.contactId() != null;
    }

    /** The form for a new contact with the row's number (and the caller ID name of an incoming call). */
    public ContactFormViewModel addForm(HistoryEntry row) {
        ContactDraft draft = new ContactDraft();
        String cid = row.call().callerName();
        boolean theirName = row.call().direction() != dev.ringside.call.Direction.OUTBOUND && cid != null
                && !cid.isBlank() && !cid.equals(row.call().callerNumber());
        draft.name = theirName ? cid.strip() : row.contactName();
        draft.company = row.company();
        draft.addNumber(null, number(row));
        return new ContactFormViewModel(book, draft);
    }

    /** Reads the row's contact, then hands its form over; says so when it is gone meanwhile. */
    public void editForm(HistoryEntry row, Consumer<ContactFormViewModel> open) {
        ui.deliver(book.find(row.contactId()), found -> {
            if (found.isPresent()) {
                open.accept(new ContactFormViewModel(book, found.get()));
            } else {
                history.showMessage(lang("history.contact.gone"));
                history.refresh();
            }
        }, failure -> history.showMessage(lang("contacts.error.search", UiThread.messageOf(failure))));
    }

    /** A contact was saved from a row. */
    public void saved(Contact contact) {
        history.showMessage(lang("contacts.saved", contact.displayName()));
        history.refresh();
    }

    private static String number(HistoryEntry row) {
        String n = row.call().otherPartyNumber();
        return n == null || n.isBlank() ? null : n.strip();
    }
}
