package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The raw event blocks of the captured AMI streams, as text and as headers, for filter tests. */
final class TranscriptBlocks {

    /** One event as Asterisk wrote it: the text a legacy filter sees, and its headers in order. */
    record Block(String file, String text, String name, Map<String, String> headers) {
        PbxEvent toEvent() {
            return new PbxEvent(name, Instant.EPOCH, headers);
        }

        /** The first value of a header, exactly as Asterisk's advanced filter finds it, or null. */
        String header(String header) {
            return headers.get(header);
        }
    }

    private TranscriptBlocks() {
    }

    static Path dir() {
        return dev.ringside.call.Transcripts.dir();
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".ami")).sorted().collect(Collectors.toList());
        }
    }

    static List<Block> events(Path file) throws IOException {
        String all = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<Block> blocks = new ArrayList<>();
        for (String raw : all.split("\r\n\r\n")) {
            String[] lines = raw.split("\r\n");
            int first = 0;
            if (!lines[first].startsWith("Event: ")) {
                continue; // the banner, responses
            }
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (int i = first; i < lines.length; i++) {
                text.append(lines[i]).append("\r\n");
                int colon = lines[i].indexOf(": ");
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 2));
                } else if (lines[i].endsWith(":")) {
                    headers.putIfAbsent(lines[i].substring(0, lines[i].length() - 1), "");
                }
            }
            blocks.add(new Block(file.getFileName().toString(), text.toString(), headers.get("Event"), headers));
        }
        return blocks;
    }
}
