package dev.ringside.ui.main;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.ui.PhoneNumbers;
import dev.ringside.ui.TimeText;
import java.time.Duration;
import java.time.Instant;

/** The words for one live call in the main window. */
public final class LiveCallText {

    private LiveCallText() {
    }

    public static String party(Call call) {
        String number = PhoneNumbers.format(call.otherPartyNumber());
        if (number.isEmpty()) {
            number = "Unknown number";
        }
        String name = call.callerName();
        boolean showName = call.direction() != Direction.OUTBOUND && name != null && !name.isBlank()
                && !name.equals(call.callerNumber());
        return showName ? name + "  \u00b7  " + number : number;
    }

    public static String state(Call call, Instant now) {
        if (call.status() == CallStatus.ANSWERED && call.answeredAt() != null) {
            return "Talking " + TimeText.duration(Duration.between(call.answeredAt(), now));
        }
        String word = call.status() == CallStatus.DIALING ? "Dialling " : "Ringing ";
        return word + TimeText.duration(Duration.between(call.startedAt(), now));
    }

    public static String line(Call call) {
        String to = call.operatorNumber() == null ? "" : "on " + call.operatorNumber();
        if (call.queue() != null && !call.queue().isBlank()) {
            to = "queue " + call.queue() + (to.isEmpty() ? "" : ", " + to);
        }
        return to;
    }
}
