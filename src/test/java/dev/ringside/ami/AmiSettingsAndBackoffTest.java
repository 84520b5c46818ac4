package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmiSettingsAndBackoffTest {

    @Test
    void toStringNeverShowsTheSecret() {
        AmiSettings settings = AmiSettings.builder().host("pbx.example").username("op777")
                .secret("s3cr3t-Value").extension("777").build();
        assertFalse(settings.toString().contains("s3cr3t-Value"), settings.toString());
        assertTrue(settings.toString().contains("op777@pbx.example:5038"), settings.toString());
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> AmiSettings.builder().port(0).extension("777").build());
        assertThrows(IllegalArgumentException.class, () -> AmiSettings.builder().build(), "no extension");
        assertThrows(IllegalArgumentException.class, () -> AmiSettings.builder().extension("7 7").build());
        assertThrows(IllegalArgumentException.class, () -> AmiSettings.builder().extension("7".repeat(65)).build());
        assertThrows(IllegalArgumentException.class, () -> AmiSettings.builder().extension("777")
                .pingInterval(Duration.ofSeconds(30)).readTimeout(Duration.ofSeconds(30)).build());
    }

    @Test
    void whileThePbxIsDownTheWaitsDoubleUpToUnderTwoSecondsWithJitter() {
        ReconnectBackoff backoff = ReconnectBackoff.DEFAULT;
        long[] steps = {500, 1000, 1800, 1800, 1800};
        for (int attempt = 1; attempt <= 1000; attempt++) {
            long step = steps[Math.min(attempt, steps.length) - 1];
            for (int i = 0; i < 20; i++) {
                long ms = backoff.delay(attempt).toMillis();
                assertTrue(ms >= step * 0.75 - 1 && ms <= step, "attempt " + attempt + " waited " + ms);
            }
        }
    }

    @Test
    void aPbxThatRefusesTheLoginIsTriedAtMostEveryFiveSeconds() {
        ReconnectBackoff backoff = ReconnectBackoff.DEFAULT;
        long[] steps = {500, 1000, 2000, 4000, 5000, 5000};
        for (int attempt = 1; attempt <= 1000; attempt++) {
            long step = steps[Math.min(attempt, steps.length) - 1];
            for (int i = 0; i < 20; i++) {
                long ms = backoff.delayAfterRefusal(attempt).toMillis();
                assertTrue(ms >= step * 0.75 - 1 && ms <= step, "attempt " + attempt + " waited " + ms);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void matchCriteriaOnlyWhereAsteriskHasIt() {
        for (String yes : new String[] {"18.26.0", "20.11.1", "21.6.0", "22.1.0", "22.10.1", "23.0.0", "24.1.2",
            "certified-22.8-cert1"}) {
            assertTrue(AsteriskVersions.supportsMatchCriteria(yes), yes);
        }
        for (String no : new String[] {"18.25.0", "19.8.0", "20.10.2", "21.5.0", "22.0.0", "16.30.0",
            "certified-20.7-cert3", "certified-18.9-cert4", "GIT-master-abc123", "", "unknown"}) {
            assertFalse(AsteriskVersions.supportsMatchCriteria(no), no);
        }
    }
}
