package dev.ringside.app.keychain;

import dev.ringside.ui.port.SecretStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keychain reached through the OS's own command-line tool. The secret always travels over the
 * tool's standard input or output, never as an argument, so it never shows in a process list.
 */
abstract class CommandKeychain implements SecretStore {

    private static final Logger log = LoggerFactory.getLogger(CommandKeychain.class);
    private static final long TIMEOUT_SECONDS = 10;
    static final String SERVICE = "Ringside";

    /** The tool this keychain runs, or null where the OS has none. */
    protected final Path tool;

    CommandKeychain(Path tool) {
        this.tool = tool;
    }

    @Override
    public boolean isAvailable() {
        return tool != null;
    }

    /** The result of one tool run. */
    record Result(int exit, byte[] stdout) {
    }

    static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of(tool, tool + ".exe")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs a command, writes {@code stdin} (may be null) and returns its exit code and output. */
    static Result run(List<String> command, char[] stdin) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        byte[] input = stdin == null ? new byte[0] : toUtf8(stdin);
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input);
            }
            byte[] out;
            try (InputStream o = p.getInputStream()) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                o.transferTo(buf);
                out = buf.toByteArray();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, new byte[0]);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            log.warn("Keychain tool {} failed: {}", command.get(0), e.getMessage());
            return new Result(-1, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, new byte[0]);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
    }

    static byte[] toUtf8(char[] chars) {
        ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        if (bb.hasArray()) {
            Arrays.fill(bb.array(), (byte) 0);
        }
        return out;
    }

    /** Tool output as chars, without the trailing newline the tools print. */
    static char[] secretFrom(byte[] stdout) {
        CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(stdout));
        int end = cb.limit();
        while (end > 0 && (cb.get(end - 1) == '\n' || cb.get(end - 1) == '\r')) {
            end--;
        }
        char[] out = new char[end];
        cb.get(out, 0, end);
        Arrays.fill(stdout, (byte) 0);
        return out;
    }
}
