package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact as a file or a form gives it, before it is checked: raw text, numbers in any spelling.
 * {@link #check} turns it into a {@link Contact} and says what it left out and why.
 */
public final class ContactDraft {

    /** A number as written, with its label. */
    public record RawNumber(String label, String number) {
    }

    /** Something left out: the whole contact ({@link SkipReason#wholeContact()}) or one number. */
    public record Problem(SkipReason reason, String detail) {
    }

    /** The checked contact (null when it was left out) and every problem found. */
    public record Checked(Contact contact, List<Problem> problems) {
    }

    public String name;
    public String company;
    public String email;
    public String note;
    public String uid;
    public final List<RawNumber> numbers = new ArrayList<>();

    public ContactDraft addNumber(String label, String number) {
        numbers.add(new RawNumber(label, number));
        return this;
    }

    /** Checks the draft; numbers become keys through {@code phone} (its home country reads national numbers). */
    public Checked check(PhoneNumbers phone) {
        List<Problem> problems = new ArrayList<>();
        String tooLong = firstTooLong();
        if (tooLong != null) {
            problems.add(new Problem(SkipReason.FIELD_TOO_LONG, tooLong));
            return new Checked(null, problems);
        }
        if (Contact.blankToNull(name) == null && Contact.blankToNull(company) == null) {
            problems.add(new Problem(SkipReason.NO_NAME, firstNumberOrEmail()));
            return new Checked(null, problems);
        }
        Map<String, ContactNumber> byKey = new LinkedHashMap<>();
        for (RawNumber raw : numbers) {
            String text = Contact.blankToNull(raw.number());
            if (text == null) {
                continue;
            }
            String key = text.length() > ContactLimits.NUMBER ? null : phone.canonical(text);
            if (key == null || key.length() > ContactLimits.KEY) {
                problems.add(new Problem(SkipReason.BAD_NUMBER, shorten(text)));
                continue;
            }
            if (byKey.containsKey(key)) {
                continue; // the same number twice: kept once, nothing is lost
            }
            if (byKey.size() == ContactLimits.NUMBERS_PER_CONTACT) {
                problems.add(new Problem(SkipReason.TOO_MANY_NUMBERS, shorten(text)));
                continue;
            }
            String label = Contact.blankToNull(raw.label());
            if (label != null && label.length() > ContactLimits.LABEL) {
                label = label.substring(0, ContactLimits.LABEL).strip();
            }
            byKey.put(key, new ContactNumber(label, text, key));
        }
        Contact contact = new Contact(null, name, company, new ArrayList<>(byKey.values()), email, note, uid);
        return new Checked(contact, problems);
    }

    private String firstTooLong() {
        if (tooLong(name, ContactLimits.NAME)) {
            return "name";
        }
        if (tooLong(company, ContactLimits.COMPANY)) {
            return "company";
        }
        if (tooLong(email, ContactLimits.EMAIL)) {
            return "email";
        }
        if (tooLong(note, ContactLimits.NOTE)) {
            return "note";
        }
        if (tooLong(uid, ContactLimits.UID)) {
            return "uid";
        }
        return null;
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.strip().length() > max;
    }

    private String firstNumberOrEmail() {
        for (RawNumber n : numbers) {
            if (Contact.blankToNull(n.number()) != null) {
                return shorten(n.number().strip());
            }
        }
        return email == null ? "" : shorten(email.strip());
    }

    /** What a report may quote of a value: enough to find it in the file, never a whole page. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }
}
