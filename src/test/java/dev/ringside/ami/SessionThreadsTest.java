package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The event queue is bounded: a flood makes the reader wait, it never drops an event or grows without end. */
class SessionThreadsTest {

    @Test
    void aFullQueueMakesTheProducerWaitAndLosesNothing() throws Exception {
        SessionThreads threads = new SessionThreads();
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        threads.offerEvent(() -> {
            holding.countDown();
            await(hold);
        });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        List<Integer> seen = new ArrayList<>(); // written on the event thread only
        for (int i = 0; i < SessionThreads.MAX_QUEUED; i++) {
            int n = i;
            assertTrue(threads.offerEvent(() -> seen.add(n)));
        }
        CountDownLatch producerDone = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            threads.offerEvent(() -> seen.add(SessionThreads.MAX_QUEUED));
            producerDone.countDown();
        }, "test-reader");
        producer.start();
        assertFalse(producerDone.await(200, TimeUnit.MILLISECONDS), "the reader waits for room");
        hold.countDown();
        assertTrue(producerDone.await(10, TimeUnit.SECONDS));
        CountDownLatch drained = new CountDownLatch(1);
        threads.onEventThread(drained::countDown);
        assertTrue(drained.await(10, TimeUnit.SECONDS));
        assertEquals(SessionThreads.MAX_QUEUED + 1, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i), "in order");
        }
        threads.stopControl(1000);
        threads.stopEvents(1000);
        assertFalse(threads.offerEvent(() -> { }), "closed: nobody listens any more");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
