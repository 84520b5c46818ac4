package dev.ringside.contacts.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CSV column holds which part of a contact, by header name (case and surrounding spaces
 * ignored). {@link #detect} recognises the headers of Ringside's own export, Google Contacts and
 * Outlook (English and Russian); {@link #parse} reads a mapping the operator wrote.
 *
 * @param name      the full name; when empty on a row, first, middle and last name are joined
 * @param numbers   columns holding one number each, with the label every number in it gets
 * @param labelled  column pairs holding a number and, beside it, its label ("Phone 1 - Value" / "Phone 1 - Label")
 */
public record CsvMapping(String name, String firstName, String middleName, String lastName, String company,
                         String email, String note, String uid, List<NumberColumn> numbers,
                         List<LabelledNumber> labelled) {

    /** A column of numbers that all have one label ("Mobile Phone": {@code mobile}); label may be null. */
    public record NumberColumn(String column, String label) {
    }

    /** A number column and the column with its label. */
    public record LabelledNumber(String valueColumn, String labelColumn) {
    }

    public CsvMapping {
        numbers = List.copyOf(numbers);
        labelled = List.copyOf(labelled);
    }

    /** True when the mapping names no column that could hold a name or a company. */
    public boolean findsNoName() {
        return name == null && firstName == null && lastName == null && company == null;
    }

    private static final Map<String, String> NAME = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("full name", "name"), Map.entry("display name", "name"),
            Map.entry("contact", "name"), Map.entry("contact name", "name"), Map.entry("fn", "name"),
            Map.entry("фио", "name"), Map.entry("полное имя", "name"), Map.entry("контакт", "name"),
            Map.entry("first name", "first"), Map.entry("given name", "first"), Map.entry("firstname", "first"),
            Map.entry("имя", "first"),
            Map.entry("middle name", "middle"), Map.entry("additional name", "middle"), Map.entry("отчество", "middle"),
            Map.entry("last name", "last"), Map.entry("family name", "last"), Map.entry("surname", "last"),
            Map.entry("lastname", "last"), Map.entry("фамилия", "last"),
            Map.entry("company", "company"), Map.entry("organization", "company"),
            Map.entry("organisation", "company"), Map.entry("org", "company"),
            Map.entry("organization name", "company"), Map.entry("organization 1 - name", "company"),
            Map.entry("компания", "company"), Map.entry("организация", "company"),
            Map.entry("e-mail", "email"), Map.entry("email", "email"), Map.entry("e-mail address", "email"),
            Map.entry("email address", "email"), Map.entry("e-mail 1 - value", "email"), Map.entry("mail", "email"),
            Map.entry("эл. почта", "email"), Map.entry("адрес эл. почты", "email"),
            Map.entry("электронная почта", "email"),
            Map.entry("note", "note"), Map.entry("notes", "note"), Map.entry("comment", "note"),
            Map.entry("заметки", "note"), Map.entry("примечание", "note"), Map.entry("комментарий", "note"),
            Map.entry("uid", "uid"));

    /** Fixed number columns and the label their numbers get (null: no label). */
    private static final Map<String, String> NUMBER_COLUMNS = Map.ofEntries(
            Map.entry("mobile phone", "mobile"), Map.entry("mobile", "mobile"), Map.entry("cell", "mobile"),
            Map.entry("cell phone", "mobile"), Map.entry("мобильный телефон", "mobile"),
            Map.entry("мобильный", "mobile"),
            Map.entry("business phone", "work"), Map.entry("business phone 2", "work"), Map.entry("work phone", "work"),
            Map.entry("work", "work"), Map.entry("office phone", "work"), Map.entry("рабочий телефон", "work"),
            Map.entry("рабочий телефон 2", "work"),
            Map.entry("home phone", "home"), Map.entry("home phone 2", "home"), Map.entry("home", "home"),
            Map.entry("домашний телефон", "home"),
            Map.entry("business fax", "fax"), Map.entry("fax", "fax"), Map.entry("факс", "fax"),
            Map.entry("рабочий факс", "fax"),
            Map.entry("primary phone", "main"), Map.entry("company main phone", "main"), Map.entry("main", "main"),
            Map.entry("основной телефон", "main"),
            Map.entry("other phone", "other"), Map.entry("другой телефон", "other"));

    private static final List<String> UNLABELLED_NUMBER = List.of("phone", "telephone", "tel", "number",
            "phone number", "телефон", "номер", "номер телефона");

    private static final Pattern PAIR = Pattern.compile("(phone|telephone|tel|телефон) ?(\\d+) - (type|label|value|тип|метка|значение)");

    /** The mapping the header row suggests: every column it recognises. */
    public static CsvMapping detect(List<String> header) {
        String name = null;
        String first = null;
        String middle = null;
        String last = null;
        String company = null;
        String email = null;
        String note = null;
        String uid = null;
        List<NumberColumn> numbers = new ArrayList<>();
        Map<String, String[]> pairs = new java.util.LinkedHashMap<>();
        for (String column : header) {
            String h = normal(column);
            Matcher pair = PAIR.matcher(h);
            String role = NAME.get(h);
            if (pair.matches()) {
                String[] p = pairs.computeIfAbsent(pair.group(2), k -> new String[2]);
                boolean value = pair.group(3).equals("value") || pair.group(3).equals("значение");
                p[value ? 0 : 1] = column;
            } else if (role != null) {
                switch (role) {
                    case "name" -> name = name == null ? column : name;
                    case "first" -> first = first == null ? column : first;
                    case "middle" -> middle = middle == null ? column : middle;
                    case "last" -> last = last == null ? column : last;
                    case "company" -> company = company == null ? column : company;
                    case "email" -> email = email == null ? column : email;
                    case "note" -> note = note == null ? column : note;
                    default -> uid = uid == null ? column : uid;
                }
            } else if (NUMBER_COLUMNS.containsKey(h)) {
                numbers.add(new NumberColumn(column, NUMBER_COLUMNS.get(h)));
            } else if (UNLABELLED_NUMBER.contains(h)) {
                numbers.add(new NumberColumn(column, null));
            } else if (h.contains("phone") || h.contains("телефон")) {
                numbers.add(new NumberColumn(column, h.replace(" phone", "").replace(" телефон", "").strip()));
            }
        }
        List<LabelledNumber> labelled = new ArrayList<>();
        for (String[] p : pairs.values()) {
            if (p[0] != null) {
                labelled.add(new LabelledNumber(p[0], p[1]));
            }
        }
        return new CsvMapping(name, first, middle, last, company, email, note, uid, numbers, labelled);
    }

    /**
     * Reads a mapping written as {@code field=Column} pairs, one per line or separated by {@code ;}:
     * fields {@code name}, {@code first_name}, {@code middle_name}, {@code last_name}, {@code company},
     * {@code email}, {@code note}, {@code uid}, {@code number.LABEL} (a column of numbers with that
     * label; {@code number} alone for no label) and {@code numbers} ({@code ValueColumn|LabelColumn}).
     *
     * @throws IllegalArgumentException naming the entry that is not understood
     */
    public static CsvMapping parse(String spec) {
        String name = null;
        String first = null;
        String middle = null;
        String last = null;
        String company = null;
        String email = null;
        String note = null;
        String uid = null;
        List<NumberColumn> numbers = new ArrayList<>();
        List<LabelledNumber> labelled = new ArrayList<>();
        for (String entry : spec.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("Not a field=Column pair: " + entry.strip());
            }
            String field = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String column = entry.substring(eq + 1).strip();
            switch (field) {
                case "name" -> name = column;
                case "first_name" -> first = column;
                case "middle_name" -> middle = column;
                case "last_name" -> last = column;
                case "company" -> company = column;
                case "email" -> email = column;
                case "note" -> note = column;
                case "uid" -> uid = column;
                case "number" -> numbers.add(new NumberColumn(column, null));
                case "numbers" -> {
                    int bar = column.indexOf('|');
                    labelled.add(bar < 0 ? new LabelledNumber(column, null)
                            : new LabelledNumber(column.substring(0, bar).strip(), column.substring(bar + 1).strip()));
                }
                default -> {
                    if (!field.startsWith("number.") || field.length() == "number.".length()) {
                        throw new IllegalArgumentException("Unknown field '" + field + "' in: " + entry.strip());
                    }
                    String label = entry.substring(0, eq).strip().substring("number.".length());
                    numbers.add(new NumberColumn(column, label));
                }
            }
        }
        return new CsvMapping(name, first, middle, last, company, email, note, uid, numbers, labelled);
    }

    /** Every column the mapping names. */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : new String[] {name, firstName, middleName, lastName, company, email, note, uid}) {
            if (c != null) {
                out.add(c);
            }
        }
        numbers.forEach(n -> out.add(n.column()));
        for (LabelledNumber l : labelled) {
            out.add(l.valueColumn());
            if (l.labelColumn() != null) {
                out.add(l.labelColumn());
            }
        }
        return out;
    }

    static String normal(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
