package dev.ringside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.ami.ConnectionState;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.testing.FuzzFrames;
import dev.ringside.testing.HostileAmiServer;
import dev.ringside.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fixed-seed stream of mixed frames over a real socket into the whole engine, with a valid call
 * for 777 every 1,000 frames: the link never drops, every valid call comes out right, nothing is
 * left live, and the log stays a handful of lines in our own words.
 *
 * <p>100,000 frames by default (part of {@code mvn -B verify}); the long run is
 * {@code mvn -B test -Dtest=HostileStreamFuzzTest -Dringside.fuzz.frames=1000000}.
 */
class HostileStreamFuzzTest {

    private static final int FRAMES = Integer.getInteger("ringside.fuzz.frames", 100_000);
    private static final long SEED = Long.getLong("ringside.fuzz.seed", 20_260_518L);
    private static final int CALL_EVERY = 1_000;
    private static final int MAX_LOG_LINES = 20;

    @Test
    void aMillionThingsGoWrongAndEveryCallIsStillRight() throws Exception {
        CallRecorder recorder = new CallRecorder();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        try (LogCapture log = LogCapture.open(); HostileAmiServer pbx = new HostileAmiServer()) {
            AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(pbx.port()).username("op777")
                    .secret("s").connectTimeout(Duration.ofSeconds(10)).extension("777").build();
            int calls = FRAMES / CALL_EVERY;
            try (CallEngine engine = new CallEngine(settings, EngineOptions.defaults())) {
                engine.addCallListener(recorder);
                engine.addStateListener(states::add);
                engine.start().get(10, TimeUnit.SECONDS);
                HostileAmiServer.Connection conn = pbx.awaitLogin(10);

                FuzzFrames fuzz = new FuzzFrames(SEED);
                ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 17);
                for (int n = 0; n < FRAMES; n++) {
                    if (n % CALL_EVERY == 0) {
                        batch.writeBytes(FuzzFrames.validCall(n / CALL_EVERY).getBytes(StandardCharsets.UTF_8));
                    } else {
                        batch.writeBytes(fuzz.next());
                    }
                    if (batch.size() > 1 << 16) {
                        conn.send(batch.toByteArray());
                        batch.reset();
                    }
                }
                // one more call after the stream: once it is done, everything before it was read
                batch.writeBytes(FuzzFrames.validCall(calls).getBytes(StandardCharsets.UTF_8));
                conn.send(batch.toByteArray());
                recorder.await(c -> c.linkedId().equals(FuzzFrames.linkedId(calls)) && !c.status().isLive(),
                        "the call after the stream");

                for (int i = 0; i <= calls; i++) {
                    String id = FuzzFrames.linkedId(i);
                    Call call = recorder.calls().stream().filter(c -> c.linkedId().equals(id)).findFirst()
                            .orElseThrow(() -> new AssertionError("call " + id + " never showed"));
                    assertEquals(CallStatus.COMPLETED, call.status(), call.toString());
                    assertEquals(Direction.INBOUND, call.direction(), call.toString());
                    assertEquals(FuzzFrames.callerNumber(i), call.callerNumber(), call.toString());
                    assertEquals("777", call.operatorNumber(), call.toString());
                    assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                            recorder.statusesOf(id));
                }
                assertEquals(calls + 1, recorder.calls().size(), "no call made up from the noise: "
                        + recorder.calls().stream().filter(c -> !c.linkedId().startsWith("1900000000.")).toList());
                assertTrue(engine.liveCalls().isEmpty(), "nothing left live: " + engine.liveCalls());
                // the tracker keeps ended calls a while: the valid ones, and nothing the noise named
                assertEquals(calls + 1, engine.trackedCalls().get(10, TimeUnit.SECONDS));
                assertEquals(1, pbx.accepted(), "the link never dropped");
                assertFalse(states.stream().anyMatch(s -> s instanceof ConnectionState.Reconnecting), states.toString());
            }
            List<LogCapture.Line> lines = log.lines();
            assertTrue(lines.size() <= MAX_LOG_LINES, lines.size() + " log lines: " + lines);
            for (LogCapture.Line line : lines) {
                assertFalse(line.logger().startsWith("org.asteriskjava"), "asterisk-java spoke: " + line);
                assertFalse(line.text().contains(FuzzFrames.NAME_MARK), "caller data in the log: " + line);
            }
            assertTrue(log.anyContains("The PBX sent input we could not use as it was"), lines.toString());
        }
    }
}
