package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineInboxTest {

    @Test
    void aBusyEngineMakesTheSenderWaitInsteadOfQueueingWithoutLimit() throws Exception {
        ExecutorService engine = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            engine.execute(() -> {
                busy.countDown();
                await(release);
            });
            assertTrue(busy.await(10, TimeUnit.SECONDS));
            EngineInbox inbox = new EngineInbox(engine, 3, engine::isShutdown);
            AtomicInteger ran = new AtomicInteger();
            for (int i = 0; i < 3; i++) {
                assertTrue(inbox.offer(ran::incrementAndGet, Duration.ZERO));
            }
            assertEquals(0, inbox.room());
            assertFalse(inbox.offer(ran::incrementAndGet, Duration.ZERO), "a fourth task must not fit");

            release.countDown();
            CountDownLatch fourth = new CountDownLatch(1);
            assertTrue(inbox.submit(fourth::countDown), "submit waits for room, then queues");
            assertTrue(fourth.await(10, TimeUnit.SECONDS));
            assertEquals(3, ran.get(), "nothing queued was lost");
        } finally {
            engine.shutdownNow();
        }
    }

    @Test
    void aClosedEngineRefusesAndGivesTheRoomBack() {
        ExecutorService engine = Executors.newSingleThreadExecutor();
        engine.shutdown();
        EngineInbox inbox = new EngineInbox(engine, 2, engine::isShutdown);
        assertFalse(inbox.submit(() -> { }));
        assertEquals(2, inbox.room());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
