package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.testing.LogCapture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Malformed input is said at once, then summed up at most once a minute, in counts only. */
class InputTroubleTest {

    @Test
    void firstAtOnceThenOneSummaryAMinute() {
        AtomicLong now = new AtomicLong();
        InputTrouble trouble = new InputTrouble(now::get);
        try (LogCapture log = LogCapture.open()) {
            for (int i = 0; i < 100_000; i++) {
                trouble.count(i % 2 == 0 ? InputTrouble.Kind.MISSING_IDS : InputTrouble.Kind.BRIDGE_WITHOUT_ID);
                now.addAndGet(1_000_000); // 1 ms apart: 100 s in all
            }
            trouble.flush();
            assertEquals(3, log.from("dev.ringside.ami.InputTrouble").size(), log.lines().toString());
            assertTrue(log.lines().get(0).text().contains("1 call event(s) without Uniqueid or Linkedid skipped"));
            assertTrue(log.lines().get(1).text().contains("30000 call event(s) without Uniqueid or Linkedid skipped, "
                    + "30000 bridge event(s)"), log.lines().get(1).text());
        }
        assertEquals(100_000, trouble.total());
    }
}
