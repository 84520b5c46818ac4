package dev.ringside.ui.desk;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.ui.contacts.ContactText;
import dev.ringside.ui.port.TransferTarget;
import java.util.ArrayList;
import java.util.List;

/** The transfer picker's view of contacts: one target per number, named by the contact. */
final class ContactTargets {

    private ContactTargets() {
    }

    /** Each number of each contact, in the contacts' order, at most {@code max}. */
    static List<TransferTarget> of(List<Contact> contacts, int max) {
        List<TransferTarget> targets = new ArrayList<>();
        for (Contact c : contacts) {
            boolean named = c.name() != null && !c.name().isBlank();
            for (ContactNumber n : c.numbers()) {
                if (targets.size() >= max) {
                    return targets;
                }
                // the number as dialled from the operator's desk, the way it was written (national or not)
                String dialled = n.number().replaceAll("[^0-9+*#]", "");
                if (dialled.isEmpty()) {
                    continue;
                }
                String hint = ContactText.join(named ? c.company() : null, ContactText.label(n.label()));
                targets.add(new TransferTarget(c.displayName(), dialled, TransferTarget.Kind.CONTACT, hint));
            }
        }
        return targets;
    }
}
