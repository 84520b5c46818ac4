package dev.ringside.contacts;

/** Contacts for tests, written the way a form or a file gives them. */
public final class Drafts {

    private Drafts() {
    }

    public static ContactDraft person(String name, String company) {
        ContactDraft d = new ContactDraft();
        d.name = name;
        d.company = company;
        return d;
    }

    public static ContactDraft company(String company) {
        return person(null, company);
    }
}
