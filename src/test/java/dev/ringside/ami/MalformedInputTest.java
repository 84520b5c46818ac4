package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import dev.ringside.testing.HostileAmiServer;
import dev.ringside.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What broke asterisk-java's reader, or would have made calls that never end, reaches the session
 * over a real socket: each is skipped (or cut) and counted, the link stays up, the next good
 * event arrives, and the log says what was skipped without quoting any caller's data.
 */
class MalformedInputTest {

    private static final long WAIT = 20;
    private static final String CALLER = "Zebediah Quixote-Private";

    private final java.util.Set<Thread> threadsBefore = AmiSessionLoginErrorsTest.sessionThreadsNow();
    private final SessionRecorder recorder = new SessionRecorder();
    private HostileAmiServer server;
    private AmiSession session;

    @AfterEach
    void tearDown() throws Exception {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
        AmiSessionLoginErrorsTest.assertNoSessionThreads(threadsBefore);
    }

    @Test
    void noSingleFrameCostsTheLinkAndEachIsSaidInTheLog() throws Exception {
        try (LogCapture log = LogCapture.open()) {
            HostileAmiServer.Connection pbx = open();
            for (String bridge : new String[] {"BridgeCreate", "BridgeEnter", "BridgeLeave", "BridgeDestroy"}) {
                // asterisk-java 3.42's reader died on these with a NullPointerException
                pbx.send("Event: " + bridge + "\r\nChannel: PJSIP/777-00000001\r\nUniqueid: 1700000000.1\r\n"
                        + "Linkedid: 1700000000.1\r\nCallerIDName: " + CALLER + "\r\n\r\n");
            }
            // a dial with only a Uniqueid would make a call nothing can ever close
            pbx.send("Event: DialBegin\r\nDestChannel: Local/777@ctx-71;1\r\nDestUniqueid: 1700000000.7\r\n"
                    + "DestCallerIDName: " + CALLER + "\r\n\r\n");
            pbx.send("Event: Newstate\r\nChannel: PJSIP/777-00000002\r\nUniqueid: 1700000000.8\r\n\r\n");
            pbx.send("Response: Success\r\nActionID: nobody-asked\r\nMessage: " + CALLER + "\r\n\r\n");
            pbx.send("Response: Success\r\nResponse: Error\r\n\r\n");
            pbx.send("this is not a header\r\n\r\n");
            pbx.send("Privilege: call,all\r\nCallerIDName: " + CALLER + "\r\n\r\n");
            pbx.send(new byte[] {'E', 'v', 'e', 'n', 't', ':', ' ', (byte) 0xff, (byte) 0xfe, '\r', '\n', '\r', '\n'});
            // a caller name of 200,000 characters: the event still arrives, the name cut at the line cap
            pbx.send("Event: Newchannel\r\nChannel: PJSIP/777-00000003\r\nUniqueid: 1700000000.9\r\n"
                    + "Linkedid: 1700000000.9\r\nCallerIDName: " + "x".repeat(200_000) + "\r\nExten: 777\r\n\r\n");
            StringBuilder wide = new StringBuilder("Event: Newchannel\r\nChannel: PJSIP/777-00000004\r\n"
                    + "Uniqueid: 1700000000.10\r\nLinkedid: 1700000000.10\r\n");
            for (int i = 0; i < 2_000; i++) {
                wide.append("ChanVariable(x").append(i).append("): y\r\n");
            }
            pbx.send(wide.append("\r\n").toString());
            pbx.send("Event: Newchannel\r\nChannel: PJSIP/777-00000005\r\nUniqueid: 1700000000.11\r\n"
                    + "Linkedid: 1700000000.11\r\nChannelState: 5\r\nCallerIDNum: 5551234\r\n\r\n");

            PbxEvent longName = recorder.awaitEvent(e -> e.get("Channel").equals("PJSIP/777-00000003"), WAIT);
            assertTrue(longName.get("CallerIDName").length() < FrameReader.MAX_LINE_BYTES, "cut at the line cap");
            assertEquals("777", longName.get("Exten"), "the headers after the long one survive");
            PbxEvent wideEvent = recorder.awaitEvent(e -> e.get("Channel").equals("PJSIP/777-00000004"), WAIT);
            assertEquals("1700000000.10", wideEvent.get("Linkedid"));
            PbxEvent good = recorder.awaitEvent(e -> e.get("Channel").equals("PJSIP/777-00000005"), WAIT);
            assertEquals("5551234", good.get("CallerIDNum"));

            assertEquals(1, server.accepted(), "never reconnected");
            assertFalse(recorder.allStates().stream().anyMatch(h -> !(h.state() instanceof ConnectionState.Connecting
                    || h.state() instanceof ConnectionState.Connected)), recorder.allStates().toString());
            InputTroubleCounts counts = new InputTroubleCounts(session);
            session.close();

            assertEquals(12, counts.total(), log.lines().toString());
            String said = String.join("\n", log.from("dev.ringside.ami.InputTrouble").stream()
                    .map(LogCapture.Line::text).toList());
            assertTrue(said.contains("The PBX sent input we could not use as it was: 1 bridge event(s) without "
                    + "BridgeUniqueid skipped. The link stays up"), said);
            for (String part : new String[] {"3 bridge event(s) without BridgeUniqueid skipped",
                "2 call event(s) without Uniqueid or Linkedid skipped", "2 response(s) to no action of ours skipped",
                "2 message(s) that were neither an event nor a response skipped", "1 line(s) over 64 KiB cut short",
                "1 message(s) with too many headers cut short"}) {
                assertTrue(said.contains(part), part + " in:\n" + said);
            }
            for (LogCapture.Line line : log.lines()) {
                assertFalse(line.text().contains("Zebediah") || line.text().contains("5551234"),
                        "caller data in the log: " + line);
                assertFalse(line.logger().startsWith("org.asteriskjava"), "asterisk-java spoke: " + line);
            }
        }
    }

    private HostileAmiServer.Connection open() throws Exception {
        server = new HostileAmiServer();
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(server.port()).username("op777")
                .secret("s").connectTimeout(Duration.ofSeconds(5)).extension("777").build();
        session = new AmiSession(settings, recorder);
        session.open().get(WAIT, TimeUnit.SECONDS);
        return server.awaitLogin(WAIT);
    }

    /** The session's count, read before close. */
    private record InputTroubleCounts(long total) {
        InputTroubleCounts(AmiSession session) {
            this(session.malformedInput());
        }
    }
}
