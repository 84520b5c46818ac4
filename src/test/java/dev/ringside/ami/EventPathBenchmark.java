package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import dev.ringside.call.Transcripts;
import dev.ringside.testing.HostileAmiServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.Test;

/**
 * What one event costs on its way in: a flood of 300,000 recorded Asterisk events of which 95 %
 * concern other extensions, through (1) the old path, asterisk-java's event builder and then every
 * getter read back by reflection, filtered afterwards; (2) the raw path, filtered on the headers
 * and built once; (3) the whole session over a loopback socket. Not part of {@code mvn verify};
 * run with {@code mvn -B test -Dtest=EventPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EventPathBenchmark {

    private static final int EVENTS = 300_000;

    @Test
    void eventsPerSecond() throws Exception {
        byte[] flood = flood();
        OperatorEventFilter filter = OperatorEventFilter.forNumbers(List.of("777"));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long keptOld = oldPath(flood, filter);
            long t1 = System.nanoTime();
            long keptRaw = rawPath(flood, filter);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: asterisk-java builder + reflection: %,d events/s (%d kept); "
                    + "raw headers: %,d events/s (%d kept)%n", round, EVENTS * 1_000_000_000L / (t1 - t0), keptOld,
                    EVENTS * 1_000_000_000L / (t2 - t1), keptRaw);
        }
        overSocket(flood);
    }

    /** The transcripts' events over and over, 19 in 20 of them moved from 777 to 301. */
    private static byte[] flood() throws IOException {
        List<String> frames = new ArrayList<>();
        for (String f : List.of("answered.ami", "missed.ami", "queue.ami", "other.ami", "ringall-elsewhere.ami",
                "transfer.ami")) {
            for (String frame : Files.readString(Transcripts.file(f), StandardCharsets.ISO_8859_1).split("\r\n\r\n")) {
                if (frame.startsWith("Event:")) {
                    frames.add(frame + "\r\n\r\n");
                }
            }
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < EVENTS; i++) {
            String frame = frames.get(i % frames.size());
            s.append(i % 20 == 0 ? frame : frame.replace("777", "301"));
        }
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long rawPath(byte[] flood, OperatorEventFilter filter) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(flood), new InputTrouble());
        long kept = 0;
        Instant now = Instant.now();
        for (RawFrame f = reader.next(); f != null; f = reader.next()) {
            if (filter.accepts(f.eventName(), f::get) && EventChecks.problem(f.eventName(), f) == null) {
                kept += f.toPbxEvent(now).headers().size() > 0 ? 1 : 0;
            }
        }
        return kept;
    }

    /** As Ringside read events before: asterisk-java builds each, a reflective pass reads it back, then the filter. */
    private static long oldPath(byte[] flood, OperatorEventFilter filter) throws Exception {
        Class<?> type = Class.forName("org.asteriskjava.manager.internal.EventBuilderImpl");
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object builder = constructor.newInstance();
        Method build = type.getMethod("buildEvent", Object.class, Map.class);
        build.setAccessible(true);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(flood), new InputTrouble());
        Map<Class<?>, List<Method>> getters = new HashMap<>();
        long kept = 0;
        for (RawFrame f = reader.next(); f != null; f = reader.next()) {
            Map<String, Object> attributes = new HashMap<>();
            for (int i = 0; i < f.size(); i++) {
                attributes.putIfAbsent(f.name(i).toLowerCase(Locale.ENGLISH), f.value(i));
            }
            ManagerEvent event = (ManagerEvent) build.invoke(builder, EventPathBenchmark.class, attributes);
            if (event == null) {
                continue;
            }
            Map<String, String> headers = new HashMap<>();
            for (Method m : getters.computeIfAbsent(event.getClass(), EventPathBenchmark::gettersOf)) {
                Object value = m.invoke(event);
                if (value != null) {
                    headers.put(m.getName().substring(3), value.toString());
                }
            }
            if (filter.test(new PbxEvent(f.eventName(), Instant.now(), headers))) {
                kept++;
            }
        }
        return kept;
    }

    private static List<Method> gettersOf(Class<?> c) {
        List<Method> list = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")
                    && (m.getReturnType() == String.class || Number.class.isAssignableFrom(m.getReturnType()))) {
                list.add(m);
            }
        }
        return list;
    }

    /** The whole session: a loopback server writes the flood, the session filters, a listener counts. */
    private static void overSocket(byte[] flood) throws Exception {
        try (HostileAmiServer server = new HostileAmiServer()) {
            AtomicLong delivered = new AtomicLong();
            CountDownLatch marker = new CountDownLatch(1);
            AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(server.port()).username("op777")
                    .secret("s").connectTimeout(Duration.ofSeconds(10)).extension("777").build();
            try (AmiSession session = new AmiSession(settings, new AmiSession.Listener() {
                @Override
                public void onEvent(PbxEvent event) {
                    delivered.incrementAndGet();
                    if (event.is("UserEvent")) {
                        marker.countDown();
                    }
                }
            })) {
                session.open().get(10, TimeUnit.SECONDS);
                HostileAmiServer.Connection conn = server.awaitLogin(10);
                long t0 = System.nanoTime();
                conn.send(flood);
                conn.send("Event: UserEvent\r\nUserEvent: end\r\nExten: 777\r\n\r\n");
                marker.await(120, TimeUnit.SECONDS);
                long ns = System.nanoTime() - t0;
                System.out.printf(Locale.ROOT, "over a socket into the session: %,d events/s, %d delivered, "
                        + "%d received%n", (EVENTS + 1) * 1_000_000_000L / ns, delivered.get(), session.eventsReceived());
            }
        }
    }
}
