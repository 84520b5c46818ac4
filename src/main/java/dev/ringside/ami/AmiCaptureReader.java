package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a raw AMI capture (every byte a client received) and turns it into events straight from
 * their headers, exactly as a live {@link AmiSession} does.
 *
 * <p>Each event gets the time its first byte arrived, from a {@link CaptureTiming} when there is
 * one (the transcripts' {@code .timing} files), else the PBX's {@code Timestamp:} header, else
 * the capture's start. Absolute times are anchored on the capture's first {@code EventTV} header,
 * else on the first Uniqueid (which starts with the epoch second the channel was made), so a
 * replay prints the wall-clock times of the recording.
 */
public final class AmiCaptureReader {

    private static final String BANNER_PREFIX = "Asterisk Call Manager/";
    private static final DateTimeFormatter EVENT_TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private AmiCaptureReader() {
    }

    /** A capture that is not AMI, or cannot be read. The message is for the person who gave the file. */
    public static final class NotACaptureException extends Exception {
        private static final long serialVersionUID = 1L;

        NotACaptureException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads {@code file}, timed by {@code timing} (may be null). */
    public static List<PbxEvent> read(Path file, CaptureTiming timing) throws NotACaptureException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NotACaptureException("No such file: " + file, e);
        } catch (IOException e) {
            throw new NotACaptureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(new String(bytes, StandardCharsets.ISO_8859_1), timing, file.toString());
    }

    /** Parses capture text; ISO-8859-1 keeps one char per byte so timing offsets line up. */
    public static List<PbxEvent> parse(String text, CaptureTiming timing, String what) throws NotACaptureException {
        List<Block> blocks = splitBlocks(text);
        boolean banner = text.startsWith(BANNER_PREFIX);
        long messages = blocks.stream().filter(b -> b.frame.has("Event") || b.frame.has("Response")).count();
        if (!banner && messages == 0) {
            throw new NotACaptureException(what + " is not an AMI capture: it has neither the \"Asterisk Call Manager/\" "
                    + "banner nor any \"Event:\" or \"Response:\" message.", null);
        }
        Instant anchor = anchorOf(blocks, timing);
        List<PbxEvent> events = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.frame.has("Event")) {
                continue;
            }
            Instant at = timing != null ? anchor.plus(timing.timeAt(block.offset)) : anchor;
            events.add(block.frame.toPbxEvent(at));
        }
        return events;
    }

    private static Instant anchorOf(List<Block> blocks, CaptureTiming timing) {
        for (Block block : blocks) {
            String s = block.frame.get("EventTV");
            if (!s.isEmpty()) {
                try {
                    Instant eventTime = OffsetDateTime.parse(s, EVENT_TV).toInstant();
                    Duration sinceStart = timing != null ? timing.timeAt(block.offset) : Duration.ZERO;
                    return eventTime.minus(sinceStart);
                } catch (DateTimeParseException ignored) {
                    // another format: keep looking
                }
            }
        }
        // No EventTV: Asterisk's Uniqueid is "<epoch seconds>.<sequence>", so the first one dates the capture
        for (Block block : blocks) {
            String s = block.frame.get("Uniqueid");
            if (s.indexOf('.') > 0) {
                try {
                    Instant created = Instant.ofEpochSecond(Long.parseLong(s.substring(0, s.indexOf('.'))));
                    Duration sinceStart = timing != null ? timing.timeAt(block.offset) : Duration.ZERO;
                    return created.minus(sinceStart);
                } catch (NumberFormatException ignored) {
                    // not Asterisk's format: keep looking
                }
            }
        }
        return Instant.EPOCH;
    }

    private record Block(int offset, RawFrame frame) {
    }

    /** Splits like the live reader: CRLF (or LF) lines, a blank line ends a message. */
    private static List<Block> splitBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int blockStart = -1;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.startsWith(BANNER_PREFIX)) {
                pos = next;
                continue;
            }
            if (line.isEmpty()) {
                if (!names.isEmpty()) {
                    blocks.add(new Block(blockStart, new RawFrame(names, values)));
                    names.clear();
                    values.clear();
                }
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = pos;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && !line.substring(0, colon).isBlank()) {
                    names.add(line.substring(0, colon).trim());
                    values.add(line.substring(colon + 1).trim());
                }
            }
            pos = next;
        }
        if (!names.isEmpty()) {
            blocks.add(new Block(blockStart, new RawFrame(names, values)));
        }
        return blocks;
    }
}
