package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.util.Map;
import java.util.TreeMap;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.StatusAction;

/**
 * The two AMI actions that list the PBX's live channels. {@code CoreShowChannels} needs
 * {@code write=system} or {@code reporting}; {@code Status} also takes {@code write=call}, so a
 * least-privilege login can still reconcile. Both lists reach the listener as
 * {@code CoreShowChannel} events, the one shape the tracker reads.
 */
enum ChannelListAction {

    CORE_SHOW_CHANNELS("CoreShowChannels", "CoreShowChannel", "CoreShowChannelsComplete") {
        @Override
        ManagerAction newAction() {
            return new CoreShowChannelsAction();
        }

        @Override
        PbxEvent toCoreShowChannel(PbxEvent entry) {
            return entry;
        }
    },

    STATUS("Status", "Status", "StatusComplete") {
        @Override
        ManagerAction newAction() {
            return new StatusAction(); // no Channel: every channel
        }

        @Override
        PbxEvent toCoreShowChannel(PbxEvent entry) {
            return fromStatus(entry);
        }
    };

    private final String actionName;
    private final String entryEventName;
    private final String completeEventName;

    ChannelListAction(String actionName, String entryEventName, String completeEventName) {
        this.actionName = actionName;
        this.entryEventName = entryEventName;
        this.completeEventName = completeEventName;
    }

    String actionName() {
        return actionName;
    }

    String entryEventName() {
        return entryEventName;
    }

    String completeEventName() {
        return completeEventName;
    }

    abstract ManagerAction newAction();

    /** One entry of the list as a {@code CoreShowChannel} event. */
    abstract PbxEvent toCoreShowChannel(PbxEvent entry);

    /**
     * A {@code Status} event in {@code CoreShowChannel} words: its Seconds become Duration
     * (HH:MM:SS, as Asterisk prints it there), Data becomes ApplicationData; BridgeID already reads
     * as BridgeId, since header names ignore case.
     */
    static PbxEvent fromStatus(PbxEvent status) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(status.headers());
        String seconds = h.remove("Seconds");
        if (seconds != null) {
            try {
                h.put("Duration", hhmmss(Long.parseLong(seconds.trim())));
            } catch (NumberFormatException e) {
                // no usable age: the tracker then takes the snapshot's time
            }
        }
        String data = h.remove("Data");
        if (data != null) {
            h.putIfAbsent("ApplicationData", data);
        }
        return new PbxEvent("CoreShowChannel", status.time(), h);
    }

    static String hhmmss(long seconds) {
        long s = Math.max(0, seconds);
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
