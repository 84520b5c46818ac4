package dev.ringside.ami;

import java.util.List;
import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.QueueSummaryAction;

/**
 * The list actions of the operator's desk: the action, the events that are its entries and the
 * event that ends it. Their entries are answers to us, so neither the PBX's filters nor ours touch
 * them.
 */
enum EventList {

    /** app_queue: QueueParams, QueueMember (Location), QueueEntry per queue; any logged-in user. */
    QUEUE_STATUS("QueueStatus", List.of("QueueParams", "QueueMember", "QueueEntry"), "QueueStatusComplete") {
        @Override
        ManagerAction newAction(String filter) {
            QueueStatusAction a = new QueueStatusAction();
            if (filter != null && !filter.isBlank()) {
                a.setQueue(filter);
            }
            return a;
        }
    },

    /** app_queue: one QueueSummary per queue (LoggedIn, Available, Callers, LongestHoldTime); any user. */
    QUEUE_SUMMARY("QueueSummary", List.of("QueueSummary"), "QueueSummaryComplete") {
        @Override
        ManagerAction newAction(String filter) {
            QueueSummaryAction a = new QueueSummaryAction();
            if (filter != null && !filter.isBlank()) {
                a.setQueue(filter);
            }
            return a;
        }
    },

    /** pbx.c: one ExtensionStatus per hint; write=call or reporting. */
    EXTENSION_STATES("ExtensionStateList", List.of("ExtensionStatus"), "ExtensionStateListComplete") {
        @Override
        ManagerAction newAction(String filter) {
            return new PlainAction("ExtensionStateList");
        }
    };

    /** At most this many entries are kept; a longer list is refused whole. */
    static final int MAX_ENTRIES = 20_000;

    private final String actionName;
    private final List<String> entryEvents;
    private final String completeEvent;

    EventList(String actionName, List<String> entryEvents, String completeEvent) {
        this.actionName = actionName;
        this.entryEvents = entryEvents;
        this.completeEvent = completeEvent;
    }

    String actionName() {
        return actionName;
    }

    boolean isEntry(String eventName) {
        return entryEvents.stream().anyMatch(e -> e.equalsIgnoreCase(eventName));
    }

    String completeEvent() {
        return completeEvent;
    }

    /** The action, narrowed to one queue where it can be ({@code filter} null or blank: all). */
    abstract ManagerAction newAction(String filter);

    /** An action with no headers but its name. */
    static final class PlainAction extends AbstractManagerAction {
        private static final long serialVersionUID = 1L;
        private final String name;

        PlainAction(String name) {
            this.name = name;
        }

        @Override
        public String getAction() {
            return name;
        }
    }
}
