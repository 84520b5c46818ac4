package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The desk models are domain code like call/: the JDK and call/ only, so they test without a PBX or a UI. */
class DeskImportsTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void deskImportsOnlyTheJdkAndTheCallDomain() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/ringside/desk"))) {
            List<String> foreign = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = IMPORT.matcher(Files.readString(f));
                    return m.results().map(r -> f.getFileName() + ": " + r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(i -> !i.matches(".*: (java|javax)\\..*") && !i.matches(".*: dev\\.ringside\\.call\\..*")).toList();
            assertEquals(List.of(), foreign);
        }
    }
}
