package dev.ringside.pbxsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A bare AMI client over a socket, to see exactly what the simulator writes. */
final class RawAmiClient implements AutoCloseable {

    final Socket socket;
    final BufferedReader in;
    final OutputStream out;
    final String banner;

    RawAmiClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        banner = in.readLine();
    }

    void send(String... headerLines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String h : headerLines) {
            sb.append(h).append("\r\n");
        }
        sb.append("\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next message, or null at end of stream. */
    AmiMessage read() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    return AmiMessage.parse(lines);
                }
                continue;
            }
            lines.add(line);
        }
        return null;
    }

    /** Reads until a message matches; everything read on the way is added to {@code seen}. */
    Map<String, String> readUntil(Predicate<Map<String, String>> match, List<Map<String, String>> seen)
            throws IOException {
        AmiMessage m;
        while ((m = read()) != null) {
            Map<String, String> map = m.asMap();
            if (seen != null) {
                seen.add(map);
            }
            if (match.test(map)) {
                return map;
            }
        }
        throw new IOException("stream ended before the expected message");
    }

    /** Reads until the server closes the stream (fails with a read timeout if it never does). */
    int drainUntilClosed() throws IOException {
        int n = 0;
        while (read() != null) {
            n++;
        }
        return n;
    }

    Map<String, String> response(String actionId) throws IOException {
        return readUntil(m -> m.containsKey("Response") && actionId.equals(m.get("ActionID")), null);
    }

    Map<String, String> login(String user, String secret) throws IOException {
        send("Action: Login", "ActionID: login", "Username: " + user, "Secret: " + secret);
        return response("login");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
