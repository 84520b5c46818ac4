package dev.ringside.ui.fake;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.ui.port.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plausible history rows, for screenshots and the 100,000-row check. */
public final class SampleHistory {

    private static final String[][] PEOPLE = {
        {"+15551234567", "Anna Smith"}, {"+442079460958", "Oliver Brown"}, {"+4930123456789", "Jonas Weber"},
        {"+15557654321", "Maria Garcia"}, {"204", "Front desk"}, {"+33142685300", "Claire Martin"},
        {"+15550001111", null}, {"+79123456789", "Ivan Petrov"}, {"+61291234567", "Chloe Wilson"},
    };
    private static final String[] NOTES = {null, null, "Wants a quote for 20 seats", null, "Call back after 3 pm",
        null, "Invoice question", null, null, "Asked for the manager"};

    private SampleHistory() {
    }

    public static List<HistoryEntry> generate(int count, Instant newest, List<String> numbers, long seed) {
        Random random = new Random(seed);
        List<HistoryEntry> out = new ArrayList<>(count);
        Instant t = newest;
        for (int i = 0; i < count; i++) {
            t = t.minusSeconds(300 + random.nextInt(3600));
            String[] who = PEOPLE[random.nextInt(PEOPLE.length)];
            int roll = random.nextInt(10);
            CallStatus status = roll < 6 ? CallStatus.COMPLETED : roll < 8 ? CallStatus.MISSED
                    : roll < 9 ? CallStatus.REJECTED : CallStatus.UNANSWERED;
            Direction direction = status == CallStatus.UNANSWERED ? Direction.OUTBOUND : Direction.INBOUND;
            String mine = numbers.get(random.nextInt(numbers.size()));
            Call.Builder b = Call.builder("1700000000." + i, direction, t);
            b.status = status;
            b.operatorNumber = mine;
            if (direction == Direction.OUTBOUND) {
                b.callerNumber = mine;
                b.receiverNumber = who[0];
            } else {
                b.callerNumber = who[0];
                b.callerName = who[1];
                b.receiverNumber = mine;
            }
            if (random.nextInt(5) == 0 && direction == Direction.INBOUND) {
                b.queue = "support";
            }
            int ring = 3 + random.nextInt(25);
            if (status == CallStatus.COMPLETED) {
                b.answeredAt = t.plusSeconds(ring);
                b.endedAt = b.answeredAt.plusSeconds(20 + random.nextInt(900));
                b.answeredBy = mine;
            } else {
                b.endedAt = t.plusSeconds(ring);
            }
            b.notes = NOTES[random.nextInt(NOTES.length)];
            out.add(new HistoryEntry(b.build(), status == CallStatus.MISSED && random.nextBoolean()));
        }
        return out;
    }
}
