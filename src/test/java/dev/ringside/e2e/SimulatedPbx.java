package dev.ringside.e2e;

import dev.ringside.ami.AmiSettings;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;

/** The PBX simulator and engine setups the end-to-end tests share. */
final class SimulatedPbx {

    static final String USER = "op777";
    static final String SECRET = "op777-secret";
    /** Scripted calls run 50 times faster than real life: a 2 s ring takes 40 ms. */
    static final double TIME_SCALE = 0.02;

    /** What the operator's AMI login may do, and so who filters the events. */
    enum Rights {
        /** write=system on Asterisk 22: MatchCriteria session filters. */
        ADVANCED,
        /** write=system on an Asterisk without MatchCriteria: legacy regex session filters. */
        LEGACY,
        /** No write=system: the filters are refused and the app filters every event itself. */
        CLIENT
    }

    private SimulatedPbx() {
    }

    static PbxSimulator start(Technology technology, Rights rights) throws Exception {
        AmiUser user = rights == Rights.CLIENT
                ? AmiUser.builder(USER, SECRET).read("call,user,agent").write("call,originate").build()
                : AmiUser.admin(USER, SECRET);
        PbxSimulator.Builder b = PbxSimulator.builder().user(user).technology(technology).timeScale(TIME_SCALE)
                .queueMember("support", "777");
        if (rights == Rights.LEGACY) {
            b.asteriskVersion("20.5.0");
        }
        PbxSimulator sim = b.build();
        sim.start(0);
        return sim;
    }

    static AmiSettings settings(int port) {
        return AmiSettings.builder().host("127.0.0.1").port(port).username(USER).secret(SECRET)
                .connectTimeout(Duration.ofSeconds(5)).extension("777").build();
    }

    static CallEngine engine(PbxSimulator sim, EngineOptions options, CallRecorder recorder) {
        CallEngine engine = new CallEngine(settings(sim.port()), options);
        engine.addCallListener(recorder);
        return engine;
    }
}
