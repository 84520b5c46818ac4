package dev.ringside.ami;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the AMI byte stream into messages: CRLF (or LF) lines, a blank line ends a message. What
 * an outside party controls is bounded here: a line longer than {@link #MAX_LINE_BYTES} keeps its
 * first part and the rest is skipped, a message keeps its first {@link #MAX_HEADERS} headers and
 * {@link #MAX_FRAME_CHARS} characters. Memory per connection stays under a few hundred KiB
 * whatever the PBX sends, and nothing is ever read twice.
 */
final class FrameReader {

    /** Far above any header Asterisk writes, far below what would hurt. */
    static final int MAX_LINE_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 512;
    static final int MAX_FRAME_CHARS = 256 * 1024;

    private final InputStream in;
    private final InputTrouble trouble;
    private final byte[] buffer = new byte[16 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean lineCut;

    FrameReader(InputStream in, InputTrouble trouble) {
        this.in = in;
        this.trouble = trouble;
    }

    /** The next message with at least one header, or null at the end of the stream. */
    RawFrame next() throws IOException {
        List<String> names = new ArrayList<>(24);
        List<String> values = new ArrayList<>(24);
        int chars = 0;
        boolean cut = false;
        boolean stray = false;
        while (true) {
            if (!readLine()) {
                return null; // a message the stream cut off is not a message
            }
            if (lineCut) {
                trouble.count(InputTrouble.Kind.OVERLONG_LINE);
            }
            if (lineLength == 0) {
                if (!names.isEmpty()) {
                    if (cut) {
                        trouble.count(InputTrouble.Kind.OVERSIZED_FRAME);
                    }
                    return new RawFrame(names, values);
                }
                if (stray) {
                    trouble.count(InputTrouble.Kind.NAMELESS_FRAME);
                    stray = false;
                }
                continue;
            }
            if (cut) {
                continue; // skipping the rest of an oversized message, up to its blank line
            }
            String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            String name = colon > 0 ? text.substring(0, colon).trim() : "";
            if (name.isEmpty()) {
                stray = true; // not a header: skipped, and counted if the message has nothing else
                continue;
            }
            if (names.size() >= MAX_HEADERS || chars + text.length() > MAX_FRAME_CHARS) {
                cut = true;
                continue;
            }
            names.add(name);
            values.add(text.substring(colon + 1).trim());
            chars += text.length();
        }
    }

    /** Reads one line into {@code line} without its CR/LF; false at the end of the stream. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineCut = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any && lineLength > 0;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++; // the '\n'
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        int room = MAX_LINE_BYTES - lineLength;
        if (n > room) {
            lineCut = true;
            n = Math.max(0, room);
        }
        if (n == 0) {
            return;
        }
        if (lineLength + n > line.length) {
            byte[] bigger = new byte[Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, lineLength + n))];
            System.arraycopy(line, 0, bigger, 0, lineLength);
            line = bigger;
        }
        System.arraycopy(buffer, from, line, lineLength, n);
        lineLength += n;
    }
}
