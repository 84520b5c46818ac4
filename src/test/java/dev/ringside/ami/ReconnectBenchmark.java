package dev.ringside.ami;

import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How soon the session is back once the PBX takes logins again, with the default backoff, after
 * outages of several lengths (the simulator stopped and started on the same port). Not part of
 * {@code mvn verify}; run with
 * {@code mvn -B test -Dtest=ReconnectBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReconnectBenchmark {

    @Test
    void backAfterThePbxIs() throws Exception {
        PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("op777", "secret")).build();
        int port = sim.start(0);
        SessionRecorder recorder = new SessionRecorder();
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(port).username("op777").secret("secret")
                .connectTimeout(Duration.ofSeconds(5)).extension("777").build();
        try (AmiSession session = new AmiSession(settings, recorder)) {
            session.open().get(20, TimeUnit.SECONDS);
            for (long downSeconds : new long[] {1, 5, 15, 40}) {
                recorder.awaitSnapshot(20);
                sim.stop();
                recorder.awaitState(ConnectionState.Reconnecting.class, 20);
                // waiting out the outage is the point of this benchmark
                Thread.sleep(downSeconds * 1000);
                long up = System.nanoTime();
                sim.start(port);
                recorder.awaitState(ConnectionState.Connected.class, 60);
                System.out.printf(Locale.ROOT, "down %2d s: back %4d ms after the PBX took logins again%n",
                        downSeconds, (System.nanoTime() - up) / 1_000_000);
            }
        } finally {
            sim.close();
        }
    }
}
