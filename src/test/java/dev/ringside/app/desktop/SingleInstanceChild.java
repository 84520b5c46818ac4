package dev.ringside.app.desktop;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

/** A separate JVM holding the single-instance lock, for the cross-process tests. */
public final class SingleInstanceChild {

    private SingleInstanceChild() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance.claimOrForward(Paths.get(args[0]), List.of(),
                received -> {
                    System.out.println("GOT " + String.join(" ", received));
                    System.out.flush();
                },
                Duration.ofSeconds(5)).orElseThrow();
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join(); // until the test kills us
    }
}
