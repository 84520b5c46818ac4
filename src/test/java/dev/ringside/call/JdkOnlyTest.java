package dev.ringside.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.testing.PackageImports;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call domain is pure: it imports nothing but the JDK (no asterisk-java, no slf4j, no other package of ours). */
class JdkOnlyTest {

    @Test
    void callImportsOnlyTheJdk() throws IOException {
        assertEquals(List.of(), PackageImports.refused("dev/ringside/call", PackageImports::jdk));
    }
}
