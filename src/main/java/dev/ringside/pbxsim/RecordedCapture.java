package dev.ringside.pbxsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events a real AMI client received after its login, each with the time it arrived: read
 * from a raw capture ({@code .ami}, every byte received) and its {@code .timing} file
 * ({@code <seconds since connect> <byte offset> <length>} per socket read).
 *
 * <p>Kept: every {@code Event:} block after the recorded login response, byte for byte. Dropped:
 * the banner, every response, and list events carrying an {@code ActionID}, because they answered
 * the recording client's own actions and a new client would take them for answers to its own.
 */
public final class RecordedCapture {

    /** One recorded event: its exact text (ending with the blank line) and when it arrived after the login. */
    public record Event(String name, String wire, Duration afterLogin) {
    }

    private final Path file;
    private final List<Event> events;

    private RecordedCapture(Path file, List<Event> events) {
        this.file = file;
        this.events = List.copyOf(events);
    }

    /** Reads {@code capture} and the {@code .timing} beside it (no timing file: every event at once). */
    public static RecordedCapture read(Path capture) throws IOException {
        String name = capture.getFileName().toString();
        String base = name.endsWith(".ami") ? name.substring(0, name.length() - 4) : name;
        Path timing = capture.resolveSibling(base + ".timing");
        return read(capture, Files.exists(timing) ? timing : null);
    }

    public static RecordedCapture read(Path capture, Path timingFile) throws IOException {
        // ISO-8859-1 keeps one char per byte: offsets line up with the timing file and the bytes
        // go back out unchanged
        String text = new String(Files.readAllBytes(capture), StandardCharsets.ISO_8859_1);
        Timing timing = timingFile == null ? Timing.NONE : Timing.read(timingFile);
        List<Event> events = new ArrayList<>();
        Duration loginAt = null;
        int pos = 0;
        int blockStart = -1;
        StringBuilder block = new StringBuilder();
        String eventName = null;
        boolean response = false;
        boolean hasActionId = false;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            boolean last = nl < 0;
            if (line.startsWith("Asterisk Call Manager/")) {
                line = "";
            }
            if (line.isEmpty()) {
                if (blockStart >= 0) {
                    Duration at = timing.timeAt(blockStart);
                    if (response && loginAt == null) {
                        loginAt = at;
                    } else if (eventName != null && !hasActionId && loginAt != null) {
                        events.add(new Event(eventName, block.append("\r\n").toString(), at.minus(loginAt)));
                    }
                }
                blockStart = -1;
                block.setLength(0);
                eventName = null;
                response = false;
                hasActionId = false;
            } else {
                if (blockStart < 0) {
                    blockStart = pos;
                }
                block.append(line).append("\r\n");
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("event:")) {
                    eventName = line.substring(6).trim();
                } else if (lower.startsWith("response:")) {
                    response = true;
                } else if (lower.startsWith("actionid:")) {
                    hasActionId = true;
                }
            }
            if (last) {
                if (blockStart >= 0 && eventName != null && !hasActionId && loginAt != null) {
                    events.add(new Event(eventName, block.append("\r\n").toString(),
                            timing.timeAt(blockStart).minus(loginAt)));
                }
                break;
            }
            pos = nl + 1;
        }
        if (loginAt == null) {
            throw new IOException(capture + " holds no login response: not an AMI capture of a logged-in client");
        }
        return new RecordedCapture(capture, events);
    }

    public Path file() {
        return file;
    }

    /** The events to replay, in recorded order. */
    public List<Event> events() {
        return events;
    }

    /** When the last event arrived, counted from the login response. */
    public Duration length() {
        return events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).afterLogin();
    }

    /** The {@code .timing} rows: byte offset where each read started and when. */
    private static final class Timing {
        static final Timing NONE = new Timing(new long[0], new long[0]);

        private final long[] offsets;
        private final long[] nanos;

        private Timing(long[] offsets, long[] nanos) {
            this.offsets = offsets;
            this.nanos = nanos;
        }

        static Timing read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            long[] offsets = new long[lines.size()];
            long[] nanos = new long[lines.size()];
            int n = 0;
            for (String line : lines) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                try {
                    nanos[n] = Math.round(Double.parseDouble(f[0]) * 1e9);
                    offsets[n] = Long.parseLong(f[1]);
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(file + ": expected '<seconds> <offset> <length>', got '" + t + "'", e);
                }
                n++;
            }
            return new Timing(java.util.Arrays.copyOf(offsets, n), java.util.Arrays.copyOf(nanos, n));
        }

        /** The time of the last read that started at or before {@code offset}. */
        Duration timeAt(long offset) {
            long found = 0;
            for (int i = 0; i < offsets.length && offsets[i] <= offset; i++) {
                found = nanos[i];
            }
            return Duration.ofNanos(found);
        }
    }
}
