package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Transcripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the capture replay server writes, seen by a bare socket client. */
class CaptureReplayServerTest {

    private static final String SECRET = "replay-secret";

    @Test
    void theCaptureKeepsOnlyTheEventsAfterTheLoginAndTheirTimes() throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file("answered.ami"));
        assertEquals(70, capture.events().size(), "every Event block of answered.ami");
        assertEquals("FullyBooted", capture.events().get(0).name());
        assertTrue(capture.events().stream().noneMatch(e -> e.wire().contains("Response:")));
        assertTrue(capture.events().stream().allMatch(e -> e.wire().endsWith("\r\n\r\n")));
        Duration length = capture.length();
        assertTrue(length.compareTo(Duration.ofSeconds(5)) > 0 && length.compareTo(Duration.ofSeconds(21)) < 0,
                "answered.ami lasts about 6-20 s, not " + length);
        for (int i = 1; i < capture.events().size(); i++) {
            assertFalse(capture.events().get(i).afterLogin().minus(capture.events().get(i - 1).afterLogin())
                    .isNegative(), "times never go back");
        }
    }

    @Test
    void listEventsAnsweringTheRecordingClientAreDropped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("list.ami");
        Files.writeString(file, "Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: login\r\n"
                + "Message: Authentication accepted\r\n\r\nEvent: CoreShowChannel\r\nActionID: 7\r\nChannel: X\r\n\r\n"
                + "Event: Hangup\r\nChannel: PJSIP/777-00000001\r\n\r\n");
        RecordedCapture capture = RecordedCapture.read(file);
        assertEquals(List.of("Hangup"), capture.events().stream().map(RecordedCapture.Event::name).toList());
        assertEquals(Duration.ZERO, capture.length(), "no timing file: everything at once");
    }

    @Test
    void afterAPlainLoginItStreamsEveryRecordedEventAndAnswersPingsMeanwhile() throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file("missed.ami"));
        try (CaptureReplayServer server = CaptureReplayServer.builder(capture).user("ringside", SECRET)
                .timeScale(0.01).build()) {
            int port = server.start(0);
            try (RawAmiClient client = new RawAmiClient(port)) {
                assertEquals(AmiSession.BANNER, client.banner);
                assertEquals("Success", client.login("ringside", SECRET).get("Response"));
                client.send("Action: Ping", "ActionID: p1");
                List<Map<String, String>> seen = new ArrayList<>();
                client.readUntil(m -> "p1".equals(m.get("ActionID")), seen);
                String lastEvent = capture.events().get(capture.events().size() - 1).name();
                server.allSent().get(10, TimeUnit.SECONDS);
                int events = (int) seen.stream().filter(m -> m.containsKey("Event")).count();
                while (events < capture.events().size()) {
                    Map<String, String> m = client.readUntil(x -> x.containsKey("Event"), null);
                    events++;
                    if (events == capture.events().size()) {
                        assertEquals(lastEvent, m.get("Event"));
                    }
                }
                assertEquals(capture.events().size(), events);
                client.send("Action: Logoff", "ActionID: bye");
                assertEquals("Goodbye", client.response("bye").get("Response"));
                assertNull(client.read(), "closed after Logoff");
            }
            assertEquals("Ping", server.receivedActions().get(1).get("Action"));
        }
    }

    @Test
    void paceFollowsTheTimingFileTimesTheScale() throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file("missed.ami"));
        double scale = 0.05;
        try (CaptureReplayServer server = CaptureReplayServer.builder(capture).user("ringside", SECRET)
                .timeScale(scale).build()) {
            try (RawAmiClient client = new RawAmiClient(server.start(0))) {
                long start = System.nanoTime();
                client.login("ringside", SECRET);
                server.allSent().get(10, TimeUnit.SECONDS);
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                long expected = (long) (capture.length().toMillis() * scale);
                assertTrue(expected > 200, "the capture must last long enough to measure: " + expected);
                assertTrue(tookMillis >= expected * 0.9 && tookMillis < expected + 2_000,
                        "took " + tookMillis + " ms, expected about " + expected);
            }
        }
    }

    @Test
    void md5LoginFilterAndAnEmptyChannelListThenTheStreamAfterIt() throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file("answered.ami"));
        try (CaptureReplayServer server = CaptureReplayServer.builder(capture).user("ringside", SECRET)
                .timeScale(0).streamAfter("CoreShowChannels").build()) {
            try (RawAmiClient client = new RawAmiClient(server.start(0))) {
                client.send("Action: Challenge", "ActionID: c", "AuthType: MD5");
                String challenge = client.response("c").get("Challenge");
                client.send("Action: Login", "ActionID: l", "AuthType: MD5", "Username: ringside",
                        "Key: " + ActionDispatcher.md5Hex(challenge + SECRET));
                assertEquals("Success", client.response("l").get("Response"));
                client.send("Action: Filter", "ActionID: f", "Operation: Add", "Filter: Exten: 777");
                assertEquals("Success", client.response("f").get("Response"));
                client.send("Action: CoreSettings", "ActionID: s");
                assertEquals(ActionDispatcher.ASTERISK_VERSION, client.response("s").get("AsteriskVersion"));
                assertFalse(server.allSent().isDone(), "nothing streamed before CoreShowChannels");

                client.send("Action: CoreShowChannels", "ActionID: ch");
                assertEquals("Success", client.response("ch").get("Response"));
                Map<String, String> complete = client.readUntil(m -> m.containsKey("Event"), null);
                assertEquals("CoreShowChannelsComplete", complete.get("Event"), "the list comes before the stream");
                assertEquals("0", complete.get("ListItems"));
                assertEquals("FullyBooted", client.readUntil(m -> m.containsKey("Event"), null).get("Event"));
                server.allSent().get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aWrongSecretIsRefusedAndTheLinkClosed() throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file("answered.ami"));
        try (CaptureReplayServer server = CaptureReplayServer.builder(capture).user("ringside", SECRET).build()) {
            try (RawAmiClient client = new RawAmiClient(server.start(0))) {
                client.send("Action: Ping", "ActionID: early");
                assertEquals("Permission denied", client.response("early").get("Message"));
                Map<String, String> refused = client.login("ringside", "wrong");
                assertEquals("Error", refused.get("Response"));
                assertEquals("Authentication failed", refused.get("Message"));
                assertEquals(0, client.drainUntilClosed(), "no event for a refused login");
                assertFalse(server.allSent().isDone());
            }
        }
    }
}
