package dev.ringside.ui.contacts;

import dev.ringside.contacts.CallerMatch;
import dev.ringside.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a contact reads in one line: "Anna Smith · ACME Ltd · mobile". */
public final class ContactText {

    private static final List<String> LABELS = List.of("mobile", "cell", "work", "home", "fax", "main", "other", "pager", "extension");

    private ContactText() {
    }

    /** The keys this class builds at run time (for the bundle tests). */
    static List<String> i18nKeys() {
        return LABELS.stream().map(l -> "contacts.label." + l).toList();
    }

    public static String summary(CallerMatch m) {
        if (m == null) {
            return "";
        }
        return join(m.name(), m.company(), label(m.numberLabel()));
    }

    public static String join(String... parts) {
        List<String> shown = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                shown.add(p.strip());
            }
        }
        return String.join(" \u00b7 ", shown);
    }

    /** A label in the operator's language when it is a usual one (mobile, cell, work, ...), else as written. */
    public static String label(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String known = raw.strip().toLowerCase(Locale.ROOT);
        String key = "contacts.label." + known;
        return LABELS.contains(known) ? Localization.lang(key) : raw.strip();
    }
}
