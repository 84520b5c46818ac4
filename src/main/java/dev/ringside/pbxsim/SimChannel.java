package dev.ringside.pbxsim;

import java.time.Duration;
import java.time.Instant;

/** The live state of one simulated channel, enough to print Asterisk's channel snapshot headers. */
public final class SimChannel {

    public static final int DOWN = 0;
    public static final int RING = 4;
    public static final int RINGING = 5;
    public static final int UP = 6;

    final String name;
    final String uniqueid;
    /** Changes when a bridge gives the channel an older call's Linkedid (after a pickup). */
    volatile String linkedid;
    final Instant created = Instant.now();
    final CallRun owner;
    volatile int state;
    volatile String callerIdNum = "<unknown>";
    volatile String callerIdName = "<unknown>";
    volatile String connectedLineNum = "<unknown>";
    volatile String connectedLineName = "<unknown>";
    volatile String context = "default";
    volatile String exten = "s";
    volatile int priority = 1;
    volatile String application = "";
    volatile String applicationData = "";
    volatile String bridgeId = "";

    SimChannel(String name, String uniqueid, String linkedid, CallRun owner) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid;
        this.owner = owner;
    }

    public String name() {
        return name;
    }

    public String uniqueid() {
        return uniqueid;
    }

    public String linkedid() {
        return linkedid;
    }

    public int state() {
        return state;
    }

    /** The endpoint the channel belongs to: {@code PJSIP/777-0000002a} -> 777, {@code Local/777@agents-1;2} -> 777. */
    String endpoint() {
        String afterTech = name.substring(name.indexOf('/') + 1);
        int at = afterTech.indexOf('@');
        if (at >= 0) {
            return afterTech.substring(0, at);
        }
        int dash = afterTech.lastIndexOf('-');
        return dash < 0 ? afterTech : afterTech.substring(0, dash);
    }

    static String stateDesc(int state) {
        switch (state) {
            case DOWN: return "Down";
            case 1: return "Rsrvd";
            case 2: return "OffHook";
            case 3: return "Dialing";
            case RING: return "Ring";
            case RINGING: return "Ringing";
            case UP: return "Up";
            case 7: return "Busy";
            default: return "Unknown";
        }
    }

    /** Asterisk's channel snapshot block (ast_manager_build_channel_state_string_prefix). */
    AmiMessage snapshot(String prefix) {
        return new AmiMessage()
                .add(prefix + "Channel", name)
                .add(prefix + "ChannelState", String.valueOf(state))
                .add(prefix + "ChannelStateDesc", stateDesc(state))
                .add(prefix + "CallerIDNum", callerIdNum)
                .add(prefix + "CallerIDName", callerIdName)
                .add(prefix + "ConnectedLineNum", connectedLineNum)
                .add(prefix + "ConnectedLineName", connectedLineName)
                .add(prefix + "Language", "en")
                .add(prefix + "AccountCode", "")
                .add(prefix + "Context", context)
                .add(prefix + "Exten", exten)
                .add(prefix + "Priority", String.valueOf(priority))
                .add(prefix + "Uniqueid", uniqueid)
                .add(prefix + "Linkedid", linkedid);
    }

    /** Whole seconds since the channel was created (Status's Seconds). */
    long ageSeconds() {
        return Duration.between(created, Instant.now()).getSeconds();
    }

    /** The same age as CoreShowChannels' Duration, HH:MM:SS. */
    String durationText() {
        long s = ageSeconds();
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    @Override
    public String toString() {
        return name + " (" + stateDesc(state) + ", Linkedid " + linkedid + ")";
    }
}
