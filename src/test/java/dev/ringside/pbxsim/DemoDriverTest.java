package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDriverTest {

    @Test
    void backgroundTrafficCallsOtherExtensionsAndStaysBounded() throws Exception {
        try (PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("a", "b")).timeScale(0.01).build()) {
            int port = sim.start(0);
            try (RawAmiClient c = new RawAmiClient(port);
                 DemoDriver traffic = DemoDriver.background(sim, List.of("888", "999"), Duration.ofMillis(5), 2)) {
                c.login("a", "b");
                Set<String> live = new HashSet<>();
                Set<String> called = new HashSet<>();
                int maxLive = 0;
                int hangups = 0;
                while (hangups < 12) {
                    Map<String, String> e = c.readUntil(m -> m.containsKey("Event"), null);
                    if ("Newchannel".equals(e.get("Event"))) {
                        live.add(e.get("Channel"));
                        maxLive = Math.max(maxLive, live.size());
                    } else if ("Hangup".equals(e.get("Event"))) {
                        live.remove(e.get("Channel"));
                        hangups++;
                    } else if ("DialBegin".equals(e.get("Event"))) {
                        called.add(e.get("DestExten"));
                    }
                }
                assertTrue(maxLive <= 4, "two calls of two channels at most, saw " + maxLive);
                assertTrue(Set.of("888", "999").containsAll(called) && !called.isEmpty(), called.toString());
            }
        }
    }

    @Test
    void queueCallersWaitOnlyWhereTheOperatorCannotTakeThem() throws Exception {
        try (PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("a", "b")).queueMember("support", "777")
                .queueMember("sales", "999").timeScale(0.001).build()) {
            int port = sim.start(0);
            try (RawAmiClient c = new RawAmiClient(port);
                 DemoDriver waiting = DemoDriver.queueCallers(sim, "777", List.of("support", "sales"), List.of("999"),
                         Duration.ofMillis(5), 3)) {
                c.login("a", "b");
                Set<String> joined = new HashSet<>();
                for (int i = 0; i < 6; i++) {
                    joined.add(c.readUntil(m -> "QueueCallerJoin".equals(m.get("Event")), null).get("Queue"));
                }
                assertTrue(joined.equals(Set.of("sales")), "777 is free in support, so callers wait in sales: " + joined);
                c.send("Action: QueuePause", "ActionID: p", "Interface: PJSIP/777", "Paused: true", "Reason: Lunch");
                c.readUntil(m -> "QueueCallerJoin".equals(m.get("Event")) && "support".equals(m.get("Queue")), null);
            }
        }
    }
}
