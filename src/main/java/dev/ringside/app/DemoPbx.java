package dev.ringside.app;

import dev.ringside.ami.AmiSettings;
import dev.ringside.desk.Colleague;
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
    static final String SUPPORT = "support";
    static final String SALES = "sales";
    /** Colleagues in the demo's queues, with hints; the operator's presence list can show them. */
    static final List<String> COLLEAGUES = List.of("998", "999");
    static final List<String> BACKGROUND = List.of("201", "202", "203");

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
        String operator = extensions.get(0);
        PbxSimulator.Builder b = PbxSimulator.builder().user(AmiUser.admin(USER, secret));
        // queue support has the operator and two colleagues; sales only the colleagues, so the
        // operator can log in there as a dynamic member
        for (String ext : extensions) {
            b.queueMember(SUPPORT, ext);
        }
        for (String colleague : COLLEAGUES) {
            b.queueMember(SUPPORT, colleague).queueMember(SALES, colleague);
        }
        BACKGROUND.forEach(b::hint);
        PbxSimulator sim = b.build();
        sim.start(0);
        DemoDriver calls = DemoDriver.demo(sim, operator, interval);
        DemoDriver colleagues = DemoDriver.background(sim, BACKGROUND, Duration.ofSeconds(9), 2);
        DemoDriver waiting = DemoDriver.queueCallers(sim, operator, List.of(SUPPORT, SALES), COLLEAGUES,
                Duration.ofSeconds(7), 3);
        return new DemoPbx(sim, secret, List.of(calls, colleagues, waiting));
    }

    int port() {
        return sim.port();
    }

    PbxSimulator simulator() {
        return sim;
    }

    AmiSettings settings(List<String> extensions) {
        return AmiSettings.builder().host("127.0.0.1").port(sim.port()).username(USER).secret(secret)
                .extensions(extensions).colleagues(COLLEAGUES).build();
    }

    /** The demo's colleagues (named by number: the UI says "extension 999" in the operator's language) and queues. */
    static DeskSettings deskSettings() {
        return new DeskSettings(COLLEAGUES.stream().map(c -> new Colleague(c, "")).toList(), List.of(),
                List.of(SALES), DeskSettings.DEFAULT_HINT_CONTEXT, "");
    }

    @Override
    public void close() {
        drivers.forEach(DemoDriver::close);
        sim.close();
    }
}
