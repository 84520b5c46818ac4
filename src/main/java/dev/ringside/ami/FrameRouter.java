package dev.ringside.ami;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sorts each message off the wire before anything is built from it, on asterisk-java's reader
 * thread (which reads its lines through here):
 * <ul>
 * <li>a response to an action we sent goes on to asterisk-java, which matches it to the action,
 *     cleaned so that its builder cannot trip (one header per name, no Event);</li>
 * <li>an entry of a channel list we asked for goes to that list's {@link ChannelListCollector};</li>
 * <li>any other event goes to the {@link EventSink}, which filters it on its raw headers;</li>
 * <li>anything else is skipped and counted.</li>
 * </ul>
 * asterisk-java never sees an event, so none of its event-building faults (a null BridgeUniqueid,
 * a header it has no setter for) can reach the link, and no event is read twice.
 */
final class FrameRouter {

    static final int MAX_PENDING_ACTIONS = 256;
    static final int MAX_PENDING_LISTS = 16;

    /** Gathers the events of one list we asked for (they carry its ActionID); on the reader thread. */
    interface ListCollector {
        /** One event with the list's ActionID; true once the list is over (complete or refused). */
        boolean onFrame(RawFrame frame, Instant received);
    }

    /** Where the events go; called on the reader thread, must only hand over. */
    interface EventSink {
        void onEvent(RawFrame frame, Instant received);
    }

    private final InputTrouble trouble;
    private final EventSink events;
    /** ActionIDs as asterisk-java wrote them ("12345_7#" or "12345_7#ours"), oldest first. */
    private final Set<String> pendingActions = new LinkedHashSet<>();
    private final Map<String, ListCollector> lists = new ConcurrentHashMap<>();
    private final ArrayDeque<String> toLibrary = new ArrayDeque<>();

    FrameRouter(InputTrouble trouble, EventSink events) {
        this.trouble = trouble;
        this.events = events;
    }

    // ---- writer side (any thread, under asterisk-java's writer lock) ----------------------------

    /** Notes the ActionID of an action about to be written, so that its response is let through. */
    void sending(String actionText) {
        int from = 0;
        while (from < actionText.length()) {
            int end = actionText.indexOf('\n', from);
            if (end < 0) {
                end = actionText.length();
            }
            String line = actionText.substring(from, end).trim();
            if (line.regionMatches(true, 0, "actionid:", 0, 9)) {
                expectResponse(line.substring(9).trim());
                return;
            }
            from = end + 1;
        }
    }

    private void expectResponse(String actionId) {
        synchronized (pendingActions) {
            pendingActions.add(actionId);
            if (pendingActions.size() > MAX_PENDING_ACTIONS) {
                Iterator<String> oldest = pendingActions.iterator();
                oldest.next();
                oldest.remove(); // its action has long timed out
            }
        }
    }

    private boolean takeExpected(String actionId) {
        synchronized (pendingActions) {
            return pendingActions.remove(actionId);
        }
    }

    // ---- channel lists ---------------------------------------------------------------------------

    /** Routes the events carrying our ActionID {@code listId} to {@code collector}; false when too many lists are open. */
    boolean expectList(String listId, ListCollector collector) {
        if (lists.size() >= MAX_PENDING_LISTS) {
            return false;
        }
        lists.put(listId, collector);
        return true;
    }

    void forgetList(String listId) {
        lists.remove(listId);
    }

    // ---- reader side (asterisk-java's reader thread) ---------------------------------------------

    /** The next line asterisk-java should read, or null at the end of the stream. */
    String nextLine(FrameReader reader) throws IOException {
        while (toLibrary.isEmpty()) {
            RawFrame frame = reader.next();
            if (frame == null) {
                return null;
            }
            route(frame, Instant.now());
        }
        return toLibrary.poll();
    }

    private void route(RawFrame frame, Instant received) {
        if (frame.has("Response")) { // Asterisk's events never carry one
            if (takeExpected(frame.get("ActionID"))) {
                passOn(frame);
            } else {
                trouble.count(InputTrouble.Kind.UNEXPECTED_RESPONSE);
            }
        } else if (frame.has("Event")) {
            String actionId = frame.get("ActionID");
            if (!actionId.isEmpty() && toList(actionId, frame, received)) {
                return;
            }
            events.onEvent(frame, received);
        } else {
            trouble.count(InputTrouble.Kind.NAMELESS_FRAME);
        }
    }

    private boolean toList(String actionId, RawFrame frame, Instant received) {
        String ours = actionId.substring(actionId.indexOf('#') + 1);
        ListCollector collector = lists.get(ours);
        if (collector == null) {
            return false;
        }
        if (collector.onFrame(frame, received)) {
            lists.remove(ours);
        }
        return true;
    }

    /** A response for asterisk-java: each header once (its builder casts repeated ones and fails), no Event. */
    private void passOn(RawFrame frame) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < frame.size(); i++) {
            String name = frame.name(i);
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("event") || !seen.add(key)) {
                continue;
            }
            toLibrary.add(name + ": " + frame.value(i));
        }
        toLibrary.add("");
    }
}
