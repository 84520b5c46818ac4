package dev.ringside.call;

import dev.ringside.ami.AmiCaptureReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How fast the tracker eats a busy PBX's stream: every transcript, over and over, with fresh
 * Linkedids. Not part of {@code mvn verify}; run with
 * {@code mvn -B test -Dtest=TrackerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TrackerBenchmark {

    @Test
    void eventsPerSecond() throws Exception {
        List<PbxEvent> base = new ArrayList<>();
        for (String f : List.of("answered.ami", "missed.ami", "queue.ami", "other.ami", "ringall-elsewhere.ami", "transfer.ami")) {
            base.addAll(AmiCaptureReader.read(Transcripts.file(f), null));
        }
        int rounds = Math.max(1, 300_000 / base.size());
        List<PbxEvent> flood = new ArrayList<>(base.size() * rounds);
        for (int r = 0; r < rounds; r++) {
            for (PbxEvent e : base) {
                java.util.Map<String, String> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                h.putAll(e.headers());
                for (String k : List.of("Uniqueid", "Linkedid", "DestUniqueid", "DestLinkedid")) {
                    if (h.containsKey(k)) {
                        h.put(k, r + "-" + h.get(k));
                    }
                }
                flood.add(new PbxEvent(e.name(), e.time(), h));
            }
        }
        for (int warm = 0; warm < 2; warm++) {
            run(flood);
        }
        long t0 = System.nanoTime();
        int calls = run(flood);
        long ns = System.nanoTime() - t0;
        System.out.printf("tracker: %d events, %d calls in %.1f ms = %.2f us/event%n",
                flood.size(), calls, ns / 1e6, ns / 1e3 / flood.size());

        Path capture = Transcripts.file("answered.ami");
        long c0 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 200; i++) {
            n += AmiCaptureReader.read(capture, null).size();
        }
        long cns = System.nanoTime() - c0;
        System.out.printf("asterisk-java builder + converter: %.2f us/event (%d events)%n", cns / 1e3 / n, n);
    }

    private static int run(List<PbxEvent> flood) {
        CallTracker tracker = new CallTracker(OperatorNumbers.of("777", "999"));
        int[] calls = {0};
        tracker.addListener((before, now) -> {
            if (before == null) {
                calls[0]++;
            }
        });
        for (PbxEvent e : flood) {
            tracker.onEvent(e);
        }
        tracker.tick(Instant.now().plusSeconds(3600));
        return calls[0];
    }
}
