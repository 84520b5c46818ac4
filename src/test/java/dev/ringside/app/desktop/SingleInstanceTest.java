package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final BlockingQueue<List<String>> received = new LinkedBlockingQueue<>();

    @Test
    void secondStartHandsItsArgumentsToTheFirst() throws Exception {
        try (SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow()) {
            Optional<SingleInstance> second = SingleInstance.claimOrForward(dir, List.of("dial", "+15550100"),
                    args -> received.add(List.of("WRONG INSTANCE")), TIMEOUT);

            assertTrue(second.isEmpty(), "the second start must not become an instance");
            assertEquals(List.of("dial", "+15550100"), received.poll(5, TimeUnit.SECONDS));

            SingleInstance.claimOrForward(dir, List.of("show"), args -> { }, TIMEOUT);
            assertEquals(List.of("show"), received.poll(5, TimeUnit.SECONDS));
            assertTrue(first.port() > 0);
        }
    }

    @Test
    void afterTheFirstClosesTheNextStartBecomesTheInstance() throws Exception {
        SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT).orElseThrow();
        first.close();
        assertFalse(Files.exists(dir.resolve(SingleInstance.INFO_FILE)), "close removes the port file");

        try (SingleInstance next = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow()) {
            assertTrue(next.port() > 0);
        }
    }

    @Test
    void staleFilesOfADeadInstanceAreTakenOver() throws Exception {
        // what a crashed instance leaves: a lock file (the OS dropped the lock) and a port file
        // that points at a port nobody listens on any more
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(dir.resolve(SingleInstance.LOCK_FILE), "");
        Files.writeString(dir.resolve(SingleInstance.INFO_FILE),
                "port=" + deadPort + "\ntoken=00ff\npid=999999\n", StandardCharsets.UTF_8);

        try (SingleInstance instance = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow(() -> new AssertionError("stale files must not block the start"))) {
            Properties info = new Properties();
            info.load(Files.newBufferedReader(dir.resolve(SingleInstance.INFO_FILE)));
            assertEquals(String.valueOf(instance.port()), info.getProperty("port"));
            assertEquals(64, info.getProperty("token").length());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), info.getProperty("pid"));
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(dir.resolve(SingleInstance.INFO_FILE)));

            SingleInstance.claimOrForward(dir, List.of("show"), args -> { }, TIMEOUT);
            assertEquals(List.of("show"), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aHandOffWithoutTheTokenIsRefusedAndNotDelivered() throws Exception {
        try (SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow()) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
                // one write: the instance answers and hangs up as soon as it has read the bad token
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream()));
                out.writeUTF(SingleInstance.MAGIC);
                out.writeUTF("00".repeat(32));
                out.writeInt(1);
                out.writeUTF("dial");
                out.flush();
                assertEquals(SingleInstance.REPLY_DENIED, new DataInputStream(socket.getInputStream()).readUTF());
            }
            // the listener keeps serving genuine starts afterwards
            SingleInstance.claimOrForward(dir, List.of("show"), args -> { }, TIMEOUT);
            assertEquals(List.of("show"), received.poll(5, TimeUnit.SECONDS));
            assertTrue(received.isEmpty());
        }
    }

    @Test
    void aRunningInstanceThatNeverAnswersFailsTheSecondStartAfterTheTimeout() throws Exception {
        try (SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow()) {
            // the lock stays held, but the port file now points nowhere: a hung or broken instance
            Files.delete(dir.resolve(SingleInstance.INFO_FILE));
            IOException e = assertThrows(IOException.class,
                    () -> SingleInstance.claimOrForward(dir, List.of("show"), args -> { }, Duration.ofMillis(300)));
            assertTrue(e.getMessage().startsWith("Ringside is already running but does not answer"),
                    e.getMessage());
            assertTrue(received.isEmpty());
        }
    }

    @Test
    void fortyIdleConnectionsDoNotBlockTheNextStart() throws Exception {
        List<Socket> idle = new java.util.ArrayList<>();
        try (SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow()) {
            for (int i = 0; i < 40; i++) {
                idle.add(new Socket(InetAddress.getLoopbackAddress(), first.port())); // connect, never speak
            }
            Optional<SingleInstance> second = SingleInstance.claimOrForward(dir, List.of("dial", "+15550100"),
                    args -> received.add(List.of("WRONG INSTANCE")), Duration.ofSeconds(20));
            assertTrue(second.isEmpty());
            assertEquals(List.of("dial", "+15550100"), received.poll(20, TimeUnit.SECONDS));
            for (Socket s : idle) {
                s.setSoTimeout(20_000);
                assertEquals(-1, s.getInputStream().read(), "an idle connection is hung up on");
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void anEndlessHandOffIsCutAndNotDelivered() throws Exception {
        try (SingleInstance first = SingleInstance.claimOrForward(dir, List.of(), received::add, TIMEOUT)
                .orElseThrow();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
            Properties info = new Properties();
            info.load(Files.newBufferedReader(dir.resolve(SingleInstance.INFO_FILE)));
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream()));
            out.writeUTF(SingleInstance.MAGIC);
            out.writeUTF(info.getProperty("token"));
            out.writeInt(SingleInstance.MAX_ARGS);
            try {
                for (int i = 0; i < SingleInstance.MAX_ARGS; i++) {
                    out.writeUTF("9".repeat(60_000)); // 3.8 MB in all, far over a hand-off's size
                }
                out.flush();
            } catch (IOException e) {
                // the instance hung up on us mid-way: that is the point
            }
            socket.setSoTimeout(20_000);
            assertThrows(IOException.class, () -> new DataInputStream(socket.getInputStream()).readUTF());
            SingleInstance.claimOrForward(dir, List.of("show"), args -> { }, TIMEOUT);
            assertEquals(List.of("show"), received.poll(5, TimeUnit.SECONDS), "nothing of the endless one arrived");
        }
    }
}
