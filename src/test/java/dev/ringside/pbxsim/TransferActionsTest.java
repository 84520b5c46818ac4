package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BlindTransfer and Redirect of an answered call, as transfer.ami shows Asterisk 22 doing them. */
class TransferActionsTest {

    private static final Duration LONG = Duration.ofHours(1);

    private PbxSimulator sim;
    private int port;

    @BeforeEach
    void start() throws Exception {
        sim = PbxSimulator.builder().user(AmiUser.admin("admin", "pw"))
                .user(AmiUser.builder("reader", "pw").read("call,agent").write("agent,originate").build())
                .queueMember("support", "777").timeScale(0.01).build();
        port = sim.start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** An answered call to 777 that talks until a client acts; returns the operator's leg. */
    private String answeredCall(RawAmiClient c, Scenario scenario) throws Exception {
        CallHandle call = sim.play(scenario.withTalk(LONG));
        String leg = call.operatorLeg().get(5, TimeUnit.SECONDS);
        c.readUntil(m -> "BridgeEnter".equals(m.get("Event")) && !leg.equals(m.get("Channel")), null);
        return leg;
    }

    @Test
    void blindTransferSendsTheCallerToTheTargetAndHangsUpTheTransferer() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.answered("777"));
            c.send("Action: BlindTransfer", "ActionID: t", "Channel: " + leg, "Exten: 999", "Context: ext-local");
            Map<String, String> ack = c.response("t");
            assertEquals("Success", ack.get("Response"));
            assertEquals("Transfer succeeded", ack.get("Message"));

            List<Map<String, String>> seen = new ArrayList<>();
            c.readUntil(m -> "Hangup".equals(m.get("Event")) && m.get("Channel").startsWith("PJSIP/pstn-"), seen);
            Map<String, String> transfer = first(seen, "BlindTransfer");
            assertEquals("Success", transfer.get("Result"));
            assertEquals(leg, transfer.get("TransfererChannel"));
            assertTrue(transfer.get("TransfereeChannel").startsWith("PJSIP/pstn-"));
            assertEquals("+15551234567", transfer.get("TransfereeCallerIDNum"));
            assertEquals("999", transfer.get("Extension"));
            assertEquals("ext-local", transfer.get("Context"));
            assertEquals("Yes", transfer.get("IsExternal"));
            assertEquals("2", transfer.get("BridgeNumChannels"));

            Map<String, String> gone = seen.stream().filter(m -> "Hangup".equals(m.get("Event"))
                    && leg.equals(m.get("Channel"))).findFirst().orElseThrow();
            assertEquals("16", gone.get("Cause"));
            Map<String, String> dial = seen.stream().filter(m -> "DialBegin".equals(m.get("Event"))
                    && m.get("DestChannel").startsWith("PJSIP/999-")).findFirst().orElseThrow();
            assertEquals(transfer.get("TransfereeChannel"), dial.get("Channel"));
            Map<String, String> answered = seen.stream().filter(m -> "DialEnd".equals(m.get("Event"))
                    && m.get("DestChannel").startsWith("PJSIP/999-")).findFirst().orElseThrow();
            assertEquals("ANSWER", answered.get("DialStatus"));
            assertEquals("+15551234567", answered.get("DestConnectedLineNum"), "999 sees the original caller");
            Set<String> linkedids = seen.stream().filter(m -> m.containsKey("Linkedid")).map(m -> m.get("Linkedid"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(transfer.get("TransfereeLinkedid")), linkedids, "one call, one Linkedid");
            assertTrue(seen.indexOf(transfer) < seen.indexOf(gone), "BlindTransfer before the transferer hangs up");
        }
    }

    @Test
    void aQueueCallPassedOnEndsItsAgentTimeWithReasonTransfer() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.queue("777"));
            c.send("Action: BlindTransfer", "ActionID: t", "Channel: " + leg, "Exten: 5559876543",
                    "Context: from-internal");
            assertEquals("Success", c.response("t").get("Response"));
            Map<String, String> complete = c.readUntil(m -> "AgentComplete".equals(m.get("Event")), null);
            assertEquals("transfer", complete.get("Reason"));
            assertEquals("PJSIP/777", complete.get("Interface"));
            Map<String, String> trunk = c.readUntil(m -> "DialBegin".equals(m.get("Event")), null);
            assertTrue(trunk.get("DestChannel").startsWith("PJSIP/main-"), "an outside number leaves on the trunk");
        }
    }

    @Test
    void blindTransferOfARingingLegIsInvalid() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = sim.play(Scenario.rejected("777").withRing(LONG)).operatorLeg().get(5, TimeUnit.SECONDS);
            c.send("Action: BlindTransfer", "ActionID: t", "Channel: " + leg, "Exten: 999");
            Map<String, String> r = c.response("t");
            assertEquals("Error", r.get("Response"));
            assertEquals("Transfer invalid", r.get("Message"));
            c.send("Action: BlindTransfer", "ActionID: n", "Channel: PJSIP/777-ffffffff", "Exten: 999");
            assertEquals("Channel specified does not exist", c.response("n").get("Message"));
            c.send("Action: BlindTransfer", "ActionID: e", "Channel: " + leg);
            assertEquals("No extension specified", c.response("e").get("Message"));
        }
    }

    @Test
    void transfersNeedWriteCall() throws Exception {
        try (RawAmiClient admin = new RawAmiClient(port); RawAmiClient c = new RawAmiClient(port)) {
            admin.login("admin", "pw");
            String leg = answeredCall(admin, Scenario.answered("777"));
            c.login("reader", "pw");
            c.send("Action: BlindTransfer", "ActionID: t", "Channel: " + leg, "Exten: 999");
            assertEquals("Permission denied", c.response("t").get("Message"));
            c.send("Action: Redirect", "ActionID: r", "Channel: " + leg, "Exten: 999", "Context: ext-local",
                    "Priority: 1");
            assertEquals("Permission denied", c.response("r").get("Message"));
        }
    }

    @Test
    void redirectOfTheFarEndSendsItOnAndEndsTheOperatorsLeg() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.answered("777"));
            String caller = sim.channels().stream().map(SimChannel::name).filter(n -> n.startsWith("PJSIP/pstn-"))
                    .findFirst().orElseThrow();
            c.send("Action: Redirect", "ActionID: r", "Channel: " + caller, "Exten: 999", "Context: ext-local");
            assertEquals("Priority not specified", c.response("r").get("Message"));
            c.send("Action: Redirect", "ActionID: r2", "Channel: " + caller, "Exten: 999", "Context: ext-local",
                    "Priority: 1");
            assertEquals("Redirect successful", c.response("r2").get("Message"));
            List<Map<String, String>> seen = new ArrayList<>();
            c.readUntil(m -> "Hangup".equals(m.get("Event")) && caller.equals(m.get("Channel")), seen);
            assertTrue(seen.stream().noneMatch(m -> "BlindTransfer".equals(m.get("Event"))));
            assertEquals("16", seen.stream().filter(m -> "Hangup".equals(m.get("Event")) && leg.equals(m.get("Channel")))
                    .findFirst().orElseThrow().get("Cause"));
            assertTrue(seen.stream().anyMatch(m -> "DialEnd".equals(m.get("Event")) && caller.equals(m.get("Channel"))
                    && m.get("DestChannel").startsWith("PJSIP/999-") && "ANSWER".equals(m.get("DialStatus"))));
        }
    }

    @Test
    void theTargetCanTurnTheTransferredCallerDown() throws Exception {
        sim.close();
        sim = PbxSimulator.builder().user(AmiUser.admin("admin", "pw")).transferTargetRing(LONG).timeScale(0.01).build();
        port = sim.start(0);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.answered("777"));
            c.send("Action: BlindTransfer", "ActionID: t", "Channel: " + leg, "Exten: 999", "Context: ext-local");
            c.response("t");
            Map<String, String> ringing = c.readUntil(m -> "DialBegin".equals(m.get("Event")), null);
            c.send("Action: Hangup", "ActionID: h", "Channel: " + ringing.get("DestChannel"), "Cause: 21");
            List<Map<String, String>> seen = new ArrayList<>();
            c.readUntil(m -> "Hangup".equals(m.get("Event")) && ringing.get("Channel").equals(m.get("Channel")), seen);
            assertEquals("NOANSWER", first(seen, "DialEnd").get("DialStatus"));
        }
    }

    @Test
    void attendedTransferConsultsTheTargetThenCompletesWhenTheTransfererHangsUp() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.answered("777"));
            c.send("Action: Atxfer", "ActionID: a", "Channel: " + leg, "Exten: 999", "Context: from-internal");
            assertEquals("Atxfer successfully queued", c.response("a").get("Message"));
            List<Map<String, String>> consult = new ArrayList<>();
            c.readUntil(m -> "LocalOptimizationEnd".equals(m.get("Event")), consult);
            Map<String, String> hold = first(consult, "MusicOnHoldStart");
            String caller = hold.get("Channel");
            assertTrue(caller.startsWith("PJSIP/pstn-"));
            Map<String, String> local = first(consult, "LocalBridge");
            assertTrue(local.get("LocalOneChannel").startsWith("Local/999@from-internal-"));
            Map<String, String> dial = first(consult, "DialBegin");
            assertEquals(local.get("LocalTwoChannel"), dial.get("Channel"));
            String target = dial.get("DestChannel");
            assertTrue(target.startsWith("PJSIP/999-"));
            assertEquals("777", dial.get("DestConnectedLineNum"), "999 first sees who consults it");

            c.send("Action: Hangup", "ActionID: h", "Channel: " + leg);
            List<Map<String, String>> done = new ArrayList<>();
            c.readUntil(m -> "h".equals(m.get("ActionID")) && m.containsKey("Response"), done);
            c.readUntil(m -> "Hangup".equals(m.get("Event")) && caller.equals(m.get("Channel")), done);
            Map<String, String> transfer = first(done, "AttendedTransfer");
            assertEquals("Success", transfer.get("Result"));
            assertEquals(leg, transfer.get("OrigTransfererChannel"));
            assertEquals(caller, transfer.get("TransfereeChannel"));
            assertEquals(target, transfer.get("TransferTargetChannel"));
            assertEquals("Bridge", transfer.get("DestType"));
            assertTrue(done.stream().anyMatch(m -> "NewConnectedLine".equals(m.get("Event"))
                    && target.equals(m.get("Channel")) && "+15551234567".equals(m.get("ConnectedLineNum"))),
                    "after the transfer 999 is connected to the original caller");
            consult.addAll(done);
            Set<String> linkedids = consult.stream().filter(m -> m.containsKey("Linkedid")).map(m -> m.get("Linkedid"))
                    .collect(Collectors.toSet());
            assertEquals(1, linkedids.size(), "the consultation belongs to the call: " + linkedids);
            Set<String> created = consult.stream().filter(m -> "Newchannel".equals(m.get("Event")))
                    .map(m -> m.get("Channel")).collect(Collectors.toSet());
            Set<String> ended = consult.stream().filter(m -> "Hangup".equals(m.get("Event")))
                    .map(m -> m.get("Channel")).collect(Collectors.toSet());
            created.removeAll(ended);
            assertTrue(created.isEmpty(), "every channel of the consultation hangs up: " + created);
        }
    }

    @Test
    void cancelAtxferBringsTheTransfererBackToTheCaller() throws Exception {
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("admin", "pw");
            String leg = answeredCall(c, Scenario.answered("777"));
            Map<String, String> original = sim.channels().stream().filter(ch -> ch.name().equals(leg)).findFirst()
                    .map(ch -> Map.of("bridge", ch.bridgeId)).orElseThrow();
            c.send("Action: Atxfer", "ActionID: a", "Channel: " + leg, "Exten: 999", "Context: from-internal");
            c.response("a");
            Map<String, String> dial = c.readUntil(m -> "DialBegin".equals(m.get("Event")), null);
            c.send("Action: CancelAtxfer", "ActionID: x", "Channel: " + leg);
            assertEquals("CancelAtxfer successfully queued", c.response("x").get("Message"));
            List<Map<String, String>> seen = new ArrayList<>();
            Map<String, String> back = c.readUntil(m -> "BridgeEnter".equals(m.get("Event"))
                    && leg.equals(m.get("Channel")) && original.get("bridge").equals(m.get("BridgeUniqueid")), seen);
            assertEquals("2", back.get("BridgeNumChannels"));
            assertTrue(seen.stream().anyMatch(m -> "Hangup".equals(m.get("Event"))
                    && dial.get("DestChannel").equals(m.get("Channel"))), "the target's ringing leg ends");
            assertTrue(seen.stream().noneMatch(m -> "AttendedTransfer".equals(m.get("Event"))));
            c.readUntil(m -> "MusicOnHoldStop".equals(m.get("Event")), null);
        }
    }

    private static Map<String, String> first(List<Map<String, String>> events, String event) {
        return events.stream().filter(m -> event.equals(m.get("Event"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event));
    }
}
