package dev.ringside.pbxsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dialplan hints of the simulated PBX ({@code exten => 777,hint,PJSIP/777} in
 * {@code ext-local}) and each one's last extension state, as ExtensionStateList and ExtensionState
 * report them. It learns from the {@code ExtensionStatus} events the calls raise; an extension a
 * call rang gets a hint then. Used under the PBX's lock.
 */
final class HintBook {

    static final String CONTEXT = "ext-local";

    /** ast_extension_state values. */
    static final int IDLE = 0;
    static final int INUSE = 1;
    static final int UNAVAILABLE = 4;
    static final int RINGING = 8;

    static final class Hint {
        final String exten;
        final String context;
        final String device;
        int status = IDLE;

        Hint(String exten, String context, String device) {
            this.exten = exten;
            this.context = context;
            this.device = device;
        }
    }

    private final Map<String, Hint> hints = new LinkedHashMap<>();

    void add(String exten, String device) {
        hints.putIfAbsent(exten, new Hint(exten, CONTEXT, device));
    }

    Hint get(String exten, String context) {
        Hint h = hints.get(exten);
        return h != null && (context == null || h.context.equals(context)) ? h : null;
    }

    List<Hint> all() {
        return new ArrayList<>(hints.values());
    }

    void observe(AmiMessage event) {
        if (!"ExtensionStatus".equals(event.get("Event")) || event.get("Exten") == null) {
            return;
        }
        Hint h = hints.computeIfAbsent(event.get("Exten"),
                e -> new Hint(e, String.valueOf(event.get("Context")), String.valueOf(event.get("Hint"))));
        try {
            h.status = Integer.parseInt(event.get("Status"));
        } catch (NumberFormatException e) {
            // keep the last known state
        }
    }

    /** ast_extension_state2str(). */
    static String text(int status) {
        switch (status) {
            case IDLE: return "Idle";
            case INUSE: return "InUse";
            case 2: return "Busy";
            case UNAVAILABLE: return "Unavailable";
            case RINGING: return "Ringing";
            case 9: return "InUse&Ringing";
            case 16: return "Hold";
            case 17: return "InUse&Hold";
            default: return "Unknown";
        }
    }

    /** The ExtensionStatus block, as the live event and the list entries write it. */
    static AmiMessage status(AmiMessage head, Hint h) {
        return status(head, h.exten, h.context, h.device, h.status);
    }

    static AmiMessage status(AmiMessage head, String exten, String context, String device, int status) {
        return head.add("Exten", exten).add("Context", context).add("Hint", device)
                .add("Status", String.valueOf(status)).add("StatusText", text(status));
    }
}
