package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers one {@link EventList} on the reader thread, straight from the raw frames, and hands the
 * entries over when the list's end arrives, so they reach the listener in wire order among the
 * other events. A list longer than {@link EventList#MAX_ENTRIES} is refused whole.
 */
final class EventListCollector implements FrameRouter.ListCollector {

    private final EventList list;
    private final Consumer<List<PbxEvent>> onComplete;
    private final Consumer<AmiError> onTooLong;
    private final List<PbxEvent> entries = new ArrayList<>();
    private boolean done;

    EventListCollector(EventList list, Consumer<List<PbxEvent>> onComplete, Consumer<AmiError> onTooLong) {
        this.list = list;
        this.onComplete = onComplete;
        this.onTooLong = onTooLong;
    }

    @Override
    public boolean onFrame(RawFrame frame, Instant received) {
        if (done) {
            return true;
        }
        String name = frame.eventName();
        if (name.equalsIgnoreCase(list.completeEvent())) {
            done = true;
            onComplete.accept(List.copyOf(entries));
            return true;
        }
        if (!list.isEntry(name)) {
            return false;
        }
        if (entries.size() >= EventList.MAX_ENTRIES) {
            done = true;
            entries.clear();
            onTooLong.accept(new AmiError(AmiError.Kind.ACTION_FAILED, "The PBX listed more than "
                    + EventList.MAX_ENTRIES + " entries; the list was not used", list.actionName()));
            return true;
        }
        entries.add(frame.toPbxEvent(received));
        return false;
    }
}
