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

    /**
     * What is wrong with these settings, in words for the operator; null when they can be used.
     * A password is never sent unencrypted: a bind DN needs ldaps:// or StartTLS.
     */
    public String problem() {
        if (url.isEmpty()) {
            return "Enter the directory's address, e.g. ldaps://dc1.corp.example";
        }
        String scheme = url.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("ldap://") && !scheme.startsWith("ldaps://")) {
            return "The directory's address starts with ldap:// or ldaps://";
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return "The directory's address is not a valid URL: " + url;
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            return "The directory's address has no host name: " + url;
        }
        if (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/")) {
            return "Put the search base in its own field, not in the address.";
        }
        if (ldaps() && startTls) {
            return "ldaps:// is encrypted already: turn StartTLS off, or use ldap://";
        }
        if (!anonymous() && !encrypted()) {
            return "The password would travel unencrypted: use ldaps:// or StartTLS.";
        }
        if (searchBase.isEmpty()) {
            return "Enter the search base, e.g. DC=corp,DC=example";
        }
        return null;
    }

    private URI uri() {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(Objects.requireNonNullElse(problem(), "bad URL"), e);
        }
    }
}
