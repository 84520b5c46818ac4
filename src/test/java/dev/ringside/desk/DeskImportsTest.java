package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.testing.PackageImports;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The desk models are domain code like call/: the JDK and call/ only, so they test without a PBX or a UI. */
class DeskImportsTest {

    @Test
    void deskImportsOnlyTheJdkAndTheCallDomain() throws IOException {
        assertEquals(List.of(), PackageImports.refused("dev/ringside/desk",
                i -> PackageImports.jdk(i) || i.startsWith("dev.ringside.call.")));
    }
}
