package dev.ringside.app;

import dev.ringside.contacts.ContactLookup;
import dev.ringside.contacts.ContactsException;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.io.ContactFiles;
import dev.ringside.phone.PhoneNumbers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --contacts FILE [--home-country XX]} of {@code replay} and {@code monitor}: a CSV or vCard
 * file whose contacts name the calls' other party in the JSON lines. National numbers in the file
 * are read in the home country (default: the country of the JVM's locale).
 */
final class ContactsOption {

    static final String USAGE = "[--contacts FILE.csv|FILE.vcf [--home-country RU]]";

    private Path file;
    private String country = Locale.getDefault().getCountry();

    /** True for the options this class reads (each takes a value). */
    static boolean isOption(String arg) {
        return arg.equals("--contacts") || arg.equals("--home-country");
    }

    void set(String option, String value) {
        if (option.equals("--contacts")) {
            file = Path.of(value);
        } else {
            country = value;
        }
    }

    /**
     * The contacts to name calls with; null without {@code --contacts}. Says on {@code err} how many
     * were read and what was left out.
     *
     * @throws ContactsException when the file cannot be read
     */
    ContactLookup load(PrintStream err) {
        if (file == null) {
            return null;
        }
        PhoneNumbers phone = new PhoneNumbers(country);
        ContactFiles.Loaded loaded = ContactFiles.load(file, phone);
        ImportReport report = loaded.report();
        err.println("contacts: " + loaded.contacts().size() + " read from " + file
                + (phone.homeRegion().equals("ZZ") ? " (no home country: national numbers are not understood)"
                : " (home country " + phone.homeRegion() + ")")
                + (report.skippedContacts() + report.skippedNumbers() == 0 ? ""
                : ", left out: " + report.skippedContacts() + " contact(s), " + report.skippedNumbers() + " number(s)"));
        for (ImportReport.Skipped s : report.skipped()) {
            err.println("  record " + s.record() + (s.who().isEmpty() ? "" : " (" + s.who() + ")") + ": "
                    + describe(s));
        }
        return loaded.index(phone);
    }

    private static String describe(ImportReport.Skipped s) {
        return switch (s.reason()) {
            case NO_NAME -> "no name and no company" + (s.detail().isEmpty() ? "" : ", number " + s.detail());
            case FIELD_TOO_LONG -> "the " + s.detail() + " is too long";
            case UNREADABLE -> "unreadable: " + s.detail();
            case BAD_NUMBER -> "not a phone number: " + s.detail();
            case TOO_MANY_NUMBERS -> "too many numbers, left out: " + s.detail();
        };
    }
}
