package dev.ringside.app;

import dev.ringside.ami.AmiSettings;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.DemoDriver;
import dev.ringside.pbxsim.PbxSimulator;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The built-in demo PBX: the simulator on a free loopback port, ringing the operator with a
 * scripted call now and then, plus traffic for colleagues that the operator must never see.
 */
final class DemoPbx implements AutoCloseable {

    static final String USER = "ringside-demo";

    private final PbxSimulator sim;
    private final String secret;
    private final List<DemoDriver> drivers;

    private DemoPbx(PbxSimulator sim, String secret, List<DemoDriver> drivers) {
        this.sim = sim;
        this.secret = secret;
        this.drivers = drivers;
    }

    static DemoPbx start(List<String> extensions, Duration interval) throws java.io.IOException {
        String secret = UUID.randomUUID().toString();
        PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin(USER, secret)).build();
        sim.start(0);
        DemoDriver calls = DemoDriver.demo(sim, extensions.get(0), interval);
        DemoDriver colleagues = DemoDriver.background(sim, List.of("201", "202", "203"), Duration.ofSeconds(9), 2);
        return new DemoPbx(sim, secret, List.of(calls, colleagues));
    }

    int port() {
        return sim.port();
    }

    PbxSimulator simulator() {
        return sim;
    }

    AmiSettings settings(List<String> extensions) {
        return AmiSettings.builder().host("127.0.0.1").port(sim.port()).username(USER).secret(secret)
                .extensions(extensions).build();
    }

    @Override
    public void close() {
        drivers.forEach(DemoDriver::close);
        sim.close();
    }
}
