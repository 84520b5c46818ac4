package dev.ringside.contacts;

/** The longest values a contact keeps; the {@code contacts} tables' columns are this wide. */
public final class ContactLimits {

    public static final int NAME = 512;
    public static final int COMPANY = 512;
    public static final int EMAIL = 512;
    public static final int NOTE = 10_000;
    public static final int UID = 255;
    public static final int LABEL = 64;
    public static final int NUMBER = 255;
    public static final int NUMBERS_PER_CONTACT = 50;
    /** A number's matching key: E.164 is at most 16 characters, an odd number's digits are cut at 64. */
    public static final int KEY = 64;

    private ContactLimits() {
    }
}
