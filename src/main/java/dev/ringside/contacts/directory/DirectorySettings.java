package dev.ringside.contacts.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the shared directory (LDAP, Active Directory) is and how to reach it. The bind password
 * is not here: it lives in the OS keychain, under {@link #secretAccount()}.
 *
 * @param url           {@code ldap://host[:389]} or {@code ldaps://host[:636]}
 * @param startTls      upgrade an {@code ldap://} connection with StartTLS before binding
 * @param bindDn        whom to bind as ({@code CN=ringside,OU=Service,DC=corp,DC=example}); blank for anonymous
 * @param searchBase    where people and companies are ({@code DC=corp,DC=example})
 * @param caCertificate a PEM file with the CA that signed the server's certificate, when the JVM's
 *                      own trust store does not know it (a company CA); null for the JVM's
 * @param timeout       how long one directory operation may take; the popup never waits for it
 */
public record DirectorySettings(String url, boolean startTls, String bindDn, String searchBase, Path caCertificate,
                                Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public DirectorySettings {
        url = url == null ? "" : url.strip();
        bindDn = bindDn == null ? "" : bindDn.strip();
        searchBase = searchBase == null ? "" : searchBase.strip();
        timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
    }

    /** Nothing set up: no directory. */
    public boolean isEmpty() {
        return url.isEmpty();
    }

    public boolean ldaps() {
        return url.toLowerCase(Locale.ROOT).startsWith("ldaps://");
    }

    /** True when the connection is encrypted (ldaps or StartTLS). */
    public boolean encrypted() {
        return ldaps() || startTls;
    }

    public boolean anonymous() {
        return bindDn.isEmpty();
    }

    public String host() {
        return uri().getHost();
    }

    public int port() {
        int port = uri().getPort();
        return port > 0 ? port : ldaps() ? 636 : 389;
    }

    /** The keychain entry of the bind password. */
    public String secretAccount() {
        return "ldap:" + bindDn + "@" + url;
    }

    /** What can be wrong with the settings; the settings screen says each in the operator's words. */
    public enum Problem {
        NO_URL("Enter the directory's address, e.g. ldaps://dc1.corp.example"),
        NOT_LDAP("The directory's address starts with ldap:// or ldaps://"),
        BAD_URL("The directory's address is not a valid URL."),
        NO_HOST("The directory's address has no host name."),
        BASE_IN_URL("Put the search base in its own field, not in the address."),
        LDAPS_WITH_STARTTLS("ldaps:// is encrypted already: turn StartTLS off, or use ldap://"),
        PASSWORD_UNENCRYPTED("The password would travel unencrypted: use ldaps:// or StartTLS."),
        UNENCRYPTED_REMOTE("Callers' numbers and names would cross the network unencrypted: use ldaps:// or"
                + " StartTLS (an unencrypted connection is allowed to this computer only)."),
        NO_BASE("Enter the search base, e.g. DC=corp,DC=example");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** For the log and the command line. */
        public String english() {
            return english;
        }
    }

    /**
     * What is wrong with these settings; null when they can be used. Nothing travels unencrypted
     * over the network: without ldaps:// or StartTLS only a directory on this computer (a tunnel,
     * a local proxy) is asked, and never with a password.
     */
    public Problem problem() {
        if (url.isEmpty()) {
            return Problem.NO_URL;
        }
        String scheme = url.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("ldap://") && !scheme.startsWith("ldaps://")) {
            return Problem.NOT_LDAP;
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return Problem.BAD_URL;
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            return Problem.NO_HOST;
        }
        if (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/")) {
            return Problem.BASE_IN_URL;
        }
        if (ldaps() && startTls) {
            return Problem.LDAPS_WITH_STARTTLS;
        }
        if (!anonymous() && !encrypted()) {
            return Problem.PASSWORD_UNENCRYPTED;
        }
        if (!encrypted() && !isLoopback(u.getHost())) {
            return Problem.UNENCRYPTED_REMOTE;
        }
        if (searchBase.isEmpty()) {
            return Problem.NO_BASE;
        }
        return null;
    }

    /** localhost, 127.x.x.x or ::1: a connection that never leaves this computer. Resolves no name. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private URI uri() {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(problem() == null ? "bad URL" : problem().english(), e);
        }
    }
}
