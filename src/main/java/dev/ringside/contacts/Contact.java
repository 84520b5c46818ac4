package dev.ringside.contacts;

import java.util.List;

/**
 * A person or a company the operator talks to. A company alone, with no person's name, is a
 * contact too; at least one of {@code name} and {@code company} is set.
 *
 * @param id      the stored row's id; null for a contact not stored (yet)
 * @param name    the person's name, null for a company's own entry
 * @param company the company, else null
 * @param numbers every number of the contact, in the order given
 * @param email   an e-mail address, else null
 * @param note    free text, else null
 * @param uid     the identity the imported file gave it (vCard {@code UID}), else null
 */
public record Contact(Long id, String name, String company, List<ContactNumber> numbers, String email,
                      String note, String uid) {

    public Contact {
        name = blankToNull(name);
        company = blankToNull(company);
        email = blankToNull(email);
        note = blankToNull(note);
        uid = blankToNull(uid);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        if (name == null && company == null) {
            throw new IllegalArgumentException("a contact needs a name or a company");
        }
    }

    /** How to show it in one line: the person's name, else the company. */
    public String displayName() {
        return name != null ? name : company;
    }

    public Contact withId(Long newId) {
        return new Contact(newId, name, company, numbers, email, note, uid);
    }

    /** The contact's number with this key, if it has it. */
    public java.util.Optional<ContactNumber> number(String key) {
        return numbers.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
