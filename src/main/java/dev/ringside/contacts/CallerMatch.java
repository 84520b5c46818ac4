package dev.ringside.contacts;

/**
 * Who a number belongs to, for the popup, the "Now" list and the JSON lines.
 *
 * @param contactId   the local contact's id; null for a match from the shared directory
 * @param name        the person's name, null for a company's own number
 * @param company     the company, else null
 * @param numberLabel which of the contact's numbers this is ({@code mobile}, {@code cell}), else null
 * @param source      where the match came from
 */
public record CallerMatch(Long contactId, String name, String company, String numberLabel, Source source) {

    public enum Source {
        /** The contacts kept in Ringside's own database, or a contacts file. */
        LOCAL,
        /** The shared LDAP / Active Directory. */
        DIRECTORY
    }

    public CallerMatch {
        if (name == null && company == null) {
            throw new IllegalArgumentException("a match needs a name or a company");
        }
    }

    static CallerMatch of(Contact contact, ContactNumber number) {
        return new CallerMatch(contact.id(), contact.name(), contact.company(),
                number == null ? null : number.label(), Source.LOCAL);
    }
}
