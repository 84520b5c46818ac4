package dev.ringside.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.call.Transcripts;
import dev.ringside.pbxsim.AmiMessage;
import dev.ringside.pbxsim.CaptureReplayServer;
import dev.ringside.pbxsim.RecordedCapture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded Asterisk stream, replayed over loopback TCP into a real {@link CallEngine}
 * (asterisk-java, the AMI session, the tracker), gives the calls the transcripts' README states
 * for extension 777, and for 888 where the README names its calls.
 */
class TranscriptStreamE2ETest {

    private static final String USER = "ringside";
    private static final String SECRET = "replay-secret";
    private static final String MARKER = "9999999999.1";
    private static final double FAST = 0.02;

    static Stream<Arguments> transcripts() {
        return Stream.of(
                expect("answered.ami", calls -> {
                    Call c = calls.get(0);
                    assertEquals("+15551234567", c.callerNumber());
                    assertEquals("John Caller", c.callerName());
                    assertEquals(16, c.hangupCause());
                    assertEquals(Direction.INBOUND, c.direction());
                }, CallStatus.COMPLETED),
                expect("missed.ami", calls -> {
                    assertEquals(19, calls.get(0).hangupCause());
                    assertNull(calls.get(0).answeredAt());
                }, CallStatus.MISSED),
                expect("rejected.ami", calls -> {
                    assertEquals(21, calls.get(0).hangupCause());
                    assertNull(calls.get(0).answeredAt(), "the caller's voicemail going Up is not an answer");
                }, CallStatus.REJECTED),
                expect("queue.ami", calls -> assertEquals("support", calls.get(0).queue()), CallStatus.COMPLETED),
                expect("other.ami", calls -> { }),
                expect("ringall-elsewhere.ami", calls -> {
                    assertEquals(26, calls.get(0).hangupCause());
                    assertEquals("+15551234567", calls.get(0).callerNumber());
                    // who took it (999) is in events the operator filter drops; it must never say 777
                    assertNotEquals("777", calls.get(0).answeredBy());
                }, CallStatus.MISSED),
                expect("outbound.ami", calls -> {
                    assertEquals(Direction.OUTBOUND, calls.get(0).direction());
                    assertEquals("5551112222", calls.get(0).otherPartyNumber());
                }, CallStatus.COMPLETED),
                expect("internal.ami", calls -> {
                    assertEquals(Direction.INTERNAL, calls.get(0).direction());
                    assertEquals("999", calls.get(0).callerNumber());
                }, CallStatus.COMPLETED),
                expect("transfer.ami", calls -> assertNotNull(calls.get(0).answeredAt()), CallStatus.COMPLETED),
                expect("filtered-manager-conf.ami", TranscriptStreamE2ETest::fiveFilteredCalls, CallStatus.COMPLETED,
                        CallStatus.MISSED, CallStatus.MISSED, CallStatus.REJECTED, CallStatus.COMPLETED),
                expect("filtered-session.ami", TranscriptStreamE2ETest::fiveFilteredCalls, CallStatus.COMPLETED,
                        CallStatus.MISSED, CallStatus.MISSED, CallStatus.REJECTED, CallStatus.COMPLETED),
                expectFor("888", "other.ami", calls -> assertEquals(17, calls.get(0).hangupCause()), CallStatus.MISSED),
                expect("iax-localq-answered.ami", calls -> {
                    assertEquals("localq", calls.get(0).queue());
                    assertEquals("Alice", calls.get(0).callerName());
                }, CallStatus.COMPLETED),
                expectFor("888", "iax-localq-answered.ami", calls -> {
                    assertEquals(26, calls.get(0).hangupCause());
                    assertEquals("localq", calls.get(0).queue());
                }, CallStatus.MISSED),
                expect("iax-ringgroup-elsewhere.ami", calls -> assertEquals(26, calls.get(0).hangupCause()),
                        CallStatus.MISSED),
                expectFor("888", "iax-ringgroup-elsewhere.ami", calls -> assertNotNull(calls.get(0).answeredAt()),
                        CallStatus.COMPLETED),
                expect("iax-busy.ami", calls -> assertEquals(17, calls.get(0).hangupCause()), CallStatus.MISSED),
                expectFor("888", "iax-busy.ami", calls -> { }),
                expect("iax-noanswer-vm.ami", calls -> assertNull(calls.get(0).answeredAt()), CallStatus.MISSED),
                expect("iax-internal.ami", calls -> {
                    assertEquals(Direction.INTERNAL, calls.get(0).direction());
                    assertEquals("888", calls.get(0).callerNumber());
                }, CallStatus.COMPLETED),
                expectFor("888", "iax-internal.ami", calls -> {
                    assertEquals(Direction.OUTBOUND, calls.get(0).direction());
                    assertEquals("777", calls.get(0).otherPartyNumber());
                }, CallStatus.COMPLETED));
    }

    private static void fiveFilteredCalls(List<Call> calls) {
        assertTrue(calls.stream().allMatch(c -> "+15551234567".equals(c.callerNumber())), calls.toString());
        assertEquals("support", calls.get(4).queue());
    }

    private static Arguments expect(String file, Consumer<List<Call>> checks, CallStatus... statuses) {
        return expectFor("777", file, checks, statuses);
    }

    private static Arguments expectFor(String extension, String file, Consumer<List<Call>> checks,
                                       CallStatus... statuses) {
        return Arguments.of(file, extension, List.of(statuses), checks);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("transcripts")
    void eachRecordedStreamGivesTheCallsTheReadmeStates(String file, String extension, List<CallStatus> expected,
                                                         Consumer<List<Call>> checks) throws Exception {
        List<Call> calls = replay(file, extension, FAST);
        assertEquals(expected, calls.stream().map(Call::status).collect(Collectors.toList()), calls.toString());
        assertTrue(calls.stream().allMatch(c -> extension.equals(c.operatorNumber())), calls.toString());
        checks.accept(calls);
    }

    @Test
    void ringAndTalkTimesFollowTheScaledClock() throws Exception {
        double scale = 0.25;
        Call c = replay("answered.ami", "777", scale).get(0);
        // README: rings about 2 s, talks about 3 s (3.5 s from the operator's Up to the Hangup)
        assertAbout(2 * scale, c.ringTime(), "ring time");
        assertAbout(3.5 * scale, c.talkTime(), "talk time");
    }

    private static void assertAbout(double expectedSeconds, Duration actual, String what) {
        assertNotNull(actual, what);
        double seconds = actual.toMillis() / 1000.0;
        assertTrue(Math.abs(seconds - expectedSeconds) < 0.2,
                what + " was " + seconds + " s, expected about " + expectedSeconds);
    }

    /** Streams one capture into a fresh engine and returns the calls for the extension once all were handled. */
    private static List<Call> replay(String file, String extension, double scale) throws Exception {
        RecordedCapture capture = RecordedCapture.read(Transcripts.file(file));
        CallRecorder recorder = new CallRecorder();
        try (CaptureReplayServer server = CaptureReplayServer.builder(capture).user(USER, SECRET).timeScale(scale)
                .streamAfter("CoreShowChannels").build()) {
            int port = server.start(0);
            AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(port).username(USER).secret(SECRET)
                    .connectTimeout(Duration.ofSeconds(5)).extension(extension).build();
            try (CallEngine engine = new CallEngine(settings, EngineOptions.defaults())) {
                engine.addCallListener(recorder);
                engine.start().get(10, TimeUnit.SECONDS);
                long budget = 10_000 + (long) (capture.length().toMillis() * scale);
                server.allSent().get(budget, TimeUnit.MILLISECONDS);
                // events reach the tracker in wire order: once this marker call rings, all before it was handled
                server.sendAfterCapture(markerRinging(extension));
                recorder.await(c -> c.linkedId().equals(MARKER), "the marker call after the capture");
            }
        }
        return recorder.calls().stream().filter(c -> !c.linkedId().equals(MARKER)).collect(Collectors.toList());
    }

    /** A call ringing 777 that no capture contains, its caller known (the tracker shows no call before that). */
    private static AmiMessage markerRinging(String extension) {
        return AmiMessage.event("Newchannel", "call,all").add("Channel", "IAX2/" + extension + "-16384").add("ChannelState", "5")
                .add("ChannelStateDesc", "Ringing").add("CallerIDNum", "+10000000000").add("CallerIDName", "Marker")
                .add("ConnectedLineNum", "+10000000000").add("ConnectedLineName", "Marker").add("Language", "en")
                .add("AccountCode", "").add("Context", "from-internal").add("Exten", extension).add("Priority", "1")
                .add("Uniqueid", "9999999999.2").add("Linkedid", MARKER);
    }
}
