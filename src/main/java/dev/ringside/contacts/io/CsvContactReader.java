package dev.ringside.contacts.io;

import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactsException;
import dev.ringside.contacts.ImportItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads contacts from a UTF-8 CSV file with a header row, through Apache Commons CSV. The separator
 * (comma, semicolon as spreadsheets in many countries write it, or tab) is taken from the header
 * row; a byte-order mark is skipped. Each record is one contact; rows are counted from 1 with the
 * header as row 1, as a spreadsheet shows them.
 */
public final class CsvContactReader implements ContactSource {

    private static final String GOOGLE_MULTI = " ::: ";

    private final BufferedReader in;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> index = new HashMap<>();
    private final CsvMapping mapping;
    private final Columns columns;
    private boolean used;
    private boolean broken;

    /**
     * @param mapping which column is what; null to {@link CsvMapping#detect detect} it from the header
     * @throws ContactsException when the file has no header row, is not UTF-8, or lacks a mapped column
     */
    public CsvContactReader(InputStream stream, CsvMapping mapping) throws IOException {
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            skipByteOrderMark(in);
            char delimiter = delimiter(in);
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(in);
            this.records = parser.iterator();
            List<String> header = records.hasNext() ? records.next().toList() : List.of();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw new ContactsException("The CSV file has no header row naming its columns.");
            }
            for (int i = header.size() - 1; i >= 0; i--) {
                index.put(CsvMapping.normal(header.get(i)), i);
            }
            this.mapping = mapping != null ? mapping : CsvMapping.detect(header);
            List<String> missing = new ArrayList<>();
            for (String column : this.mapping.columns()) {
                if (!index.containsKey(CsvMapping.normal(column))) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new ContactsException("The CSV file has no column " + String.join(", ", missing) + ".");
            }
            if (this.mapping.findsNoName()) {
                throw new ContactsException("No column of the CSV file holds a name or a company. Its columns: "
                        + String.join(", ", header) + ".");
            }
            this.columns = new Columns();
        } catch (UncheckedIOException e) {
            in.close();
            throw unreadable(e.getCause());
        } catch (CharacterCodingException e) {
            in.close();
            throw unreadable(e);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The mapping in use (detected or given). */
    public CsvMapping mapping() {
        return mapping;
    }

    @Override
    public Iterator<ImportItem> iterator() {
        if (used) {
            throw new IllegalStateException("a contact file is read once");
        }
        used = true;
        return new Iterator<>() {
            private RuntimeException pendingFailure;

            @Override
            public boolean hasNext() {
                if (broken) {
                    return false;
                }
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    pendingFailure = e;
                    return true;
                }
            }

            @Override
            public ImportItem next() {
                if (pendingFailure != null) {
                    RuntimeException e = pendingFailure;
                    pendingFailure = null;
                    return ImportItem.unreadable(row(), restUnreadable(e));
                }
                if (broken) {
                    throw new NoSuchElementException();
                }
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    return ImportItem.unreadable(row(), restUnreadable(e));
                }
                return ImportItem.of((int) record.getRecordNumber(), draft(record));
            }
        };
    }

    private int row() {
        return (int) Math.min(Integer.MAX_VALUE, parser.getRecordNumber() + 1);
    }

    private ContactDraft draft(CSVRecord r) {
        ContactDraft d = new ContactDraft();
        d.name = get(r, columns.name);
        if (d.name == null || d.name.isBlank()) {
            d.name = join(get(r, columns.first), get(r, columns.middle), get(r, columns.last));
        }
        d.company = get(r, columns.company);
        d.email = get(r, columns.email);
        d.note = get(r, columns.note);
        d.uid = get(r, columns.uid);
        for (int i = 0; i < columns.numbers.length; i++) {
            addNumbers(d, columns.numberLabels[i], get(r, columns.numbers[i]));
        }
        for (int i = 0; i < columns.values.length; i++) {
            String label = get(r, columns.labels[i]);
            addNumbers(d, label == null ? null : label.replace("*", "").strip(), get(r, columns.values[i]));
        }
        return d;
    }

    /** The mapping as column positions, worked out once: -1 where a part has no column. */
    private final class Columns {
        final int name = at(mapping.name());
        final int first = at(mapping.firstName());
        final int middle = at(mapping.middleName());
        final int last = at(mapping.lastName());
        final int company = at(mapping.company());
        final int email = at(mapping.email());
        final int note = at(mapping.note());
        final int uid = at(mapping.uid());
        final int[] numbers = mapping.numbers().stream().mapToInt(n -> at(n.column())).toArray();
        final String[] numberLabels = mapping.numbers().stream().map(CsvMapping.NumberColumn::label).toArray(String[]::new);
        final int[] values = mapping.labelled().stream().mapToInt(n -> at(n.valueColumn())).toArray();
        final int[] labels = mapping.labelled().stream().mapToInt(n -> at(n.labelColumn())).toArray();

        private int at(String column) {
            if (column == null) {
                return -1;
            }
            Integer i = index.get(CsvMapping.normal(column));
            return i == null ? -1 : i;
        }
    }

    /** Google Contacts puts several numbers of one label in one cell, separated by " ::: ". */
    private static void addNumbers(ContactDraft d, String label, String cell) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        int from = 0;
        for (int sep; (sep = cell.indexOf(GOOGLE_MULTI, from)) >= 0; from = sep + GOOGLE_MULTI.length()) {
            d.addNumber(label, cell.substring(from, sep));
        }
        d.addNumber(label, cell.substring(from));
    }

    private static String get(CSVRecord r, int column) {
        return column < 0 || column >= r.size() ? null : r.get(column);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }

    private static String restUnreadable(RuntimeException e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return "this row and the rest of the file: " + unreadable(cause).getMessage();
    }

    private static ContactsException unreadable(Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ContactsException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.", cause);
        }
        return new ContactsException("The file is not valid CSV: " + cause.getMessage(), cause);
    }

    private static void skipByteOrderMark(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** The separator the header row uses most outside quotes: comma, semicolon or tab. */
    private static char delimiter(BufferedReader in) throws IOException {
        in.mark(1 << 15);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0, ch; i < (1 << 15) - 1 && (ch = in.read()) >= 0; i++) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted) {
                commas += ch == ',' ? 1 : 0;
                semicolons += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        in.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only file: nothing is lost
        }
    }
}
