package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * The collector of one channel list ({@code CoreShowChannel} or {@code Status} events carrying our
 * ActionID): entries without the channel, its Uniqueid and Linkedid are counted as bad and skipped,
 * the rest read as {@code CoreShowChannel}, and at most {@link #MAX_CHANNELS} are kept.
 */
final class ChannelListCollector {

    static final int MAX_CHANNELS = 20_000;

    private ChannelListCollector() {
    }

    static EventListCollector create(ChannelListAction list, InputTrouble trouble, Consumer<List<PbxEvent>> onComplete,
                                     Consumer<AmiError> onTooLong) {
        EventListCollector.Shape shape = new EventListCollector.Shape(list.actionName(),
                name -> name.equalsIgnoreCase(list.entryEventName()), list.completeEventName(), MAX_CHANNELS,
                "channels");
        return new EventListCollector(shape, (frame, received) -> {
            if (!(frame.has("Channel") && frame.has("Uniqueid") && frame.has("Linkedid"))) {
                trouble.count(InputTrouble.Kind.BAD_LIST_ITEM);
                return null;
            }
            return list.toCoreShowChannel(frame.toPbxEvent(received));
        }, onComplete, error -> {
            trouble.count(InputTrouble.Kind.OVERSIZED_LIST);
            onTooLong.accept(error);
        });
    }
}
