package dev.ringside.call;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the recorded AMI streams are: {@code ../shared/ami-transcripts} beside the project when it
 * is there (the team's shared folder, where new recordings land first), else the copy kept in
 * {@code src/test/resources/ami-transcripts} so a clone alone (GitHub Actions) runs every test.
 */
public final class Transcripts {

    private Transcripts() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("ringside.transcripts", "../shared/ami-transcripts"));
        if (!Files.isDirectory(dir)) {
            dir = Path.of("src/test/resources/ami-transcripts");
        }
        assertTrue(Files.isDirectory(dir), "transcripts not found at " + dir.toAbsolutePath());
        return dir;
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        assertTrue(Files.isRegularFile(file), "missing transcript " + file.toAbsolutePath());
        return file;
    }
}
