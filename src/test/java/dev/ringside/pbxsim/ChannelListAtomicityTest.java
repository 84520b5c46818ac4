package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Asterisk writes a session's queued events only between actions, so a {@code CoreShowChannels} or
 * {@code Status} list is never interleaved with call events; a client's reconcile relies on that (a
 * Newchannel written inside the list, for a channel the list missed, would make it close a live call).
 */
class ChannelListAtomicityTest {

    @Test
    void noCallEventIsWrittenInsideAChannelList() throws Exception {
        try (PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("admin", "s")).timeScale(0.002).build();
             DemoDriver traffic = DemoDriver.background(sim, List.of("888", "999"), Duration.ofMillis(5), 5)) {
            int port = sim.start(0);
            try (RawAmiClient client = new RawAmiClient(port)) {
                assertEquals("Success", client.login("admin", "s").get("Response"));
                int eventsInside = 0;
                int listsWithChannels = 0;
                for (int i = 0; i < 300; i++) {
                    String id = "list-" + i;
                    // CoreShowChannels and Status in turn: both are lists a reconcile may rest on
                    boolean status = i % 2 == 1;
                    String item = status ? "Status" : "CoreShowChannel";
                    String end = status ? "StatusComplete" : "CoreShowChannelsComplete";
                    client.send("Action: " + (status ? "Status" : "CoreShowChannels"), "ActionID: " + id);
                    client.readUntil(m -> id.equals(m.get("ActionID")) && m.containsKey("Response"), null);
                    List<Map<String, String>> inside = new ArrayList<>();
                    Map<String, String> complete = client.readUntil(
                            m -> end.equals(m.get("Event")) && id.equals(m.get("ActionID")), inside);
                    eventsInside += (int) inside.stream().filter(m -> !item.equals(m.get("Event"))
                            && !end.equals(m.get("Event"))).count();
                    if (!"0".equals(complete.get("ListItems"))) {
                        listsWithChannels++;
                    }
                }
                assertTrue(listsWithChannels > 10, "the traffic must overlap the lists: " + listsWithChannels);
                assertEquals(0, eventsInside, "call events written inside a CoreShowChannels or Status list");
            }
        }
    }
}
