package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code Status} action as Asterisk 22's action_status writes it (main/manager.c), and who may
 * send it: Status is registered with system, call and reporting, CoreShowChannels with system and
 * reporting only; any one of the classes is enough.
 */
class StatusActionTest {

    private static final List<String> STATUS_HEADERS = List.of("Event", "Privilege", "Channel", "ChannelState",
            "ChannelStateDesc", "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language",
            "AccountCode", "Context", "Exten", "Priority", "Uniqueid", "Linkedid", "Type", "DNID",
            "EffectiveConnectedLineNum", "EffectiveConnectedLineName", "TimeToHangup", "BridgeID", "Application",
            "Data", "Nativeformats", "Readformat", "Readtrans", "Writeformat", "Writetrans", "Callgroup",
            "Pickupgroup", "Seconds", "ActionID");

    private PbxSimulator sim;
    private int port;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.builder()
                .user(AmiUser.builder("caller", "pw").read("call").write("call,originate")
                        .eventFilter("Channel: [^[:space:]]*/777[@/-]").build())
                .user(AmiUser.builder("reporter", "pw").read("call").write("reporting").build())
                .user(AmiUser.builder("sysadmin", "pw").read("call").write("system").build())
                .user(AmiUser.builder("dialer", "pw").read("call").write("originate,agent").build())
                .timeScale(0.01).build();
        port = sim.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void statusListsEveryChannelWithAsteriskHeadersInAsteriskOrder() throws Exception {
        CallHandle ringing = sim.play(Scenario.rejected("777").withRing(Duration.ofHours(1)));
        String leg = ringing.operatorLeg().get(10, TimeUnit.SECONDS);
        CallHandle other = sim.play(Scenario.rejected("999").withRing(Duration.ofHours(1)));
        String otherLeg = other.operatorLeg().get(10, TimeUnit.SECONDS);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("caller", "pw");
            c.send("Action: Status", "ActionID: st");
            Map<String, String> ack = c.response("st");
            assertEquals("Success", ack.get("Response"));
            assertEquals("start", ack.get("EventList"));
            assertEquals("Channel status will follow", ack.get("Message"));

            List<AmiMessage> rows = new ArrayList<>();
            AmiMessage m;
            while (!"StatusComplete".equals((m = c.read()).get("Event"))) {
                if ("Status".equals(m.get("Event"))) {
                    rows.add(m);
                }
            }
            assertEquals("st", m.get("ActionID"));
            assertEquals("Complete", m.get("EventList"));
            assertEquals(String.valueOf(rows.size()), m.get("ListItems"));
            assertEquals(String.valueOf(rows.size()), m.get("Items"));
            assertEquals(sim.channels().size(), rows.size());

            for (AmiMessage row : rows) {
                List<String> names = row.headers().stream().map(h -> h[0]).toList();
                assertEquals(STATUS_HEADERS, names, "headers of " + row.get("Channel"));
                assertEquals("Call", row.get("Privilege"));
                assertEquals("st", row.get("ActionID"));
                assertTrue(row.get("Seconds").matches("\\d+"), row.get("Seconds"));
            }
            AmiMessage mine = rows.stream().filter(r -> leg.equals(r.get("Channel"))).findFirst().orElseThrow();
            assertEquals(ringing.linkedid().get(), mine.get("Linkedid"));
            assertEquals("5", mine.get("ChannelState"));
            assertEquals("Ringing", mine.get("ChannelStateDesc"));
            assertEquals("PJSIP", mine.get("Type"));
            assertEquals("", mine.get("BridgeID"));
            assertTrue(rows.stream().anyMatch(r -> otherLeg.equals(r.get("Channel"))),
                    "a list is an action's answer: the user's eventfilter does not touch it");
        }
    }

    @Test
    void statusWithAChannelListsOnlyThatOneAndAnUnknownOneIsAnError() throws Exception {
        String leg = sim.play(Scenario.answered("777").withTalk(Duration.ofHours(1))).operatorLeg()
                .get(10, TimeUnit.SECONDS);
        sim.play(Scenario.rejected("999").withRing(Duration.ofHours(1))).operatorLeg().get(10, TimeUnit.SECONDS);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("caller", "pw");
            c.send("Action: Status", "ActionID: one", "Channel: " + leg);
            assertEquals("start", c.response("one").get("EventList"));
            List<Map<String, String>> seen = new ArrayList<>();
            Map<String, String> done = c.readUntil(m -> "StatusComplete".equals(m.get("Event")), seen);
            assertEquals("1", done.get("Items"));
            List<Map<String, String>> rows = seen.stream().filter(m -> "Status".equals(m.get("Event"))).toList();
            assertEquals(1, rows.size());
            assertEquals(leg, rows.get(0).get("Channel"));

            c.send("Action: Status", "ActionID: gone", "Channel: PJSIP/777-deadbeef");
            Map<String, String> error = c.response("gone");
            assertEquals("Error", error.get("Response"));
            assertEquals("No such channel", error.get("Message"));
            assertFalse(error.containsKey("EventList"), "no list follows an error");
            c.send("Action: Ping", "ActionID: after");
            List<Map<String, String>> between = new ArrayList<>();
            c.readUntil(m -> "after".equals(m.get("ActionID")) && m.containsKey("Response"), between);
            assertTrue(between.stream().noneMatch(m -> "StatusComplete".equals(m.get("Event"))), between.toString());
        }
    }

    @Test
    void statusNeedsSystemCallOrReportingAndCoreShowChannelsSystemOrReporting() throws Exception {
        assertEquals("Success", answer("caller", "Status"));
        assertEquals("Success", answer("reporter", "Status"));
        assertEquals("Success", answer("sysadmin", "Status"));
        assertEquals("Permission denied", answer("dialer", "Status"));

        assertEquals("Permission denied", answer("caller", "CoreShowChannels"));
        assertEquals("Success", answer("reporter", "CoreShowChannels"));
        assertEquals("Success", answer("sysadmin", "CoreShowChannels"));
        assertEquals("Permission denied", answer("dialer", "CoreShowChannels"));
    }

    /** "Success", or the error's message. */
    private String answer(String user, String action) throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            assertEquals("Success", c.login(user, "pw").get("Response"));
            c.send("Action: " + action, "ActionID: a");
            Map<String, String> response = c.response("a");
            return "Success".equals(response.get("Response")) ? "Success" : response.get("Message");
        }
    }
}
