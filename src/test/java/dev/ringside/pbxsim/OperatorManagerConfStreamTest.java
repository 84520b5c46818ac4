package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.OperatorManagerConf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manager.conf section {@code pbx-config} prints, loaded by the simulator as Asterisk loads
 * it: the operator's login gets every event of the operator's own channels (every Hangup
 * included) for direct, queue, Local-channel queue and ring-group calls, and not one event of
 * a call that only concerns other extensions.
 */
class OperatorManagerConfStreamTest {

    static Stream<Arguments> setups() {
        return Stream.of("22.10.1", "18.20.0").flatMap(version -> Stream.of(Technology.IAX2, Technology.PJSIP)
                .map(tech -> Arguments.of(version, tech)));
    }

    private static String secretOf(String managerConf) throws Exception {
        return AsteriskConfig.parse(managerConf).categories().get(0).variables().stream()
                .filter(v -> v.name().equals("secret")).findFirst().orElseThrow().value();
    }

    @ParameterizedTest(name = "Asterisk {0}, {1}")
    @MethodSource("setups")
    void theOperatorSeesAllOfItsOwnCallsAndNothingElse(String version, Technology tech) throws Exception {
        String section = OperatorManagerConf.forOperator(List.of("777"), "op777", version).render();
        assertEquals(List.of(), ManagerConf.parse(section).warnings(), "Asterisk loads it without a warning");
        try (PbxSimulator sim = PbxSimulator.builder().managerConf(section).user(AmiUser.admin("admin", "pw"))
                .technology(tech).asteriskVersion(version).timeScale(0.005).build()) {
            int port = sim.start(0);
            try (RawAmiClient op = new RawAmiClient(port); RawAmiClient all = new RawAmiClient(port)) {
                assertEquals("Success", op.login("op777", secretOf(section)).get("Response"));
                assertEquals("Success", all.login("admin", "pw").get("Response"));
                int n = 0;
                for (Scenario mine : List.of(Scenario.answered("777"), Scenario.queue("777"),
                        Scenario.localQueue("777", "888"), Scenario.ringGroup("777", "888"),
                        Scenario.answeredElsewhere("777", "888"), Scenario.attendedTransferTo("777", "888"),
                        Scenario.pickup("777", "888"))) {
                    List<Map<String, String>> seen = play(sim, mine, op, "m" + n);
                    List<Map<String, String>> everything = collect(all, "m" + n++);
                    assertEquals(channelsOf777(everything, "Newchannel"), channelsOf777(seen, "Hangup"),
                            mine + ": the Hangup of every channel of 777 arrives");
                    String key = switch (mine.kind()) {
                        case PICKUP -> "Pickup";
                        case ATTENDED_TRANSFER -> "AttendedTransfer";
                        default -> "DialBegin";
                    };
                    assertTrue(seen.stream().anyMatch(e -> e.get("Event").equals(key)), mine + ": " + key);
                    assertTrue(seen.stream().allMatch(OperatorManagerConfStreamTest::names777),
                            mine + ": only events of 777's channels: " + seen);
                    assertTrue(seen.stream().noneMatch(e -> Set.of("VarSet", "Newexten").contains(e.get("Event"))));
                }
                for (Scenario others : List.of(Scenario.answered("888"), Scenario.localQueue("888", "999"),
                        Scenario.internal("999", "888"))) {
                    List<Map<String, String>> seen = play(sim, others, op, "o" + n);
                    collect(all, "o" + n++);
                    assertEquals(List.of(), seen, others + " is none of 777's business");
                }
            }
        }
    }

    private static List<Map<String, String>> play(PbxSimulator sim, Scenario scenario, RawAmiClient client,
                                                  String marker) throws Exception {
        sim.play(scenario).finished().get(10, TimeUnit.SECONDS);
        return collect(client, marker);
    }

    private static List<Map<String, String>> collect(RawAmiClient client, String marker) throws Exception {
        client.send("Action: Ping", "ActionID: " + marker);
        List<Map<String, String>> seen = new ArrayList<>();
        client.readUntil(m -> marker.equals(m.get("ActionID")), seen);
        seen.removeIf(m -> !m.containsKey("Event") || Set.of("FullyBooted", "SuccessfulAuth").contains(m.get("Event")));
        return seen;
    }

    private static boolean names777(Map<String, String> event) {
        return event.entrySet().stream().anyMatch(h -> h.getKey().endsWith("Channel") && is777(h.getValue()));
    }

    private static boolean is777(String channel) {
        return channel.matches("(PJSIP|SIP|IAX2)/777-.*") || channel.startsWith("Local/777@");
    }

    private static Set<String> channelsOf777(List<Map<String, String>> events, String event) {
        Set<String> channels = events.stream().filter(e -> event.equals(e.get("Event"))).map(e -> e.get("Channel"))
                .filter(OperatorManagerConfStreamTest::is777).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(channels.isEmpty(), "no " + event + " of 777 at all");
        return channels;
    }
}
