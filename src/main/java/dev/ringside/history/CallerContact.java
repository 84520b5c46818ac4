package dev.ringside.history;

/**
 * Whom the other party of a stored call was when it rang, as noted then.
 *
 * @param contactId the local contact, while it exists; null for a match in the shared directory
 * @param name      the person's name, null for a company's own number
 * @param company   the company, else null
 */
public record CallerContact(Long contactId, String name, String company) {

    /** The noted contact, or null when nothing was noted. */
    static CallerContact of(Long contactId, String name, String company) {
        return contactId == null && name == null && company == null ? null
                : new CallerContact(contactId, name, company);
    }
}
