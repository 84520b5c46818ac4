package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each message sorted before anything is built: responses to asterisk-java, list entries to their list, events to us. */
class FrameRouterTest {

    private final InputTrouble trouble = new InputTrouble();
    private final List<RawFrame> events = new ArrayList<>();
    private final FrameRouter router = new FrameRouter(trouble, (frame, at) -> events.add(frame));

    @Test
    void onlyAnswersToOurActionsReachAsteriskJavaEachHeaderOnce() throws IOException {
        router.sending("action: Ping\r\nactionid: 123_4#\r\n\r\n");
        List<String> lines = drain("Response: Success\r\nActionID: 999_1#\r\n\r\n"
                + "Response: Success\r\nEvent: Odd\r\nResponse: Error\r\nActionID: 123_4#\r\nPing: Pong\r\n\r\n"
                + "Response: Success\r\nActionID: 123_4#\r\n\r\n");
        assertEquals(List.of("Response: Success", "ActionID: 123_4#", "Ping: Pong", ""), lines);
        assertEquals(2, trouble.total(InputTrouble.Kind.UNEXPECTED_RESPONSE), "a stranger's, and a second answer");
    }

    @Test
    void eventsGoToTheSinkListEntriesToTheirList() throws IOException {
        List<List<PbxEvent>> lists = new ArrayList<>();
        router.expectList("ringside-list-1", ChannelListCollector.create(ChannelListAction.STATUS, trouble, lists::add,
                error -> { }));
        List<String> lines = drain("Event: Newchannel\r\nChannel: PJSIP/777-1\r\n\r\n"
                + "Event: Status\r\nActionID: 55_2#ringside-list-1\r\nChannel: PJSIP/777-2\r\nUniqueid: 1.2\r\n"
                + "Linkedid: 1.1\r\nSeconds: 75\r\nData: PJSIP/777\r\n\r\n"
                + "Event: Status\r\nActionID: 55_2#ringside-list-1\r\nChannel: PJSIP/777-3\r\n\r\n"
                + "Event: StatusComplete\r\nActionID: 55_2#ringside-list-1\r\nItems: 1\r\n\r\n"
                + "Event: Status\r\nActionID: 55_2#ringside-list-1\r\nChannel: late\r\n\r\n");
        assertEquals(List.of(), lines);
        assertEquals(List.of("Newchannel", "Status"), events.stream().map(RawFrame::eventName).toList(),
                "after its end, the list's id is nobody's");
        assertEquals(1, lists.size());
        PbxEvent channel = lists.get(0).get(0);
        assertTrue(channel.is("CoreShowChannel"));
        assertEquals("00:01:15", channel.get("Duration"));
        assertEquals("PJSIP/777", channel.get("ApplicationData"));
        assertEquals(1, lists.get(0).size());
        assertEquals(1, trouble.total(InputTrouble.Kind.BAD_LIST_ITEM));
    }

    @Test
    void aChannelListOverItsBoundIsRefusedWholeAndCounted() throws IOException {
        List<List<PbxEvent>> lists = new ArrayList<>();
        List<AmiError> refusals = new ArrayList<>();
        router.expectList("ringside-list-2", ChannelListCollector.create(ChannelListAction.CORE_SHOW_CHANNELS, trouble,
                lists::add, refusals::add));
        StringBuilder wire = new StringBuilder();
        for (int i = 0; i <= ChannelListCollector.MAX_CHANNELS + 5; i++) {
            wire.append("Event: CoreShowChannel\r\nActionID: 9_1#ringside-list-2\r\nChannel: PJSIP/9-").append(i)
                    .append("\r\nUniqueid: 1.").append(i).append("\r\nLinkedid: 1.").append(i).append("\r\n\r\n");
        }
        wire.append("Event: CoreShowChannelsComplete\r\nActionID: 9_1#ringside-list-2\r\n\r\n");
        assertEquals(List.of(), drain(wire.toString()), "nothing of the list reaches asterisk-java");
        assertEquals(List.of(), lists, "a cut list is never used as if complete");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).message().contains("more than " + ChannelListCollector.MAX_CHANNELS + " channels"),
                refusals.get(0).message());
        assertEquals(1, trouble.total(InputTrouble.Kind.OVERSIZED_LIST));
    }

    @Test
    void pendingActionsAreBounded() throws IOException {
        for (int i = 0; i < FrameRouter.MAX_PENDING_ACTIONS + 10; i++) {
            router.sending("action: Ping\r\nactionid: 1_" + i + "#\r\n\r\n");
        }
        assertEquals(List.of(), drain("Response: Success\r\nActionID: 1_0#\r\n\r\n"), "the oldest was let go");
        assertEquals(3, drain("Response: Success\r\nActionID: 1_" + (FrameRouter.MAX_PENDING_ACTIONS + 9)
                + "#\r\n\r\n").size(), "the newest still gets its answer");
    }

    private List<String> drain(String wire) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)), trouble);
        List<String> lines = new ArrayList<>();
        for (String line = router.nextLine(reader); line != null; line = router.nextLine(reader)) {
            lines.add(line);
        }
        assertNull(router.nextLine(reader));
        return lines;
    }
}
