package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Gathers one list the PBX answers an action with, on the reader thread, straight from the raw
 * frames, and hands the entries over when the list's end event arrives, so they reach the listener
 * in wire order among the other events. A list longer than its shape allows is refused whole.
 */
final class EventListCollector implements FrameRouter.ListCollector {

    /**
     * What one list looks like on the wire.
     *
     * @param actionName    the action that asked for it, for error messages
     * @param isEntry       which event names are its entries
     * @param completeEvent the event that ends it
     * @param maxEntries    how many entries are kept at most
     * @param entryWord     what an entry is called in the refusal ("channels", "entries")
     */
    record Shape(String actionName, Predicate<String> isEntry, String completeEvent, int maxEntries,
                 String entryWord) {

        static Shape of(EventList list) {
            return new Shape(list.actionName(), list::isEntry, list.completeEvent(), EventList.MAX_ENTRIES, "entries");
        }
    }

    /** Reads one entry into what the list keeps; null for an unusable entry, which is then skipped. */
    interface EntryReader {
        PbxEvent read(RawFrame frame, Instant received);
    }

    private final Shape shape;
    private final EntryReader reader;
    private final Consumer<List<PbxEvent>> onComplete;
    private final Consumer<AmiError> onTooLong;
    private final List<PbxEvent> entries = new ArrayList<>();
    private boolean done;

    EventListCollector(EventList list, Consumer<List<PbxEvent>> onComplete, Consumer<AmiError> onTooLong) {
        this(Shape.of(list), RawFrame::toPbxEvent, onComplete, onTooLong);
    }

    EventListCollector(Shape shape, EntryReader reader, Consumer<List<PbxEvent>> onComplete,
                       Consumer<AmiError> onTooLong) {
        this.shape = shape;
        this.reader = reader;
        this.onComplete = onComplete;
        this.onTooLong = onTooLong;
    }

    @Override
    public boolean onFrame(RawFrame frame, Instant received) {
        if (done) {
            return true;
        }
        String name = frame.eventName();
        if (name.equalsIgnoreCase(shape.completeEvent())) {
            done = true;
            onComplete.accept(List.copyOf(entries));
            return true;
        }
        if (!shape.isEntry().test(name)) {
            return false;
        }
        PbxEvent entry = reader.read(frame, received);
        if (entry == null) {
            return false;
        }
        if (entries.size() >= shape.maxEntries()) {
            done = true;
            entries.clear();
            onTooLong.accept(new AmiError(AmiError.Kind.ACTION_FAILED, "The PBX listed more than "
                    + shape.maxEntries() + " " + shape.entryWord() + "; the list was not used", shape.actionName()));
            return true;
        }
        entries.add(entry);
        return false;
    }
}
