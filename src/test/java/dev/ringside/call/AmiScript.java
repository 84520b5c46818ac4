package dev.ringside.call;

import dev.ringside.ami.AmiCaptureReader;
import java.util.List;

/**
 * Writes AMI event text the way Asterisk does (CRLF, blank line after each event, a
 * {@code Timestamp:} header for time) so hand-written cases go through asterisk-java's real event
 * builder like a live stream.
 */
final class AmiScript {

    private final StringBuilder text = new StringBuilder("Asterisk Call Manager/11.0.0\r\n");
    private double clock = 1_800_000_000.0;

    /** Moves the script's clock forward. */
    AmiScript after(double seconds) {
        clock += seconds;
        return this;
    }

    AmiScript event(String name, String... headerPairs) {
        text.append("Event: ").append(name).append("\r\n");
        text.append("Privilege: call,all\r\n");
        text.append(String.format(java.util.Locale.ROOT, "Timestamp: %.6f\r\n", clock));
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            text.append(headerPairs[i]).append(": ").append(headerPairs[i + 1]).append("\r\n");
        }
        text.append("\r\n");
        return this;
    }

    /** The standard channel headers for one channel. */
    static String[] channel(String channel, String uniqueId, String linkedId, int state, String cidNum, String cidName,
                            String connectedNum, String connectedName, String exten) {
        return new String[] {
            "Channel", channel, "ChannelState", String.valueOf(state), "ChannelStateDesc", stateDesc(state),
            "CallerIDNum", cidNum, "CallerIDName", cidName, "ConnectedLineNum", connectedNum,
            "ConnectedLineName", connectedName, "Language", "en", "AccountCode", "", "Context", "from-internal",
            "Exten", exten, "Priority", "1", "Uniqueid", uniqueId, "Linkedid", linkedId};
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** DialBegin/DialEnd/AgentCalled style: caller channel headers plus Dest* headers of the dialled leg. */
    static String[] dial(String[] caller, String destChannel, String destUniqueId, String destLinkedId, int destState,
                         String destCidNum, String destExten) {
        return concat(caller, "DestChannel", destChannel, "DestChannelState", String.valueOf(destState),
                "DestChannelStateDesc", stateDesc(destState), "DestCallerIDNum", destCidNum, "DestCallerIDName", "<unknown>",
                "DestConnectedLineNum", "<unknown>", "DestConnectedLineName", "<unknown>", "DestLanguage", "en",
                "DestAccountCode", "", "DestContext", "from-internal", "DestExten", destExten, "DestPriority", "1",
                "DestUniqueid", destUniqueId, "DestLinkedid", destLinkedId);
    }

    static String stateDesc(int state) {
        return switch (state) {
            case 0 -> "Down";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            case 7 -> "Busy";
            default -> "Unknown";
        };
    }

    List<PbxEvent> events() {
        try {
            return AmiCaptureReader.parse(text.toString(), null, "script");
        } catch (AmiCaptureReader.NotACaptureException e) {
            throw new AssertionError(e);
        }
    }

    String text() {
        return text.toString();
    }
}
