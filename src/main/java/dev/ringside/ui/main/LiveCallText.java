package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.ui.DisplayText;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.TimeText;
import java.time.Duration;
import java.time.Instant;

/** The words for one live call in the main window. */
public final class LiveCallText {

    private LiveCallText() {
    }

    public static String party(Call call) {
        return party(call, null);
    }

    /**
     * With the contact the number belongs to ("Anna Smith · ACME Ltd · mobile"), when known, in place of the
     * caller ID name. What the caller sent is cleaned (no direction overrides) and cut to a sane width.
     */
    public static String party(Call call, String contact) {
        String number = DisplayText.of(NumberText.of(call.otherPartyNumber()), DisplayText.NUMBER);
        if (number.isEmpty()) {
            number = lang("live.unknownNumber");
        }
        if (contact != null && !contact.isBlank()) {
            return DisplayText.of(contact, DisplayText.NAME * 2) + "  \u00b7  " + number;
        }
        String name = DisplayText.of(call.callerName(), DisplayText.NAME);
        boolean showName = call.direction() != Direction.OUTBOUND && !name.isBlank()
                && !name.equals(DisplayText.of(call.callerNumber(), DisplayText.NAME));
        return showName ? name + "  \u00b7  " + number : number;
    }

    public static String state(Call call, Instant now) {
        if (call.status() == CallStatus.ANSWERED && call.answeredAt() != null) {
            return lang("live.talking", TimeText.duration(Duration.between(call.answeredAt(), now)));
        }
        String ringing = TimeText.duration(Duration.between(call.startedAt(), now));
        return call.status() == CallStatus.DIALING ? lang("live.dialling", ringing) : lang("live.ringing", ringing);
    }

    public static String line(Call call) {
        boolean queued = call.queue() != null && !call.queue().isBlank();
        if (call.operatorNumber() == null) {
            return queued ? lang("live.queue", call.queue()) : "";
        }
        return queued ? lang("live.queueOn", call.queue(), call.operatorNumber()) : lang("live.on", call.operatorNumber());
    }
}
