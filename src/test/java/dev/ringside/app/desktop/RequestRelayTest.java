package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestRelayTest {

    @Test
    void requestsBeforeTheUiIsUpWaitAndKeepTheirOrder() {
        RequestRelay relay = new RequestRelay();
        relay.accept(List.of("show"));
        relay.accept(List.of("tel:+1-555-0100"));
        relay.accept(List.of("dial", "not a number"));
        relay.accept(List.of("replay", "x"));

        List<LaunchRequest> seen = new ArrayList<>();
        relay.attach(seen::add);
        assertEquals(List.of(LaunchRequest.show(), LaunchRequest.dial("+15550100")), seen);

        relay.accept(List.of("dial", "777"));
        assertEquals(LaunchRequest.dial("777"), seen.get(2));
    }

    @Test
    void aSecondStartDialsThroughTheRunningInstance(@TempDir Path dir) throws Exception {
        RequestRelay relay = new RequestRelay();
        BlockingQueue<LaunchRequest> dialled = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.claimOrForward(dir, List.of(), relay, Duration.ofSeconds(5))
                .orElseThrow()) {
            relay.attach(dialled::add);
            List<String> secondStartArgs = LaunchRequest.parse(List.of("callto://5551234567")).orElseThrow().toArgs();
            SingleInstance.claimOrForward(dir, secondStartArgs, args -> { }, Duration.ofSeconds(5));
            assertEquals(LaunchRequest.dial("5551234567"), dialled.poll(5, TimeUnit.SECONDS));
        }
    }
}
