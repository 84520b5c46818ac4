package dev.ringside.pbxsim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Keeps a simulator busy: every interval it plays a random scenario, at most {@code maxConcurrent}
 * at a time. {@link #demo} rings the operator (about 20 s unless answered by PJSIPNotify or
 * rejected by Hangup); {@link #background} makes traffic for other extensions.
 */
public final class DemoDriver implements AutoCloseable {

    private static final String QUEUE = "support";

    private final ScheduledExecutorService timer;
    private final AtomicInteger running = new AtomicInteger();

    private DemoDriver(Duration interval, int maxConcurrent, Function<ThreadLocalRandom, CallHandle> start,
                       Duration firstDelay) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pbxsim-demo");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            if (running.get() >= maxConcurrent) {
                return;
            }
            CallHandle call = start.apply(ThreadLocalRandom.current());
            if (call != null) {
                running.incrementAndGet();
                call.finished().whenComplete((v, e) -> running.decrementAndGet());
            }
        }, firstDelay.toMillis(), Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** The built-in demo PBX: a scripted call for {@code extension} every {@code interval}. */
    public static DemoDriver demo(PbxSimulator sim, String extension, Duration interval) {
        return new DemoDriver(interval, 1, r -> {
            Scenario s = demoScenario(r, extension);
            if (s.kind() == Scenario.Kind.QUEUE && sim.isQueueMember(QUEUE, extension)
                    && !sim.canTakeQueueCall(QUEUE, extension)) {
                // app_queue does not ring a member on a break or busy: a colleague takes the caller
                return sim.queueCaller(QUEUE, s.callerNum, s.callerName, Duration.ofSeconds(15 + r.nextInt(30)),
                        extension.equals("999") ? "998" : "999", s.talk);
            }
            return sim.play(s);
        }, Duration.ofSeconds(2));
    }

    /** Calls between outside callers and {@code otherExtensions}, at most {@code maxConcurrent} at once. */
    public static DemoDriver background(PbxSimulator sim, List<String> otherExtensions, Duration interval,
                                       int maxConcurrent) {
        return new DemoDriver(interval, maxConcurrent, r -> {
            String ext = otherExtensions.get(r.nextInt(otherExtensions.size()));
            Scenario s = r.nextBoolean() ? Scenario.answered(ext) : Scenario.missed(ext);
            return sim.play(s.withCaller("+1555" + (1000000 + r.nextInt(8999999)), "Caller " + r.nextInt(100)));
        }, interval);
    }

    /**
     * Callers who wait in one of {@code queues} where {@code operator} cannot take them right now
     * (not a member, on a break, or on the phone), so the operator sees callers waiting; after a
     * while a colleague answers or the caller gives up. At most {@code maxWaiting} at a time.
     */
    public static DemoDriver queueCallers(PbxSimulator sim, String operator, List<String> queues,
                                          List<String> colleagues, Duration interval, int maxWaiting) {
        return new DemoDriver(interval, maxWaiting, r -> {
            List<String> open = queues.stream().filter(q -> !sim.canTakeQueueCall(q, operator)).toList();
            if (open.isEmpty()) {
                return null;
            }
            String[] caller = CALLERS[r.nextInt(CALLERS.length)];
            String answeredBy = r.nextInt(4) == 0 ? null : colleagues.get(r.nextInt(colleagues.size()));
            return sim.queueCaller(open.get(r.nextInt(open.size())), caller[0], caller[1],
                    Duration.ofSeconds(20 + r.nextInt(60)), answeredBy, Duration.ofSeconds(10 + r.nextInt(30)));
        }, interval);
    }

    private static final String[][] CALLERS = {
        {"+15551234567", "John Caller"}, {"+442071838750", "Acme Ltd"}, {"+4930901820", "Erika Mustermann"},
        {"+15557654321", "Jane Roe"}, {"+33142685300", "Boulangerie Paul"}};

    static Scenario demoScenario(ThreadLocalRandom r, String ext) {
        String[] caller = CALLERS[r.nextInt(CALLERS.length)];
        String colleague = ext.equals("999") ? "998" : "999";
        Duration ring = Duration.ofSeconds(20);
        Scenario s;
        switch (r.nextInt(5)) {
            case 0: s = Scenario.queue(ext).withRing(ring); break;
            case 1: s = Scenario.answeredElsewhere(ext, colleague).withRing(Duration.ofSeconds(6 + r.nextInt(8))); break;
            case 2: s = Scenario.internal(ext, colleague).withRing(ring); break;
            case 3: s = Scenario.missed(ext).withRing(Duration.ofSeconds(8 + r.nextInt(10))); break;
            default: s = Scenario.rejected(ext).withRing(ring); break;
        }
        // long enough for a new user to try Transfer or Consult on an answered demo call
        s = s.withTalk(Duration.ofSeconds(20 + r.nextInt(30)));
        return s.kind() == Scenario.Kind.INTERNAL ? s : s.withCaller(caller[0], caller[1]);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
