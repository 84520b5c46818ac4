package dev.ringside.desk;

import dev.ringside.call.PbxEvent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The presence of the colleagues the operator watches, by extension: from the hints
 * ({@code ExtensionStateList}, {@code ExtensionState}, then each {@code ExtensionStatus}) and, for a
 * colleague without a hint, from {@code DeviceStateChange} of {@code TECH/ext}. Events for other
 * extensions are ignored. Not thread-safe.
 */
public final class PresenceBoard {

    private final Map<String, Presence> states = new LinkedHashMap<>();
    private final Map<String, Boolean> fromHint = new LinkedHashMap<>();

    public PresenceBoard(Collection<String> extensions) {
        for (String ext : extensions) {
            states.put(ext, Presence.UNKNOWN);
        }
    }

    public boolean watches(String extension) {
        return states.containsKey(extension);
    }

    /** ExtensionStatus entries of an ExtensionStateList (or one ExtensionState answer as such an event). */
    public boolean applyList(List<PbxEvent> entries) {
        boolean changed = false;
        for (PbxEvent e : entries) {
            changed |= onEvent(e);
        }
        return changed;
    }

    /** True when a watched colleague's presence changed. */
    public boolean onEvent(PbxEvent e) {
        if (e.is("ExtensionStatus")) {
            String ext = e.get("Exten");
            if (!states.containsKey(ext) || e.get("Status").isEmpty()) {
                return false;
            }
            fromHint.put(ext, true);
            return set(ext, Presence.fromExtensionState(e.getInt("Status")));
        }
        if (e.is("DeviceStateChange")) {
            String device = e.get("Device");
            int slash = device.indexOf('/');
            String ext = slash < 0 ? "" : device.substring(slash + 1);
            if (!states.containsKey(ext) || fromHint.getOrDefault(ext, false)) {
                return false;
            }
            return set(ext, Presence.fromDeviceState(e.get("State")));
        }
        return false;
    }

    private boolean set(String ext, Presence presence) {
        return states.put(ext, presence) != presence;
    }

    public Presence presence(String extension) {
        return states.getOrDefault(extension, Presence.UNKNOWN);
    }

    /** Every watched extension and its presence, in the order given. */
    public Map<String, Presence> all() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }
}
