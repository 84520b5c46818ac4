package dev.ringside.pbxsim;

import java.util.Collection;
import java.util.List;

/**
 * The two actions that list live channels, {@code CoreShowChannels} and {@code Status}, written the
 * way Asterisk 22's manager.c writes them (action_coreshowchannels, action_status).
 *
 * <p>Asterisk writes a session's queued events only between its actions, so no call event may land
 * inside a list: each list is built and queued while holding the PBX's lock, the one
 * {@link SimPbx#emit} takes for every event.
 */
final class ChannelLists {

    private ChannelLists() {
    }

    static void coreShowChannels(SimPbx pbx, AmiSession s, String id) {
        synchronized (pbx) {
            s.reply(AmiMessage.response("Success", id).add("EventList", "start").add("Message", "Channels will follow"));
            int n = 0;
            for (SimChannel ch : pbx.liveChannels()) {
                AmiMessage m = new AmiMessage().add("Event", "CoreShowChannel");
                withActionId(m, id);
                s.reply(m.addAll(ch.snapshot("")).add("Application", ch.application)
                        .add("ApplicationData", ch.applicationData).add("Duration", ch.durationText())
                        .add("BridgeId", ch.bridgeId));
                n++;
            }
            s.reply(listComplete("CoreShowChannelsComplete", id, n));
        }
    }

    /**
     * Every channel, or only {@code channelName}: one {@code Status} event each, then
     * {@code StatusComplete}. An unknown channel is an error before the list starts, as in Asterisk.
     */
    static void status(SimPbx pbx, AmiSession s, String channelName, String id) {
        synchronized (pbx) {
            Collection<SimChannel> channels;
            if (channelName == null) {
                channels = pbx.liveChannels();
            } else {
                SimChannel ch = pbx.channel(channelName);
                if (ch == null) {
                    s.reply(ActionDispatcher.error(id, "No such channel"));
                    return;
                }
                channels = List.of(ch);
            }
            s.reply(AmiMessage.response("Success", id).add("EventList", "start")
                    .add("Message", "Channel status will follow"));
            int n = 0;
            for (SimChannel ch : channels) {
                s.reply(statusEvent(ch, id));
                n++;
            }
            s.reply(listComplete("StatusComplete", id, n).add("Items", String.valueOf(n)));
        }
    }

    /** generate_status(): the channel snapshot block, the channel's own fields, ActionID last. */
    private static AmiMessage statusEvent(SimChannel ch, String id) {
        AmiMessage m = AmiMessage.event("Status", "Call").addAll(ch.snapshot(""))
                .add("Type", ch.name.substring(0, Math.max(0, ch.name.indexOf('/'))))
                .add("DNID", "")
                .add("EffectiveConnectedLineNum", ch.connectedLineNum)
                .add("EffectiveConnectedLineName", ch.connectedLineName)
                .add("TimeToHangup", "0")
                .add("BridgeID", ch.bridgeId)
                .add("Application", ch.application)
                .add("Data", ch.applicationData)
                .add("Nativeformats", "(ulaw)")
                .add("Readformat", "ulaw")
                .add("Readtrans", "")
                .add("Writeformat", "ulaw")
                .add("Writetrans", "")
                .add("Callgroup", "0")
                .add("Pickupgroup", "0")
                .add("Seconds", String.valueOf(ch.ageSeconds()));
        return withActionId(m, id);
    }

    /** astman_send_list_complete_start(): the event, ActionID, EventList and ListItems. */
    static AmiMessage listComplete(String event, String id, int items) {
        AmiMessage done = withActionId(new AmiMessage().add("Event", event), id);
        return done.add("EventList", "Complete").add("ListItems", String.valueOf(items));
    }

    static AmiMessage withActionId(AmiMessage m, String id) {
        return id == null || id.isEmpty() ? m : m.add("ActionID", id);
    }
}
