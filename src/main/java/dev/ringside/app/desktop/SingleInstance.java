package dev.ringside.app.desktop;

import dev.ringside.history.PrivateFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Ringside per OS user. The first start holds a file lock in the data folder, listens
 * on a loopback port and publishes port + a random token in {@value #INFO_FILE}. A later start
 * finds the lock taken, sends its arguments with the token to that port and exits; the running
 * instance gets them through its callback (bring the window to the front, dial a number).
 *
 * <p>The OS drops the lock when a process dies, so files left by a crashed instance are simply
 * taken over by the next start.
 */
public final class SingleInstance implements AutoCloseable {

    static final String LOCK_FILE = "instance.lock";
    static final String INFO_FILE = "instance.port";
    static final String MAGIC = "ringside-instance/1";
    static final String REPLY_OK = "ok";
    static final String REPLY_DENIED = "denied";
    static final int MAX_ARGS = 64;
    /** A hand-off is a few hundred bytes: more is not another start of ours. */
    static final int MAX_HANDOFF_BYTES = 64 * 1024;
    /** The whole of one hand-off, from accept to reply; a connection still open then is closed. */
    static final int HANDOFF_DEADLINE_MILLIS = 2_000;
    static final int HANDLERS = 4;
    static final int WAITING = 32;
    private static final int IO_TIMEOUT_MILLIS = 3_000;
    private static final long RETRY_PAUSE_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final byte[] token;
    private final Consumer<List<String>> onRequest;
    private final Thread acceptor;
    private final ThreadPoolExecutor handlers;
    private final ScheduledExecutorService deadlines;
    private volatile boolean closed;

    private SingleInstance(Path dir, FileChannel lockChannel, FileLock lock, ServerSocket server, byte[] token,
            Consumer<List<String>> onRequest) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.onRequest = onRequest;
        this.acceptor = new Thread(this::acceptLoop, "ringside-single-instance");
        this.acceptor.setDaemon(true);
        // hand-offs are taken side by side, a few at a time; more waiting than that are turned away at once
        this.handlers = new ThreadPoolExecutor(HANDLERS, HANDLERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING), daemon("ringside-single-instance-handoff"));
        this.handlers.allowCoreThreadTimeOut(true);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemon("ringside-single-instance-deadline"));
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Becomes the running instance, or hands {@code args} to the one already running.
     *
     * @param dir the per-user folder holding the lock and port files (the data folder)
     * @param onRequest called on a background thread with the arguments of each later start
     * @return the instance to keep open until the app exits, or empty when the arguments were
     *     delivered to the running instance (this process should exit 0)
     * @throws IOException when another instance holds the lock but does not answer within
     *     {@code timeout}, or the folder is unusable
     */
    public static Optional<SingleInstance> claimOrForward(Path dir, List<String> args,
            Consumer<List<String>> onRequest, Duration timeout) throws IOException {
        PrivateFiles.folder(dir);
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException lastFailure = null;
        while (true) {
            Optional<SingleInstance> primary = tryAcquire(dir, onRequest);
            if (primary.isPresent()) {
                return primary;
            }
            try {
                forward(dir, args, deadline);
                return Optional.empty();
            } catch (IOException e) {
                // the running instance may still be starting (no port file yet) or just exiting
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Ringside is already running but does not answer: "
                        + lastFailure.getMessage(), lastFailure);
            }
            try {
                Thread.sleep(RETRY_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while contacting the running instance", e);
            }
        }
    }

    /** Takes the lock and starts listening, or gives empty if another instance holds the lock. */
    static Optional<SingleInstance> tryAcquire(Path dir, Consumer<List<String>> onRequest) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another instance inside this very JVM
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            byte[] token = new byte[32];
            new SecureRandom().nextBytes(token);
            writeInfo(dir, server.getLocalPort(), token);
            SingleInstance instance = new SingleInstance(dir, channel, lock, server, token, onRequest);
            instance.acceptor.start();
            LOG.info("Single-instance listener on 127.0.0.1:{}", server.getLocalPort());
            return Optional.of(instance);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** Sends the arguments to the running instance and waits for its acknowledgement, at most until {@code deadline}. */
    static void forward(Path dir, List<String> args, long deadline) throws IOException {
        if (args.size() > MAX_ARGS) {
            throw new IOException("Too many arguments to hand over: " + args.size());
        }
        Properties info = readInfo(dir);
        int port;
        byte[] token;
        try {
            port = Integer.parseInt(info.getProperty("port", ""));
            token = HexFormat.of().parseHex(info.getProperty("token", ""));
        } catch (IllegalArgumentException e) {
            throw new IOException("Unreadable " + INFO_FILE + " in " + dir, e);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), ioTimeout(deadline));
            socket.setSoTimeout(ioTimeout(deadline));
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeUTF(MAGIC);
            out.writeUTF(HexFormat.of().formatHex(token));
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
            String reply = new DataInputStream(socket.getInputStream()).readUTF();
            if (!REPLY_OK.equals(reply)) {
                throw new IOException("The running instance refused the hand-off: " + reply);
            }
        }
    }

    /** The I/O timeout of one try: {@link #IO_TIMEOUT_MILLIS}, or less when the deadline is nearer. */
    private static int ioTimeout(long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        return (int) Math.max(100, Math.min(IO_TIMEOUT_MILLIS, left));
    }

    /** The loopback port this instance listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Single-instance listener: {}", e.toString());
                }
                continue;
            }
            // idle or slow connections (anything local can connect) never hold up the next start
            ScheduledFuture<?> cutOff = deadlines.schedule(() -> closeQuietly(socket), HANDOFF_DEADLINE_MILLIS,
                    TimeUnit.MILLISECONDS);
            try {
                handlers.execute(() -> handle(socket, cutOff));
            } catch (RejectedExecutionException e) {
                cutOff.cancel(false);
                closeQuietly(socket);
            }
        }
    }

    private void handle(Socket socket, ScheduledFuture<?> cutOff) {
        try (socket) {
            socket.setSoTimeout(HANDOFF_DEADLINE_MILLIS);
            List<String> args = receive(new BoundedInputStream(socket.getInputStream(), MAX_HANDOFF_BYTES),
                    socket.getOutputStream());
            if (args != null) {
                deliver(args);
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.info("Ignoring a broken or idle hand-off from another local program: {}", e.toString());
            }
        } finally {
            cutOff.cancel(false);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Reads at most {@code limit} bytes, then fails: a hand-off is small. */
    private static final class BoundedInputStream extends FilterInputStream {
        private int left;

        BoundedInputStream(InputStream in, int limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("hand-off longer than " + MAX_HANDOFF_BYTES + " bytes");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("hand-off longer than " + MAX_HANDOFF_BYTES + " bytes");
            }
            int n = super.read(buffer, offset, Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private List<String> receive(InputStream rawIn, OutputStream rawOut) throws IOException {
        DataInputStream in = new DataInputStream(rawIn);
        DataOutputStream out = new DataOutputStream(rawOut);
        String magic = in.readUTF();
        byte[] offered;
        try {
            offered = HexFormat.of().parseHex(in.readUTF());
        } catch (IllegalArgumentException e) {
            offered = new byte[0];
        }
        if (!MAGIC.equals(magic) || !MessageDigest.isEqual(token, offered)) {
            out.writeUTF(REPLY_DENIED);
            out.flush();
            LOG.warn("Refused a hand-off without the right token");
            return null;
        }
        int count = in.readInt();
        if (count < 0 || count > MAX_ARGS) {
            out.writeUTF(REPLY_DENIED);
            out.flush();
            return null;
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        out.writeUTF(REPLY_OK);
        out.flush();
        return List.copyOf(args);
    }

    private void deliver(List<String> args) {
        try {
            onRequest.accept(args);
        } catch (RuntimeException e) {
            LOG.error("Handling the arguments of another start failed", e);
        }
    }

    /** Stops listening, removes the port file and releases the lock. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        try {
            acceptor.join(IO_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handlers.shutdownNow();
        deadlines.shutdownNow();
        Files.deleteIfExists(dir.resolve(INFO_FILE));
        lock.release();
        lockChannel.close();
    }

    private static void writeInfo(Path dir, int port, byte[] token) throws IOException {
        Path tmp = dir.resolve(INFO_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // the token is the only thing that stops another local user from driving our app
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Properties info = new Properties();
        info.setProperty("port", Integer.toString(port));
        info.setProperty("token", HexFormat.of().formatHex(token));
        info.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            info.store(w, "Ringside single-instance hand-off");
        }
        try {
            Files.move(tmp, dir.resolve(INFO_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(INFO_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Properties readInfo(Path dir) throws IOException {
        Properties info = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(INFO_FILE), StandardCharsets.UTF_8)) {
            info.load(r);
        } catch (NoSuchFileException e) {
            throw new IOException("No " + INFO_FILE + " yet in " + dir, e);
        }
        return info;
    }
}
