package dev.ringside.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the sources of one package import, for tests that keep a package's dependencies narrow. */
public final class PackageImports {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private PackageImports() {
    }

    /**
     * Every import in {@code src/main/java/<folder>/*.java} that {@code allowed} refuses, as
     * "File.java: imported.Name".
     */
    public static List<String> refused(String folder, Predicate<String> allowed) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java", folder))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return IMPORT.matcher(Files.readString(f)).results().map(r -> r.group(1))
                            .filter(allowed.negate()).map(i -> f.getFileName() + ": " + i).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** The JDK's own packages. */
    public static boolean jdk(String imported) {
        return imported.startsWith("java.") || imported.startsWith("javax.");
    }
}
