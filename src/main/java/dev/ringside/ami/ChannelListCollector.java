package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers the entries of one channel list ({@code CoreShowChannel} or {@code Status} events
 * carrying our ActionID) on the reader thread, straight from the raw frames, and hands the whole
 * list over when its {@code ...Complete} event arrives, so that it reaches the listener in wire
 * order among the other events. At most {@link #MAX_CHANNELS} entries are kept.
 */
final class ChannelListCollector implements FrameRouter.ListCollector {

    static final int MAX_CHANNELS = 20_000;

    private final ChannelListAction list;
    private final InputTrouble trouble;
    private final Consumer<List<PbxEvent>> onComplete;
    private final Consumer<AmiError> onTooLong;
    private final List<PbxEvent> channels = new ArrayList<>();
    private boolean done;

    ChannelListCollector(ChannelListAction list, InputTrouble trouble, Consumer<List<PbxEvent>> onComplete,
                         Consumer<AmiError> onTooLong) {
        this.list = list;
        this.trouble = trouble;
        this.onComplete = onComplete;
        this.onTooLong = onTooLong;
    }

    @Override
    public boolean onFrame(RawFrame frame, Instant received) {
        if (done) {
            return true;
        }
        String name = frame.eventName();
        if (name.equalsIgnoreCase(list.completeEventName())) {
            done = true;
            onComplete.accept(List.copyOf(channels));
            return true;
        }
        if (!name.equalsIgnoreCase(list.entryEventName())) {
            return false;
        }
        if (!(frame.has("Channel") && frame.has("Uniqueid") && frame.has("Linkedid"))) {
            trouble.count(InputTrouble.Kind.BAD_LIST_ITEM);
            return false;
        }
        if (channels.size() >= MAX_CHANNELS) {
            done = true;
            channels.clear();
            trouble.count(InputTrouble.Kind.OVERSIZED_LIST);
            onTooLong.accept(new AmiError(AmiError.Kind.ACTION_FAILED, "The PBX listed more than " + MAX_CHANNELS
                    + " channels; the list was not used", list.actionName()));
            return true;
        }
        channels.add(list.toCoreShowChannel(frame.toPbxEvent(received)));
        return false;
    }
}
