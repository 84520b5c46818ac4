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

    private static Map<String, String> first(List<Map<String, String>> events, String event) {
        return events.stream().filter(m -> event.equals(m.get("Event"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event));
    }
}
