package dev.ringside.ami;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom to log in to AMI, and whose calls to watch.
 *
 * @param connectTimeout the longest a login may take, from name lookup to the PBX's version; no
 *                       failure is reported later than this
 * @param pingInterval   how often to send {@code Ping} so that an idle link still carries traffic
 * @param readTimeout    how long a silent link is trusted; longer than {@code pingInterval}
 * @param extensions     the operator's own numbers (777, 888), digits and letters only, at most 64 each
 * @param colleagues     extensions whose presence (their hint's ExtensionStatus) the operator watches
 */
public record AmiSettings(String host, int port, String username, String secret, boolean tls,
                          Duration connectTimeout, Duration pingInterval, Duration readTimeout,
                          List<String> extensions, List<String> colleagues) {

    public static final int DEFAULT_PORT = 5038;
    /** Extensions go into filters and the history's key columns: Asterisk's own are far shorter. */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public AmiSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        secret = secret == null ? "" : secret;
        if (host.isBlank()) {
            throw new IllegalArgumentException("AMI host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("AMI port must be 1-65535, not " + port);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(pingInterval, "pingInterval");
        requirePositive(readTimeout, "readTimeout");
        if (readTimeout.compareTo(pingInterval) <= 0) {
            // a read timeout at or below the ping interval would drop every idle but healthy link
            throw new IllegalArgumentException("readTimeout must be longer than pingInterval");
        }
        extensions = List.copyOf(extensions);
        if (extensions.isEmpty()) {
            throw new IllegalArgumentException("at least one extension is needed");
        }
        colleagues = colleagues == null ? List.of() : List.copyOf(colleagues);
        for (String extension : concat(extensions, colleagues)) {
            if (!EXTENSION.matcher(extension).matches()) {
                throw new IllegalArgumentException("not an extension: '" + extension + "'");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "host:port", the way operators write it. */
    public String address() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "AmiSettings[" + username + "@" + address() + (tls ? " tls" : "") + ", extensions=" + extensions
                + ", connectTimeout=" + connectTimeout + ", ping=" + pingInterval + ", readTimeout=" + readTimeout
                + ", secret=" + (secret.isEmpty() ? "(none)" : "(hidden)") + "]";
    }

    public static final class Builder {
        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private String username = "";
        private String secret = "";
        private boolean tls;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration pingInterval = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private final List<String> extensions = new ArrayList<>();
        private final List<String> colleagues = new ArrayList<>();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = pingInterval;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public Builder extension(String extension) {
            this.extensions.add(extension);
            return this;
        }

        /** Colleagues whose presence to watch (their hints' ExtensionStatus events pass the filters). */
        public Builder colleagues(Collection<String> colleagues) {
            this.colleagues.addAll(colleagues);
            return this;
        }

        public Builder extensions(Collection<String> extensions) {
            this.extensions.addAll(extensions);
            return this;
        }

        public AmiSettings build() {
            return new AmiSettings(host, port, username, secret, tls, connectTimeout, pingInterval, readTimeout,
                    extensions, colleagues);
        }
    }
}
