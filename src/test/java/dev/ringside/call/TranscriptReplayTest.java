package dev.ringside.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiCaptureReader;
import dev.ringside.ami.CaptureTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded stream, through asterisk-java's real event builder and the tracker, gives the
 * outcome the transcripts' README states.
 */
class TranscriptReplayTest {

    private static List<Call> replay(String file, String... extensions) throws Exception {
        Path capture = Transcripts.file(file);
        Path timingFile = capture.resolveSibling(file.replace(".ami", ".timing"));
        CaptureTiming timing = Files.exists(timingFile) ? CaptureTiming.read(timingFile) : null;
        return FinalCalls.of(AmiCaptureReader.read(capture, timing), OperatorNumbers.of(extensions));
    }

    private static List<CallStatus> statuses(List<Call> calls) {
        return calls.stream().map(Call::status).collect(Collectors.toList());
    }

    private static void assertAbout(double expectedSeconds, Duration actual, String what) {
        assertNotNull(actual, what);
        double seconds = actual.toMillis() / 1000.0;
        assertTrue(Math.abs(seconds - expectedSeconds) < 0.6, what + " was " + seconds + " s, expected about " + expectedSeconds);
    }

    @Test
    void answered() throws Exception {
        List<Call> calls = replay("answered.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(calls));
        Call c = calls.get(0);
        assertEquals("+15551234567", c.callerNumber());
        assertEquals("John Caller", c.callerName());
        assertEquals("777", c.receiverNumber());
        assertEquals(16, c.hangupCause());
        assertEquals(Direction.INBOUND, c.direction());
        assertEquals("777", c.answeredBy());
        assertAbout(2, c.ringTime(), "ring time");
        assertAbout(3.5, c.talkTime(), "talk time");
        assertTrue(c.operatorChannel().startsWith("IAX2/777-"), c.operatorChannel());
    }

    @Test
    void missedWhenTheCallerGivesUp() throws Exception {
        List<Call> calls = replay("missed.ami", "777");
        assertEquals(List.of(CallStatus.MISSED), statuses(calls));
        assertEquals(19, calls.get(0).hangupCause());
        assertNull(calls.get(0).answeredAt());
        assertAbout(5, calls.get(0).ringTime(), "ring time");
        assertEquals(Duration.ZERO, calls.get(0).talkTime());
    }

    @Test
    void rejectedStaysRejectedWhenTheCallerGoesToVoicemail() throws Exception {
        List<Call> calls = replay("rejected.ami", "777");
        assertEquals(List.of(CallStatus.REJECTED), statuses(calls));
        assertEquals(21, calls.get(0).hangupCause());
        assertNull(calls.get(0).answeredAt(), "the caller's own channel going Up is not an answer");
    }

    @Test
    void queueCallAnswered() throws Exception {
        List<Call> calls = replay("queue.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(calls));
        Call c = calls.get(0);
        assertEquals("support", c.queue());
        assertEquals("+15551234567", c.callerNumber());
        assertAbout(2, c.ringTime(), "ring time");
        assertAbout(3.5, c.talkTime(), "talk time");
    }

    @Test
    void callsToOtherExtensionsAreIgnored() throws Exception {
        assertEquals(List.of(), replay("other.ami", "777"));
        List<Call> forOthers = replay("other.ami", "888", "999");
        assertEquals(List.of(CallStatus.MISSED, CallStatus.COMPLETED), statuses(forOthers));
        assertEquals("888", forOthers.get(0).receiverNumber());
        assertEquals(17, forOthers.get(0).hangupCause());
        assertEquals("999", forOthers.get(1).receiverNumber());
    }

    @Test
    void ringAllAnsweredElsewhereIsMissedForTheLoser() throws Exception {
        List<Call> calls = replay("ringall-elsewhere.ami", "777");
        assertEquals(List.of(CallStatus.MISSED), statuses(calls));
        Call c = calls.get(0);
        assertEquals(26, c.hangupCause());
        assertEquals("+15551234567", c.callerNumber(), "the leg says 700; the caller is the connected line");
        assertEquals("777", c.receiverNumber());
        assertEquals("999", c.answeredBy());
        assertEquals(List.of(CallStatus.COMPLETED), statuses(replay("ringall-elsewhere.ami", "999")));
    }

    @Test
    void outbound() throws Exception {
        List<Call> calls = replay("outbound.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(calls));
        Call c = calls.get(0);
        assertEquals(Direction.OUTBOUND, c.direction());
        assertEquals("5551112222", c.otherPartyNumber());
        assertEquals("777", c.callerNumber());
        assertAbout(3.5, c.talkTime(), "talk time");
    }

    @Test
    void internal() throws Exception {
        List<Call> calls = replay("internal.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(calls));
        assertEquals(Direction.INTERNAL, calls.get(0).direction());
        assertEquals("999", calls.get(0).callerNumber());
        assertAbout(2.5, calls.get(0).talkTime(), "talk time");
    }

    @Test
    void blindTransferCompletesForBothOperators() throws Exception {
        List<Call> for777 = replay("transfer.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for777));
        assertAbout(2, for777.get(0).talkTime(), "777's talk time");
        List<Call> for999 = replay("transfer.ami", "999");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for999));
        assertEquals("+15551234567", for999.get(0).callerNumber());
        assertEquals(for777.get(0).linkedId(), for999.get(0).linkedId());
    }

    // ---- the second PBX: Local-channel queue members, ring group 600, voicemail after Dial ----------

    @Test
    void localChannelQueueIsCompletedFor777AndMissedFor888() throws Exception {
        List<Call> for777 = replay("iax-localq-answered.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for777));
        Call c = for777.get(0);
        assertEquals("localq", c.queue());
        assertEquals("+15551234567", c.callerNumber());
        assertEquals("Alice", c.callerName());
        assertEquals(Direction.INBOUND, c.direction());
        assertAbout(3, c.ringTime(), "777's ring time");
        assertAbout(8.5, c.talkTime(), "777's talk time");
        List<Call> for888 = replay("iax-localq-answered.ami", "888");
        assertEquals(List.of(CallStatus.MISSED), statuses(for888));
        assertEquals(26, for888.get(0).hangupCause());
        assertEquals("localq", for888.get(0).queue());
        assertEquals("777", for888.get(0).answeredBy());
        assertEquals(c.linkedId(), for888.get(0).linkedId());
    }

    @Test
    void ringGroup600IsMissedFor777AndCompletedFor888() throws Exception {
        List<Call> for777 = replay("iax-ringgroup-elsewhere.ami", "777");
        assertEquals(List.of(CallStatus.MISSED), statuses(for777));
        assertEquals(26, for777.get(0).hangupCause());
        assertEquals("+15551234567", for777.get(0).callerNumber());
        assertEquals("888", for777.get(0).answeredBy());
        List<Call> for888 = replay("iax-ringgroup-elsewhere.ami", "888");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for888));
        assertAbout(3, for888.get(0).ringTime(), "888's ring time");
        assertAbout(6.5, for888.get(0).talkTime(), "888's talk time");
    }

    @Test
    void busyIsMissedAndTheVoicemailAfterItIsNoAnswer() throws Exception {
        List<Call> calls = replay("iax-busy.ami", "777");
        assertEquals(List.of(CallStatus.MISSED), statuses(calls));
        assertEquals(17, calls.get(0).hangupCause());
        assertNull(calls.get(0).answeredAt());
        assertEquals(List.of(), replay("iax-busy.ami", "888"));
    }

    @Test
    void noAnswerRingsTheWholeDialTimeout() throws Exception {
        List<Call> calls = replay("iax-noanswer-vm.ami", "777");
        assertEquals(List.of(CallStatus.MISSED), statuses(calls));
        assertAbout(20, calls.get(0).ringTime(), "ring time");
        assertNull(calls.get(0).answeredAt(), "the caller's voicemail going Up is not an answer");
        assertEquals(List.of(), replay("iax-noanswer-vm.ami", "888"));
    }

    @Test
    void internalCallIsInternalFor777AndPlacedBy888() throws Exception {
        List<Call> for777 = replay("iax-internal.ami", "777");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for777));
        assertEquals(Direction.INTERNAL, for777.get(0).direction());
        assertEquals("888", for777.get(0).callerNumber());
        assertAbout(2, for777.get(0).ringTime(), "ring time");
        assertAbout(6.5, for777.get(0).talkTime(), "talk time");
        List<Call> for888 = replay("iax-internal.ami", "888");
        assertEquals(List.of(CallStatus.COMPLETED), statuses(for888));
        assertEquals(Direction.OUTBOUND, for888.get(0).direction());
        assertEquals("777", for888.get(0).otherPartyNumber());
    }

    static Stream<String> filteredStreams() {
        return Stream.of("filtered-manager-conf.ami", "filtered-session.ami");
    }

    @ParameterizedTest
    @MethodSource("filteredStreams")
    void filteredStreamsGiveTheSameFiveCalls(String file) throws Exception {
        List<Call> calls = replay(file, "777");
        assertEquals(List.of(CallStatus.COMPLETED, CallStatus.MISSED, CallStatus.MISSED, CallStatus.REJECTED,
                CallStatus.COMPLETED), statuses(calls));
        assertTrue(calls.stream().allMatch(c -> "+15551234567".equals(c.callerNumber())), "caller known without the caller's Newchannel");
        assertEquals("support", calls.get(4).queue());
        assertEquals(List.of(), replay(file, "888", "999"), "nothing for 888/999 leaks through");
    }

    @Test
    void replayingAStreamTwiceMakesNoSecondCall() throws Exception {
        Path capture = Transcripts.file("answered.ami");
        List<PbxEvent> events = AmiCaptureReader.read(capture, null);
        CallTracker tracker = new CallTracker(OperatorNumbers.of("777"));
        List<Call> changes = new ArrayList<>();
        tracker.addListener((before, now) -> changes.add(now));
        events.forEach(tracker::onEvent);
        int firstPass = changes.size();
        events.forEach(tracker::onEvent);
        assertEquals(firstPass, changes.size(), "re-delivered events change nothing");
        assertEquals(1, changes.stream().map(Call::linkedId).distinct().count());
    }
}
