package dev.ringside.ami;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When the bytes of a capture arrived: one line per socket read,
 * {@code <seconds since connect> <byte offset> <length>} (the transcripts' {@code .timing} format).
 */
public final class CaptureTiming {

    private final long[] offsets;
    private final Duration[] times;

    private CaptureTiming(long[] offsets, Duration[] times) {
        this.offsets = offsets;
        this.times = times;
    }

    public static CaptureTiming read(Path file) throws IOException {
        List<long[]> rows = new ArrayList<>();
        List<Duration> times = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            if (f.length < 2) {
                throw new IOException(file + " line " + lineNo + ": expected '<seconds> <offset> <length>'");
            }
            try {
                long nanos = Math.round(Double.parseDouble(f[0]) * 1e9);
                rows.add(new long[] {Long.parseLong(f[1])});
                times.add(Duration.ofNanos(nanos));
            } catch (NumberFormatException e) {
                throw new IOException(file + " line " + lineNo + ": expected '<seconds> <offset> <length>'", e);
            }
        }
        long[] offsets = new long[rows.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = rows.get(i)[0];
        }
        return new CaptureTiming(offsets, times.toArray(new Duration[0]));
    }

    /** When the byte at {@code offset} arrived: the time of the last read that started at or before it. */
    public Duration timeAt(long offset) {
        int lo = 0;
        int hi = offsets.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? Duration.ZERO : times[found];
    }
}
