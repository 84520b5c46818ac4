package dev.ringside.ami;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMI socket, opened and checked before asterisk-java sees it: TCP connect, optional TLS with
 * host name verification, and the {@code Asterisk Call Manager/} banner, each within one deadline
 * and each failure told apart. asterisk-java then reads the banner again from here (it waits for
 * it before logging in) and, through the {@link FrameRouter}, only the responses to its actions:
 * events are sorted out of the byte stream before asterisk-java could build anything from them.
 */
final class AmiSocket implements SocketConnectionFacade {

    private static final Logger LOG = LoggerFactory.getLogger(AmiSocket.class);
    private static final int MAX_BANNER_BYTES = 512;
    private static final String[] BANNERS = {"Asterisk Call Manager/", "Asterisk Call Manager Proxy/",
        "Asterisk Manager Proxy/"};

    enum Phase { CONNECTING, BANNER, LOGIN }

    private final Socket socket;
    private final String banner;
    private final FrameReader frames;
    private final FrameRouter router;
    private final BufferedWriter writer;
    private volatile boolean bannerPending = true;
    private volatile Thread readerThread;
    private volatile IOException readFailure;
    private volatile boolean reachedEnd;

    private AmiSocket(Socket socket, String banner, FrameRouter router, InputTrouble trouble) throws IOException {
        this.socket = socket;
        this.banner = banner;
        this.router = router;
        this.frames = new FrameReader(socket.getInputStream(), trouble);
        this.writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Connects and reads the banner, all before {@code deadlineNanos} ({@link System#nanoTime()});
     * the TCP connect alone must also succeed before {@code connectDeadlineNanos}.
     */
    static AmiSocket open(AmiSettings settings, long deadlineNanos, long connectDeadlineNanos, Consumer<Phase> phase,
                          FrameRouter router, InputTrouble trouble) throws AmiException {
        String address = settings.address();
        phase.accept(Phase.CONNECTING);
        Socket socket = new Socket();
        try {
            InetSocketAddress target = new InetSocketAddress(settings.host(), settings.port());
            if (target.isUnresolved()) {
                throw new UnknownHostException(settings.host());
            }
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(target, remainingMillis(Math.min(deadlineNanos, connectDeadlineNanos)));
        } catch (IOException e) {
            closeQuietly(socket);
            LOG.info("AMI connect to {} failed: {}", address, e.toString());
            throw new AmiException(AmiErrors.connectFailure(e, settings.host(), address), e);
        }

        if (settings.tls()) {
            try {
                socket = startTls(socket, settings, deadlineNanos);
            } catch (SocketTimeoutException e) {
                closeQuietly(socket);
                LOG.info("TLS handshake with {} timed out", address);
                throw new AmiException(new AmiError(AmiError.Kind.TLS_FAILED,
                        "TLS to " + address + " failed: the PBX did not answer the secure handshake", address), e);
            } catch (SSLException e) {
                closeQuietly(socket);
                LOG.info("TLS handshake with {} failed: {}", address, e.toString());
                throw new AmiException(AmiErrors.tlsFailure(e, address), e);
            } catch (IOException e) {
                closeQuietly(socket);
                LOG.info("TLS handshake with {} failed: {}", address, e.toString());
                throw new AmiException(AmiErrors.connectFailure(e, settings.host(), address), e);
            }
        }

        phase.accept(Phase.BANNER);
        String banner;
        try {
            socket.setSoTimeout(remainingMillis(deadlineNanos));
            banner = readBanner(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            LOG.info("{} accepted the connection but sent nothing in time: frozen, or not AMI", address);
            throw new AmiException(AmiErrors.doesNotAnswer(address), e);
        } catch (IOException e) {
            closeQuietly(socket);
            LOG.info("{} closed or broke the connection before an AMI banner: {}", address, e.toString());
            throw new AmiException(AmiErrors.notAmi(), e);
        }
        if (banner == null || !isAmiBanner(banner)) {
            closeQuietly(socket);
            LOG.info("{} is not AMI: it said {}", address, banner == null ? "nothing" : printable(banner));
            throw new AmiException(AmiErrors.notAmi(), null);
        }
        LOG.info("{} speaks {}", address, banner);
        try {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()));
            return new AmiSocket(socket, banner, router, trouble);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new AmiException(AmiErrors.connectFailure(e, settings.host(), address), e);
        }
    }

    private static Socket startTls(Socket plain, AmiSettings settings, long deadlineNanos) throws IOException {
        SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, settings.host(), settings.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        // the JVM checks the chain by default but not the name: a valid certificate for another host would pass
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(remainingMillis(deadlineNanos));
        tls.startHandshake();
        return tls;
    }

    /** One line, read byte by byte so nothing past it is buffered; null at end of stream. */
    private static String readBanner(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() < MAX_BANNER_BYTES) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                if (line.size() == 0) {
                    throw e; // not a byte: the PBX does not answer
                }
                return line.toString(StandardCharsets.ISO_8859_1); // something, but no banner line
            }
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static boolean isAmiBanner(String line) {
        for (String prefix : BANNERS) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return "\"" + cut.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
    }

    private static int remainingMillis(long deadlineNanos) throws SocketTimeoutException {
        long ms = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (ms <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, ms);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that failed anyway
        }
    }

    String banner() {
        return banner;
    }

    /** asterisk-java's reader thread, once it has started reading. */
    Thread readerThread() {
        return readerThread;
    }

    /** Whether the PBX closed the stream (as opposed to a read failing or the reader giving up). */
    boolean reachedEnd() {
        return reachedEnd;
    }

    /** Why reading stopped, or null when the PBX closed the stream (or nothing failed yet). */
    IOException readFailure() {
        return readFailure;
    }

    @Override
    public String readLine() throws IOException {
        if (bannerPending) {
            readerThread = Thread.currentThread();
            bannerPending = false;
            return banner;
        }
        try {
            String line = router.nextLine(frames);
            if (line == null) {
                reachedEnd = true;
            }
            return line;
        } catch (IOException e) {
            readFailure = e;
            throw e;
        }
    }

    @Override
    public void write(String s) throws IOException {
        if (reachedEnd || readFailure != null) {
            // the TCP write could still succeed, and asterisk-java would then wait its full timeout for an answer
            throw new IOException("the PBX closed the connection");
        }
        router.sending(s);
        writer.write(s);
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
