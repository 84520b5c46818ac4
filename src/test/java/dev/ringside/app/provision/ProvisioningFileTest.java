package dev.ringside.app.provision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisioningFileTest {

    static final String FULL = """
            # desk 12, operator 777
            ; Asterisk-style comments work too
            host = pbx.example.com
            port = 5039
            TLS = yes
            username = op777
            secret = a-long-random=secret#for-777
            extensions = 777, 888
            break-reasons = Lunch, Training ,, Back office
            remote_answer = no
            start_minimised = on
            start_at_login = 1
            """;

    @TempDir
    Path dir;

    private static ProvisioningFile parse(String text) throws ProvisioningException {
        return ProvisioningFile.parse("desk.conf", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(String text) {
        return assertThrows(ProvisioningException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsEveryKey() throws Exception {
        ProvisioningFile f = parse(FULL);
        assertEquals("pbx.example.com", f.get("host"));
        assertEquals("5039", f.get("port"));
        assertTrue(f.isYes("tls"));
        assertEquals("op777", f.get("username"));
        assertArrayEquals("a-long-random=secret#for-777".toCharArray(), f.secret());
        assertEquals("777, 888", f.get("extensions"));
        assertEquals(java.util.List.of("Lunch", "Training", "Back office"), ProvisioningFile.list(f.get("break_reasons")));
        assertFalse(f.isYes("remote_answer"));
        assertTrue(f.isYes("start_minimised"));
        assertTrue(f.isYes("start_at_login"));
        assertFalse(f.toString().contains("secret-for"), "toString never shows the secret");
    }

    @Test
    void windowsNotepadFilesWork() throws Exception {
        ProvisioningFile f = parse("\uFEFFhost = pbx\r\nusername = op\r\nsecret = s\r\n");
        assertEquals("pbx", f.get("host"));
        assertArrayEquals("s".toCharArray(), f.secret());
    }

    @Test
    void mistakesAreNamedWithTheirLine() {
        assertEquals("desk.conf line 2: unknown key \"secert\"; known keys: break_reasons, extensions, host, port,"
                + " remote_answer, secret, start_at_login, start_minimised, tls, username", problem("host = pbx\nsecert = x\n"));
        assertEquals("desk.conf line 1: the port is a number from 1 to 65535", problem("port = 70000"));
        assertEquals("desk.conf line 1: use yes or no, not \"maybe\"", problem("tls = maybe"));
        assertEquals("desk.conf line 1: an extension is 1 to 15 digits: \"77a\" is not one", problem("extensions = 777, 77a"));
        assertEquals("desk.conf line 2: \"host\" is given twice", problem("host = a\nhost = b"));
        assertEquals("desk.conf line 1: expected key = value", problem("just words"));
        assertEquals("desk.conf: a secret needs the host and username it belongs to", problem("secret = x"));
        assertEquals("desk.conf line 1: \"pbx example\" is not a host name or address", problem("host = pbx example"));
    }

    @Test
    void brokenOrHugeFilesAreRefused(@TempDir Path tmp) throws Exception {
        assertEquals("desk.conf: not UTF-8 text", assertThrows(ProvisioningException.class,
                () -> ProvisioningFile.parse("desk.conf", new byte[] {(byte) 0xff, (byte) 0xfe, 'x'})).getMessage());
        Path huge = tmp.resolve("huge.conf");
        Files.write(huge, new byte[ProvisioningFile.MAX_BYTES + 1]);
        assertTrue(assertThrows(ProvisioningException.class, () -> ProvisioningFile.read(huge)).getMessage()
                .contains("not a provisioning file"));
        assertTrue(assertThrows(ProvisioningException.class, () -> ProvisioningFile.read(tmp.resolve("none.conf")))
                .getMessage().endsWith("no such file"));
    }

    @Test
    void theFingerprintFollowsTheContent() throws Exception {
        assertEquals(parse(FULL).fingerprint(), parse(FULL).fingerprint());
        assertNotEquals(parse(FULL).fingerprint(), parse(FULL + "\n# changed\n").fingerprint());
    }
}
