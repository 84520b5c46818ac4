package dev.ringside.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * A contact's numbers as the {@code contacts} row keeps them (migration V8_1): one line per number,
 * {@code label TAB number TAB key}, in the order given. Tabs and line breaks inside a label or a
 * number are stored as spaces.
 */
final class PackedNumbers {

    private PackedNumbers() {
    }

    static String pack(List<ContactNumber> numbers) {
        StringBuilder sb = new StringBuilder(numbers.size() * 40);
        for (ContactNumber n : numbers) {
            append(sb, n);
        }
        return sb.toString();
    }

    /** Adds one number at the end of packed text. */
    static void append(StringBuilder packed, ContactNumber n) {
        if (packed.length() > 0) {
            packed.append('\n');
        }
        clean(packed, n.label());
        packed.append('\t');
        clean(packed, n.number());
        packed.append('\t').append(n.key());
    }

    /** The numbers of packed text; lines that are not three fields are skipped. */
    static List<ContactNumber> unpack(String packed) {
        if (packed == null || packed.isEmpty()) {
            return List.of();
        }
        List<ContactNumber> out = new ArrayList<>(2);
        int start = 0;
        int length = packed.length();
        while (start < length) {
            int end = packed.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int tab1 = packed.indexOf('\t', start);
            int tab2 = tab1 < 0 || tab1 >= end ? -1 : packed.indexOf('\t', tab1 + 1);
            if (tab2 > 0 && tab2 < end && tab2 + 1 < end) {
                String label = tab1 == start ? null : packed.substring(start, tab1);
                out.add(new ContactNumber(label, packed.substring(tab1 + 1, tab2), packed.substring(tab2 + 1, end)));
            }
            start = end + 1;
        }
        return out;
    }

    private static void clean(StringBuilder sb, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            sb.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
        }
    }
}
