package dev.ringside.contacts;

/** Why an import left a contact, or one of its numbers, out. */
public enum SkipReason {
    /** The record has neither a person's name nor a company: the whole contact is left out. */
    NO_NAME(true),
    /** A field is longer than Ringside keeps ({@link ContactLimits}): the whole contact is left out. */
    FIELD_TOO_LONG(true),
    /** The record could not be read at all (broken quoting, a broken vCard): it is left out. */
    UNREADABLE(true),
    /** A number has no digits or is too long to be a phone number: that number is left out. */
    BAD_NUMBER(false),
    /** The contact has more numbers than Ringside keeps: the extra numbers are left out. */
    TOO_MANY_NUMBERS(false);

    private final boolean wholeContact;

    SkipReason(boolean wholeContact) {
        this.wholeContact = wholeContact;
    }

    /** True when the whole contact was left out, false when only a number was. */
    public boolean wholeContact() {
        return wholeContact;
    }
}
