package dev.ringside.desk;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import java.time.Duration;
import java.time.Instant;

/** What "My day" needs of one call: when, which way, how it ended, ring and talk time (null when unknown). */
public record DayCall(Instant startedAt, Direction direction, CallStatus status, Duration ring, Duration talk) {
}
