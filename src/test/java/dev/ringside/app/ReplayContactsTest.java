package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Transcripts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --contacts FILE}: each JSON line names the other party from a CSV or vCard file. */
class ReplayContactsTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int replay(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        return ReplayCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aVCardWithATelUriNamesTheCaller() throws Exception {
        Path vcf = Files.writeString(dir.resolve("people.vcf"), """
                BEGIN:VCARD
                VERSION:4.0
                FN:John Smith
                ORG:ACME Ltd
                TEL;VALUE=uri;TYPE=cell:tel:+1-555-123-4567
                END:VCARD
                """);
        assertEquals(0, replay(Transcripts.file("answered.ami").toString(), "--extension", "777",
                "--contacts", vcf.toString()));
        assertTrue(output().contains("\"contact_name\":\"John Smith\",\"company\":\"ACME Ltd\",\"number_label\":\"cell\""),
                output());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("contacts: 1 read from"));
    }

    @Test
    void aCsvWithNationalNumbersNamesTheNumberDialled() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"),
                "Company,Work Phone,Mobile Phone\nACME Ltd,(555) 111-2222,\n,,+15550000000\n");
        assertEquals(0, replay(Transcripts.file("outbound.ami").toString(), "--extension", "777",
                "--contacts", csv.toString(), "--home-country", "US"));
        String first = output().lines().findFirst().orElseThrow();
        assertTrue(first.contains("\"receiver_number\":\"5551112222\""), first);
        assertTrue(first.endsWith("\"contact_name\":null,\"company\":\"ACME Ltd\",\"number_label\":\"work\"}"), first);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("left out: 1 contact(s)"), errors);
        assertTrue(errors.contains("record 3: no name and no company, number +15550000000"), errors);
    }

    @Test
    void anUnknownCallerHasNullsAndWithoutContactsTheLineIsAsBefore() throws Exception {
        Path csv = Files.writeString(dir.resolve("other.csv"), "Name,Phone\nSomeone,+442079460958\n");
        assertEquals(0, replay(Transcripts.file("answered.ami").toString(), "-e", "777", "--contacts", csv.toString()));
        assertTrue(output().contains("\"contact_name\":null,\"company\":null,\"number_label\":null"), output());

        out.reset();
        assertEquals(0, replay(Transcripts.file("answered.ami").toString(), "-e", "777"));
        assertFalse(output().contains("contact_name"), output());
    }

    @Test
    void aMissingContactsFileIsSaidPlainly() {
        assertEquals(Cli.EXIT_USAGE, replay(Transcripts.file("answered.ami").toString(), "-e", "777",
                "--contacts", dir.resolve("nope.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("There is no file"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", output());
    }
}
