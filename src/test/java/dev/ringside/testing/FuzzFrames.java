package dev.ringside.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A fixed-seed stream of AMI frames of every kind a broken or hostile PBX could send: other
 * operators' calls, events that lack Uniqueid, Linkedid or BridgeUniqueid (some naming 777),
 * unknown events and headers, junk lines and bytes, invalid UTF-8, bidi and control characters,
 * answers to nothing, duplicate headers, LF-only lines, a banner mid-stream, lines far over the
 * line cap and messages with hundreds of headers. Interleaved with it, {@link #validCall} plays
 * one well-formed answered call for 777 the way Asterisk 22 sends it.
 */
public final class FuzzFrames {

    /** Caller names in the stream all carry this, so a test can check none reaches the log. */
    public static final String NAME_MARK = "Qzx";

    private static final String[] BRIDGE_EVENTS = {"BridgeCreate", "BridgeEnter", "BridgeLeave", "BridgeDestroy",
        "BridgeMerge", "BridgeInfoChannel"};
    private static final String[] CALL_EVENTS = {"Newchannel", "Newstate", "NewCallerid", "NewConnectedLine",
        "DialBegin", "DialEnd", "Hangup", "HangupRequest", "VarSet", "Newexten", "AgentCalled", "AgentConnect",
        "QueueMemberStatus", "DeviceStateChange", "Hold", "Unhold", "Cdr"};
    private static final String[] TECHS = {"PJSIP", "SIP", "IAX2", "Local", "DAHDI"};

    private final Random random;
    private long ids = 1;

    public FuzzFrames(long seed) {
        this.random = new Random(seed);
    }

    // ---- the valid calls ------------------------------------------------------------------------

    public static String linkedId(int call) {
        return "1900000000." + (call * 10);
    }

    public static String callerNumber(int call) {
        return "+1555" + String.format("%07d", call);
    }

    /** An inbound call from {@link #callerNumber} that 777 answers and hangs up, Asterisk 22's events. */
    public static String validCall(int call) {
        String linked = linkedId(call);
        String legId = "1900000000." + (call * 10 + 1);
        String trunk = "PJSIP/trunk-" + String.format("%08x", call);
        String leg = "PJSIP/777-" + String.format("%08x", call);
        String caller = callerNumber(call);
        String name = "Caller " + NAME_MARK + call;
        String bridge = "b" + call + "-4680-a933-03b4ed8e958f";
        StringBuilder s = new StringBuilder();
        s.append(channelEvent("Newchannel", trunk, 4, "Ring", caller, name, "<unknown>", "<unknown>", "15550100",
                linked, linked));
        s.append(channelEvent("Newchannel", leg, 0, "Down", "<unknown>", "<unknown>", "<unknown>", "<unknown>", "s",
                legId, linked));
        s.append("Event: DialBegin\r\nPrivilege: call,all\r\n")
                .append(channelHeaders("", trunk, 4, "Ring", caller, name, "<unknown>", "<unknown>", "777", linked, linked))
                .append(channelHeaders("Dest", leg, 5, "Ringing", "777", "<unknown>", caller, name, "777", legId, linked))
                .append("DialString: 777\r\n\r\n");
        s.append(channelEvent("Newstate", leg, 5, "Ringing", "777", "<unknown>", caller, name, "777", legId, linked));
        s.append(channelEvent("Newstate", leg, 6, "Up", "777", "Operator 777", caller, name, "777", legId, linked));
        s.append("Event: DialEnd\r\nPrivilege: call,all\r\n")
                .append(channelHeaders("", trunk, 4, "Ring", caller, name, "777", "Operator 777", "777", linked, linked))
                .append(channelHeaders("Dest", leg, 6, "Up", "777", "Operator 777", caller, name, "", legId, linked))
                .append("DialStatus: ANSWER\r\n\r\n");
        s.append(channelEvent("Newstate", trunk, 6, "Up", caller, name, "777", "Operator 777", "777", linked, linked));
        for (String[] c : new String[][] {{trunk, linked, caller, name}, {leg, legId, "777", "Operator 777"}}) {
            s.append("Event: BridgeEnter\r\nPrivilege: call,all\r\nBridgeUniqueid: ").append(bridge)
                    .append("\r\nBridgeType: basic\r\nBridgeTechnology: simple_bridge\r\nBridgeCreator: <unknown>\r\n"
                            + "BridgeName: <unknown>\r\nBridgeNumChannels: 1\r\nBridgeVideoSourceMode: none\r\n")
                    .append(channelHeaders("", c[0], 6, "Up", c[2], c[3], "", "", "777", c[1], linked))
                    .append("\r\n");
        }
        s.append(hangup(leg, legId, linked, "777", "Operator 777", caller, name));
        s.append(hangup(trunk, linked, linked, caller, name, "777", "Operator 777"));
        return s.toString();
    }

    private static String hangup(String channel, String uniqueId, String linked, String num, String name,
                                 String connNum, String connName) {
        return "Event: Hangup\r\nPrivilege: call,all\r\n"
                + channelHeaders("", channel, 6, "Up", num, name, connNum, connName, "777", uniqueId, linked)
                + "Cause: 16\r\nCause-txt: Normal Clearing\r\n\r\n";
    }

    private static String channelEvent(String event, String channel, int state, String stateDesc, String num,
                                       String name, String connNum, String connName, String exten, String uniqueId,
                                       String linked) {
        return "Event: " + event + "\r\nPrivilege: call,all\r\n"
                + channelHeaders("", channel, state, stateDesc, num, name, connNum, connName, exten, uniqueId, linked)
                + "\r\n";
    }

    private static String channelHeaders(String prefix, String channel, int state, String stateDesc, String num,
                                         String name, String connNum, String connName, String exten, String uniqueId,
                                         String linked) {
        return prefix + "Channel: " + channel + "\r\n" + prefix + "ChannelState: " + state + "\r\n"
                + prefix + "ChannelStateDesc: " + stateDesc + "\r\n" + prefix + "CallerIDNum: " + num + "\r\n"
                + prefix + "CallerIDName: " + name + "\r\n" + prefix + "ConnectedLineNum: " + connNum + "\r\n"
                + prefix + "ConnectedLineName: " + connName + "\r\n" + prefix + "Language: en\r\n"
                + prefix + "AccountCode: \r\n" + prefix + "Context: from-pstn\r\n" + prefix + "Exten: " + exten + "\r\n"
                + prefix + "Priority: 1\r\n" + prefix + "Uniqueid: " + uniqueId + "\r\n"
                + prefix + "Linkedid: " + linked + "\r\n";
    }

    // ---- the rest --------------------------------------------------------------------------------

    /** One frame of noise, malformed or not; never a complete, closable call for 777. */
    public byte[] next() {
        int roll = random.nextInt(1000);
        if (roll < 400) {
            return utf8(otherCall());
        } else if (roll < 480) {
            return utf8(bridgeWithoutId());
        } else if (roll < 560) {
            return utf8(withoutLinkedid());
        } else if (roll < 660) {
            return utf8(unknownEvent());
        } else if (roll < 740) {
            return junk();
        } else if (roll < 800) {
            return utf8(answerToNothing());
        } else if (roll < 880) {
            return utf8(oddShapes());
        } else if (roll < 890) {
            return utf8("Asterisk Call Manager/1.0\r\n");
        } else if (roll < 892) {
            return utf8(overlongLine());
        } else if (roll < 895) {
            return utf8(tooManyHeaders());
        } else {
            return utf8(queueNoise());
        }
    }

    private String otherCall() {
        String ext = String.valueOf(100 + random.nextInt(600)); // never 777
        String id = nextId();
        String linked = random.nextBoolean() ? id : nextId();
        String event = pick(CALL_EVENTS);
        String name = random.nextInt(10) == 0 ? "\u202Eevil " + NAME_MARK : "Caller " + NAME_MARK + random.nextInt(1000);
        return "Event: " + event + "\r\nPrivilege: call,all\r\n"
                + channelHeaders("", pick(TECHS) + "/" + ext + "-" + Integer.toHexString(random.nextInt()),
                        random.nextInt(8), "Ring", "555" + random.nextInt(10000), name, "", "", ext, id, linked)
                + "\r\n";
    }

    private String bridgeWithoutId() {
        String ext = random.nextBoolean() ? "777" : "301";
        return "Event: " + pick(BRIDGE_EVENTS) + "\r\nPrivilege: call,all\r\nBridgeType: basic\r\n"
                + "BridgeNumChannels: " + random.nextInt(3) + "\r\nChannel: PJSIP/" + ext + "-" + nextId()
                + "\r\nUniqueid: " + nextId() + "\r\nLinkedid: " + nextId() + "\r\n\r\n";
    }

    /** The probe's killer: a dial on a Local channel of 777 with only a Uniqueid. */
    private String withoutLinkedid() {
        int n = random.nextInt(100);
        switch (random.nextInt(4)) {
            case 0:
                return "Event: DialBegin\r\nPrivilege: call,all\r\nDestChannel: Local/777@ctx-" + n + ";1\r\n"
                        + "DestUniqueid: " + nextId() + "\r\nDestExten: 777\r\n\r\n";
            case 1:
                return "Event: DialBegin\r\nChannel: Local/777@ctx-" + n + ";1\r\nUniqueid: " + nextId()
                        + "\r\nCallerIDNum: 777\r\n\r\n";
            case 2:
                return "Event: Newchannel\r\nChannel: PJSIP/777-" + nextId() + "\r\nChannelState: 5\r\nUniqueid: "
                        + nextId() + "\r\nCallerIDNum: 5550" + n + "\r\nCallerIDName: " + NAME_MARK + "\r\n\r\n";
            default:
                return "Event: AgentCalled\r\nQueue: support\r\nInterface: PJSIP/777\r\nDestChannel: PJSIP/777-"
                        + nextId() + "\r\nDestLinkedid: " + nextId() + "\r\n\r\n";
        }
    }

    private String unknownEvent() {
        StringBuilder s = new StringBuilder("Event: ").append(word(1 + random.nextInt(20))).append("\r\n");
        int headers = random.nextInt(12);
        for (int i = 0; i < headers; i++) {
            s.append(word(1 + random.nextInt(15))).append(": ").append(value()).append("\r\n");
        }
        if (random.nextInt(5) == 0) {
            s.append("Exten: 777\r\n"); // passes the operator filter, still no call
        }
        return s.append("\r\n").toString();
    }

    private byte[] junk() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = 1 + random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                byte[] b = new byte[1 + random.nextInt(80)];
                random.nextBytes(b);
                for (int j = 0; j < b.length; j++) {
                    if (b[j] == '\n') {
                        b[j] = 'n';
                    }
                }
                out.writeBytes(b);
            } else if (kind == 1) {
                out.writeBytes(new byte[] {'E', 'v', 'e', 'n', 't', ':', ' ', (byte) 0xc3, (byte) 0x28, (byte) 0xff});
            } else if (kind == 2) {
                out.writeBytes(utf8(": no name " + value()));
            } else if (kind == 3) {
                out.writeBytes(utf8("no colon at all " + word(10)));
            } else if (kind == 4) {
                out.writeBytes(utf8("Channel: PJSIP/777-" + nextId() + "\u0000\u0007\u001b[2J"));
            } else {
                out.writeBytes(utf8("\t   "));
            }
            out.writeBytes(utf8(random.nextBoolean() ? "\r\n" : "\n"));
        }
        out.writeBytes(utf8("\r\n"));
        return out.toByteArray();
    }

    private String answerToNothing() {
        String id = random.nextBoolean() ? "ActionID: " + word(8) + "\r\n" : "";
        String[] kinds = {"Success", "Error", "Follows", "Goodbye", ""};
        String extra = random.nextBoolean() ? "Response: Error\r\n" : "";
        return "Response: " + pick(kinds) + "\r\n" + id + extra + "Message: " + value() + "\r\n\r\n";
    }

    private String oddShapes() {
        switch (random.nextInt(5)) {
            case 0:
                return "Event: Newstate\r\nEvent: Hangup\r\nChannel: SIP/300-1\r\nChannel: PJSIP/777-2\r\nUniqueid: "
                        + nextId() + "\r\nUniqueid: \r\n\r\n";
            case 1:
                return "Event: \r\nChannel: PJSIP/777-" + nextId() + "\r\n\r\n";
            case 2:
                return "Event: Hangup\nChannel: IAX2/200-" + nextId() + "\nUniqueid: " + nextId() + "\nLinkedid: "
                        + nextId() + "\nCause: x\n\n";
            case 3:
                return "   Event   :   Newexten   \r\n Channel : PJSIP/777-1\r\nApplication: Dial\r\n\r\n";
            default:
                return "\r\n\r\n\r\nEvent: FullyBooted\r\nStatus: Fully Booted\r\n\r\n";
        }
    }

    private String overlongLine() {
        int length = 70_000 + random.nextInt(130_000);
        return "Event: Newchannel\r\nChannel: PJSIP/400-" + nextId() + "\r\nCallerIDName: " + "A".repeat(length)
                + "\r\nUniqueid: " + nextId() + "\r\nLinkedid: " + nextId() + "\r\n\r\n";
    }

    private String tooManyHeaders() {
        StringBuilder s = new StringBuilder("Event: VarSet\r\nChannel: PJSIP/777-").append(nextId()).append("\r\n");
        int n = 600 + random.nextInt(600);
        for (int i = 0; i < n; i++) {
            s.append("ChanVariable(v").append(i).append("): ").append(word(8)).append("\r\n");
        }
        return s.append("\r\n").toString();
    }

    private String queueNoise() {
        return "Event: QueueMemberStatus\r\nPrivilege: agent,all\r\nQueue: support\r\nMemberName: 777\r\n"
                + "Interface: PJSIP/777\r\nStateInterface: PJSIP/777\r\nStatus: " + random.nextInt(9)
                + "\r\nPaused: 0\r\nInCall: " + random.nextInt(2) + "\r\n\r\n";
    }

    private String nextId() {
        return "1800000000." + ids++;
    }

    private String word(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('A' + random.nextInt(26) + (random.nextBoolean() ? 32 : 0)));
        }
        return s.toString();
    }

    private String value() {
        switch (random.nextInt(4)) {
            case 0:
                return word(random.nextInt(30));
            case 1:
                return "\u05e9\u05dc\u05d5\u05dd \u202E" + NAME_MARK + " \u0434\u0430";
            case 2:
                return String.valueOf(random.nextLong());
            default:
                return "";
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
