package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperatorEventFilterTest {

    private final OperatorEventFilter for777 = OperatorEventFilter.forNumbers(List.of("777"));

    @Test
    void legacyAdvancedAndClientSideAgreeOnEveryCapturedEvent() throws Exception {
        int checked = 0;
        int kept = 0;
        List<String> disagreements = new ArrayList<>();
        for (OperatorEventFilter filter : List.of(for777, OperatorEventFilter.forNumbers(List.of("777", "999")),
                OperatorEventFilter.forNumbers(List.of("777"), List.of("999", "888")))) {
            for (Path file : TranscriptBlocks.files()) {
                for (TranscriptBlocks.Block block : TranscriptBlocks.events(file)) {
                    boolean legacy = AsteriskFilterModel.passes(filter.legacyFilters(), block);
                    boolean advanced = AsteriskFilterModel.passes(filter.advancedFilters(), block);
                    boolean client = filter.test(block.toEvent());
                    if (legacy != advanced || advanced != client) {
                        disagreements.add(block.file() + " " + filter.numbers() + " legacy=" + legacy + " advanced="
                                + advanced + " client=" + client + "\n" + block.text());
                    }
                    checked++;
                    kept += client ? 1 : 0;
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, first:\n"
                + (disagreements.isEmpty() ? "" : disagreements.get(0)));
        assertTrue(checked > 2500, "three filters over the transcripts: about 2700 checks, saw " + checked);
        assertTrue(kept > 100 && kept < checked / 2, "kept " + kept + " of " + checked);
    }

    @Test
    void aWatchedColleagueGivesItsPresenceAndNothingElse() throws Exception {
        OperatorEventFilter watching = OperatorEventFilter.forNumbers(List.of("777"), List.of("999"));
        List<TranscriptBlocks.Block> other = TranscriptBlocks.events(TranscriptBlocks.dir().resolve("other.ami"));
        Set<String> kept = other.stream().filter(b -> watching.test(b.toEvent())).map(TranscriptBlocks.Block::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("ExtensionStatus"), kept, "999's call shows only as its hint's state changes");
        assertTrue(other.stream().filter(b -> watching.test(b.toEvent())).allMatch(b -> "999".equals(b.header("Exten"))));
        assertTrue(watching.advancedFilters().contains(new OperatorEventFilter.FilterSpec(
                "action(include),name(ExtensionStatus),header(Exten),method(exact)", "999")));
        assertEquals(List.of("999"), OperatorEventFilter.forNumbers(List.of("777"), List.of("999", "777")).colleagues(),
                "the operator's own number is no colleague");
    }

    @Test
    void keepsTheOperatorLegsAndQueueMembershipOfACapturedCall() throws Exception {
        List<TranscriptBlocks.Block> queue = TranscriptBlocks.events(TranscriptBlocks.dir().resolve("queue.ami"));
        Set<String> kept = queue.stream().filter(b -> for777.test(b.toEvent())).map(TranscriptBlocks.Block::name)
                .collect(Collectors.toSet());
        assertTrue(kept.containsAll(Set.of("Newchannel", "DialBegin", "DialEnd", "AgentCalled", "AgentConnect",
                "Hangup", "BridgeEnter")), "kept " + kept);
        assertFalse(kept.contains("VarSet"));
        assertFalse(kept.contains("Newexten"));
    }

    @Test
    void readsEventsAsAsteriskJavaBuildsThem() throws Exception {
        // the live path: asterisk-java's typed events, turned back into headers by the converter
        List<PbxEvent> answered = AmiCaptureReader.read(TranscriptBlocks.dir().resolve("answered.ami"), null);
        List<PbxEvent> kept = answered.stream().filter(for777).collect(Collectors.toList());
        // asterisk-java spells some names its own way (NewChannel): compare as PbxEvent.is does
        Set<String> names = kept.stream().map(e -> e.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("newchannel", "dialbegin", "dialend", "hangup")), "kept " + names);
        assertTrue(kept.stream().anyMatch(e -> e.is("DialBegin") && e.get("DestChannel").startsWith("IAX2/777-")));
        assertTrue(kept.size() < answered.size());
    }

    @Test
    void dropsCallsThatNeverTouchTheOperator() throws Exception {
        // other.ami: a call to 888 (busy) and one to 999; nothing in it concerns 777
        List<TranscriptBlocks.Block> other = TranscriptBlocks.events(TranscriptBlocks.dir().resolve("other.ami"));
        List<String> leaked = other.stream()
                .filter(b -> b.text().contains("IAX2/888-") || b.text().contains("IAX2/999-"))
                .filter(b -> for777.test(b.toEvent()))
                .map(TranscriptBlocks.Block::text)
                .collect(Collectors.toList());
        assertEquals(List.of(), leaked);
    }

    @Test
    void findsTheOperatorOnAnyChannelTechnology() {
        for (String channel : List.of("PJSIP/777-0000002a", "SIP/777-00000001", "IAX2/777-1234",
                "Local/777@from-internal-00000003;1", "DAHDI/777-1", "PJSIP/777/sip:777@10.0.0.5-00000001")) {
            assertAllAgree(event("Newchannel", "Channel", channel, "Exten", "15550100"), true, channel);
            assertAllAgree(event("DialBegin", "Channel", "PJSIP/trunk-00000001", "DestChannel", channel,
                    "DestExten", "15550100"), true, "DestChannel " + channel);
        }
        for (String channel : List.of("PJSIP/7770-0000002a", "PJSIP/1777-00000001", "IAX2/pstn-777",
                "Local/7777@ctx-0001;2", "PJSIP/trunk777-0001")) {
            assertAllAgree(event("Newchannel", "Channel", channel, "Exten", "15550100"), false, channel);
        }
    }

    @Test
    void findsQueueMembersByInterface() {
        for (String member : List.of("PJSIP/777", "IAX2/777/777", "Local/777@from-queue/n", "SIP/777")) {
            assertAllAgree(event("QueueMemberStatus", "Queue", "support", "Interface", member), true, member);
        }
        assertAllAgree(event("QueueMemberStatus", "Queue", "support", "Interface", "PJSIP/7771"), false, "7771");
        assertAllAgree(event("QueueMemberStatus", "Queue", "support", "StateInterface", "PJSIP/777"), true, "state");
    }

    @Test
    void matchesNumbersExactlyNotAsSubstrings() {
        assertAllAgree(event("ExtensionStatus", "Exten", "777", "Status", "8"), true, "exten");
        assertAllAgree(event("ExtensionStatus", "Exten", "7770", "Status", "8"), false, "7770");
        assertAllAgree(event("Hangup", "Channel", "IAX2/pstn-1", "ConnectedLineNum", "777"), true, "connected");
        assertAllAgree(event("Hangup", "Channel", "IAX2/pstn-1", "ConnectedLineNum", "1777"), false, "1777");
        assertAllAgree(event("Hangup", "Channel", "IAX2/pstn-1", "CallerIDNum", "+15551234567",
                "ConnectedLineNum", "999"), false, "other operator");
        assertAllAgree(event("VarSet", "Channel", "PJSIP/777-00000001", "Variable", "X"), false, "varset");
    }

    @Test
    void advancedFiltersUseTheKeywordsAsteriskAccepts() {
        List<OperatorEventFilter.FilterSpec> specs = for777.advancedFilters();
        assertTrue(specs.contains(new OperatorEventFilter.FilterSpec("action(include),header(Exten),method(exact)",
                "777")));
        assertTrue(specs.contains(new OperatorEventFilter.FilterSpec("action(exclude),name(VarSet)", "")));
        for (OperatorEventFilter.FilterSpec spec : specs) {
            // "method(EXACT)" or "Action(include)" is refused and leaves the session unfiltered
            String keywords = spec.matchCriteria().replaceAll("(header|name)\\([A-Za-z]+\\)", "$1()");
            assertEquals(keywords.toLowerCase(java.util.Locale.ROOT), keywords, spec.matchCriteria());
        }
        assertEquals("^[A-Za-z0-9_]+/(777)[-@/;]", for777.channelRegex());
        assertEquals(2, for777.legacyFilters().size(), "one include regex and one exclude");
        assertTrue(for777.legacyFilters().get(1).filter().startsWith("!"));
    }

    @Test
    void refusesNumbersThatWouldBreakTheRegexes() {
        assertThrows(IllegalArgumentException.class, () -> OperatorEventFilter.forNumbers(List.of("77.7")));
        assertThrows(IllegalArgumentException.class, () -> OperatorEventFilter.forNumbers(List.of("777|.*")));
        assertThrows(IllegalArgumentException.class, () -> OperatorEventFilter.forNumbers(List.of()));
    }

    private void assertAllAgree(TranscriptBlocks.Block block, boolean expected, String what) {
        assertEquals(expected, for777.test(block.toEvent()), "client-side: " + what);
        assertEquals(expected, AsteriskFilterModel.passes(for777.legacyFilters(), block), "legacy: " + what);
        assertEquals(expected, AsteriskFilterModel.passes(for777.advancedFilters(), block), "advanced: " + what);
    }

    private static TranscriptBlocks.Block event(String name, String... headerValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Event", name);
        headers.put("Privilege", "call,all");
        for (int i = 0; i < headerValues.length; i += 2) {
            headers.put(headerValues[i], headerValues[i + 1]);
        }
        StringBuilder text = new StringBuilder();
        headers.forEach((k, v) -> text.append(k).append(": ").append(v).append("\r\n"));
        return new TranscriptBlocks.Block("synthetic", text.toString(), name, headers);
    }
}
