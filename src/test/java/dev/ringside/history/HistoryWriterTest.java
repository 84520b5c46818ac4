package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryWriterTest {

    @TempDir
    Path dir;
    CallHistory history;
    long op;

    @BeforeEach
    void open() {
        history = CallHistory.open(dir.resolve("history"));
        op = history.ensureOperator("Anna", Set.of("777")).id();
    }

    @AfterEach
    void close() {
        history.close();
    }

    /** The snapshots a tracker reports for one answered call, in order. */
    private static List<Call> lifeOf(String linkedId, long startSecond) {
        Call.Builder b = Calls.ringing(linkedId, "5551234", "Ivan", startSecond);
        Call ringing = b.build();
        Call answered = Calls.answered(b, 5).build();
        Call completed = Calls.ended(b, CallStatus.COMPLETED, 60, 16).build();
        return List.of(ringing, answered, completed);
    }

    private static void feed(HistoryWriter writer, List<Call> snapshots) {
        Call previous = null;
        for (Call c : snapshots) {
            writer.callChanged(previous, c);
            previous = c;
        }
    }

    @Test
    void writesEverySnapshotInOrder() throws Exception {
        AtomicInteger saved = new AtomicInteger();
        try (HistoryWriter writer = new HistoryWriter(history, op, new HistoryWriter.Observer() {
            @Override
            public void saved(Call call, boolean stored) {
                saved.incrementAndGet();
            }
        })) {
            for (int i = 0; i < 50; i++) {
                feed(writer, lifeOf("w." + i, i * 100L));
            }
            writer.flush().get(10, TimeUnit.SECONDS);
        }
        assertEquals(150, saved.get());
        assertEquals(50, history.count(CallQuery.forOperator(op).build()));
        assertEquals(50L, history.countByStatus(CallQuery.forOperator(op).build()).get(CallStatus.COMPLETED));
    }

    @Test
    void theCallerNeverWaitsForTheDisk() throws Exception {
        CountDownLatch diskStuck = new CountDownLatch(1);
        CountDownLatch writerBlocked = new CountDownLatch(1);
        try (HistoryWriter writer = new HistoryWriter(history, op, new HistoryWriter.Observer() {
            @Override
            public void saved(Call call, boolean stored) {
                writerBlocked.countDown();
                await(diskStuck);
            }
        })) {
            writer.callChanged(null, Calls.incoming("slow.0", "5551234", 0));
            assertTrue(writerBlocked.await(10, TimeUnit.SECONDS));
            // the writer thread is stuck; the tracker's thread must still get through at once
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (int i = 1; i <= 1_000; i++) {
                    writer.callChanged(null, Calls.incoming("slow." + i, "5551234", i));
                }
            });
            assertEquals(1, history.count(CallQuery.forOperator(op).build()));
            diskStuck.countDown();
            writer.flush().get(30, TimeUnit.SECONDS);
        }
        assertEquals(1_001, history.count(CallQuery.forOperator(op).build()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void notesAndAcceptLandAfterTheirCallAndSurviveItsEnd() throws Exception {
        List<Call> life = lifeOf("n.1", 0);
        try (HistoryWriter writer = new HistoryWriter(history, op)) {
            writer.callChanged(null, life.get(0));
            CompletableFuture<Boolean> accepted = writer.markAccepted("n.1", Calls.T0.plusSeconds(2));
            CompletableFuture<Boolean> noted = writer.updateNotes("n.1", "VIP");
            writer.callChanged(life.get(0), life.get(1));
            writer.callChanged(life.get(1), life.get(2));
            assertTrue(accepted.get(10, TimeUnit.SECONDS));
            assertTrue(noted.get(10, TimeUnit.SECONDS));
            assertEquals(Boolean.FALSE, writer.updateNotes("unknown", "x").get(10, TimeUnit.SECONDS));
        }
        Call stored = history.find(op, "n.1").orElseThrow().call();
        assertEquals(CallStatus.COMPLETED, stored.status());
        assertEquals("VIP", stored.notes());
        assertEquals(Calls.T0.plusSeconds(2), stored.acceptedAt());
    }

    @Test
    void closeWritesWhatIsQueued() {
        HistoryWriter writer = new HistoryWriter(history, op);
        for (int i = 0; i < 300; i++) {
            writer.callChanged(null, Calls.missed("q." + i, "5551234", i));
        }
        writer.close();

        assertEquals(300, history.count(CallQuery.forOperator(op).build()));
    }

    @Test
    void afterCloseCallsAreIgnoredWithoutThrowing() {
        HistoryWriter writer = new HistoryWriter(history, op);
        writer.close();

        writer.callChanged(null, Calls.incoming("late.1", "5551234", 0));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> writer.updateNotes("late.1", "x").get(5, TimeUnit.SECONDS));
        assertInstanceOf(HistoryException.class, e.getCause());
        assertTrue(history.find(op, "late.1").isEmpty());
    }

    @Test
    void aFailedWriteIsReportedAndTheWriterGoesOn() throws Exception {
        List<HistoryException> failures = new CopyOnWriteArrayList<>();
        CountDownLatch failed = new CountDownLatch(1);
        try (HistoryWriter writer = new HistoryWriter(history, op, new HistoryWriter.Observer() {
            @Override
            public void failed(HistoryException error) {
                failures.add(error);
                failed.countDown();
            }
        })) {
            // closing the history under the writer makes every write fail
            history.close();
            writer.callChanged(null, Calls.incoming("f.1", "5551234", 0));
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            assertEquals(HistoryException.Kind.FAILED, failures.get(0).kind());
            // the writer thread survived and still answers
            writer.flush().get(10, TimeUnit.SECONDS);
        }
    }
}
