package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Reads a raw AMI capture (every byte a client received) and turns it into events through
 * asterisk-java's own event builder, exactly as a live connection would.
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
        long messages = blocks.stream().filter(b -> b.headers.containsKey("event") || b.headers.containsKey("response")).count();
        if (!banner && messages == 0) {
            throw new NotACaptureException(what + " is not an AMI capture: it has neither the \"Asterisk Call Manager/\" "
                    + "banner nor any \"Event:\" or \"Response:\" message.", null);
        }
        Instant anchor = anchorOf(blocks, timing);
        EventBuilder builder = EventBuilder.create();
        List<PbxEvent> events = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.headers.containsKey("event")) {
                continue;
            }
            ManagerEvent event = builder.build(block.headers);
            if (event == null) {
                continue; // asterisk-java does not know this event: a live connection drops it too
            }
            Instant at = timing != null ? anchor.plus(timing.timeAt(block.offset)) : anchor;
            event.setDateReceived(Date.from(at));
            events.add(ManagerEventConverter.toAmiEvent(event));
        }
        return events;
    }

    private static Instant anchorOf(List<Block> blocks, CaptureTiming timing) {
        for (Block block : blocks) {
            Object tv = block.headers.get("eventtv");
            if (tv instanceof String s) {
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
            Object uniqueId = block.headers.get("uniqueid");
            if (uniqueId instanceof String s && s.indexOf('.') > 0) {
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

    private record Block(int offset, Map<String, Object> headers) {
    }

    /** Splits like asterisk-java's reader: CRLF (or LF) lines, a blank line ends a message. */
    private static List<Block> splitBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> current = new HashMap<>();
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
                if (!current.isEmpty()) {
                    blocks.add(new Block(blockStart, current));
                    current = new HashMap<>();
                }
                blockStart = -1;
            } else {
                if (blockStart < 0) {
                    blockStart = pos;
                }
                addHeader(current, line);
            }
            pos = next;
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(blockStart, current));
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static void addHeader(Map<String, Object> headers, String line) {
        String[] parts = line.split(":", 2);
        if (parts.length != 2) {
            return;
        }
        String name = parts[0].toLowerCase(Locale.ENGLISH).trim();
        String value = parts[1].trim();
        if (name.isEmpty()) {
            return;
        }
        Object existing = headers.get(name);
        if (existing == null) {
            headers.put(name, value);
        } else if (existing instanceof List<?> list) {
            ((List<String>) list).add(value);
        } else {
            List<String> list = new ArrayList<>();
            list.add(existing.toString());
            list.add(value);
            headers.put(name, list);
        }
    }

    /**
     * asterisk-java's event builder is package-private; reaching it by reflection lets a capture go
     * through the very code that builds live events.
     */
    private static final class EventBuilder {
        private final Object impl;
        private final Method buildEvent;

        private EventBuilder(Object impl, Method buildEvent) {
            this.impl = impl;
            this.buildEvent = buildEvent;
        }

        static EventBuilder create() {
            try {
                Class<?> type = Class.forName("org.asteriskjava.manager.internal.EventBuilderImpl");
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                Method build = type.getMethod("buildEvent", Object.class, Map.class);
                build.setAccessible(true);
                return new EventBuilder(constructor.newInstance(), build);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("asterisk-java's EventBuilderImpl is not where it was in 3.42", e);
            }
        }

        ManagerEvent build(Map<String, Object> headers) {
            try {
                return (ManagerEvent) buildEvent.invoke(impl, AmiCaptureReader.class, new HashMap<>(headers));
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
    }
}
