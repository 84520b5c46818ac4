package dev.ringside.contacts.io;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes contacts as UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the letters
 * right): Name, Company, E-mail, Note, UID, then a "Phone N - Label" / "Phone N - Value" pair per
 * number. {@link CsvMapping#detect} reads these headers back.
 */
public final class CsvContactWriter implements ContactWriter {

    private final CSVPrinter printer;
    private final int phoneColumns;

    /** @param phoneColumns how many number pairs each row has room for: the most any contact has */
    public CsvContactWriter(OutputStream out, int phoneColumns) throws IOException {
        this.phoneColumns = phoneColumns;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("Name", "Company", "E-mail", "Note", "UID"));
        for (int i = 1; i <= phoneColumns; i++) {
            header.add("Phone " + i + " - Label");
            header.add("Phone " + i + " - Value");
        }
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(header);
    }

    @Override
    public void write(Contact c) throws IOException {
        if (c.numbers().size() > phoneColumns) {
            throw new IllegalArgumentException("the file has room for " + phoneColumns + " numbers a contact");
        }
        List<String> row = new ArrayList<>(5 + 2 * phoneColumns);
        row.add(orEmpty(c.name()));
        row.add(orEmpty(c.company()));
        row.add(orEmpty(c.email()));
        row.add(orEmpty(c.note()));
        row.add(orEmpty(c.uid()));
        for (ContactNumber n : c.numbers()) {
            row.add(orEmpty(n.label()));
            row.add(n.number());
        }
        while (row.size() < 5 + 2 * phoneColumns) {
            row.add("");
        }
        printer.printRecord(row);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
