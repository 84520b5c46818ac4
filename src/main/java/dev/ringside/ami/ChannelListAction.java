package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.util.HashMap;
import java.util.Map;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.event.StatusEvent;

/**
 * The two AMI actions that list the PBX's live channels. {@code CoreShowChannels} needs
 * {@code write=system} or {@code reporting}; {@code Status} also takes {@code write=call}, so a
 * least-privilege login can still reconcile. Both lists reach the listener as
 * {@code CoreShowChannel} events, the one shape the tracker reads.
 */
enum ChannelListAction {

    CORE_SHOW_CHANNELS("CoreShowChannels") {
        @Override
        EventGeneratingAction newAction() {
            return new CoreShowChannelsAction();
        }

        @Override
        PbxEvent toCoreShowChannel(ResponseEvent event) {
            return event instanceof CoreShowChannelEvent ? ManagerEventConverter.toAmiEvent(event) : null;
        }
    },

    STATUS("Status") {
        @Override
        EventGeneratingAction newAction() {
            return new StatusAction(); // no Channel: every channel
        }

        @Override
        PbxEvent toCoreShowChannel(ResponseEvent event) {
            return event instanceof StatusEvent ? fromStatus((StatusEvent) event) : null;
        }
    };

    private final String actionName;

    ChannelListAction(String actionName) {
        this.actionName = actionName;
    }

    String actionName() {
        return actionName;
    }

    abstract EventGeneratingAction newAction();

    /** One channel of the list as a {@code CoreShowChannel} event, or null for the list's other events. */
    abstract PbxEvent toCoreShowChannel(ResponseEvent event);

    /**
     * A {@code Status} event in {@code CoreShowChannel} words: its Seconds become Duration
     * (HH:MM:SS, as Asterisk prints it there), BridgeID becomes BridgeId, Data ApplicationData.
     */
    static PbxEvent fromStatus(StatusEvent e) {
        Map<String, String> h = new HashMap<>();
        put(h, "Channel", e.getChannel());
        put(h, "Uniqueid", e.getUniqueId());
        put(h, "Linkedid", e.getLinkedId());
        put(h, "ChannelState", e.getChannelState());
        put(h, "ChannelStateDesc", e.getChannelStateDesc());
        put(h, "CallerIDNum", e.getCallerIdNum());
        put(h, "CallerIDName", e.getCallerIdName());
        put(h, "ConnectedLineNum", e.getConnectedLineNum());
        put(h, "ConnectedLineName", e.getConnectedLineName());
        put(h, "Context", e.getContext());
        put(h, "Exten", e.getExten());
        put(h, "Application", e.getApplication());
        put(h, "ApplicationData", e.getData());
        if (e.getSeconds() != null) {
            put(h, "Duration", hhmmss(e.getSeconds()));
        }
        put(h, "BridgeId", e.getBridgeId());
        return new PbxEvent("CoreShowChannel", ManagerEventConverter.timeOf(e), h);
    }

    static String hhmmss(long seconds) {
        long s = Math.max(0, seconds);
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static void put(Map<String, String> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
    }
}
