package dev.ringside.contacts.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.ContactLimits;
import dev.ringside.phone.PhoneNumbers;
import java.security.GeneralSecurityException;
import java.security.KeyStoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * Finds who a number belongs to in an LDAP directory or Active Directory, through the UnboundID
 * LDAP SDK. Blocking, one operation at a time: {@link SharedDirectory} runs it on its own thread.
 * Keeps one connection open and opens a new one after a failure. TLS checks the certificate
 * against the JVM's trust store (or the configured CA file) and that it names the host.
 */
public final class LdapDirectory implements AutoCloseable {

    /** Phone attributes (Active Directory's and inetOrgPerson's) and the label a match on each gets. */
    static final Map<String, String> PHONE_ATTRIBUTES = labels();
    private static final String[] NAME_ATTRIBUTES = {"displayName", "cn"};
    private static final String[] COMPANY_ATTRIBUTES = {"company", "o"};
    /** Entries read per search: enough to find the right one among a few that share a number. */
    static final int SIZE_LIMIT = 10;
    /** The largest LDAP message accepted: a hostile or broken server cannot fill the memory. */
    static final int MAX_MESSAGE_BYTES = 1 << 20;

    private final DirectorySettings settings;
    private final Supplier<char[]> password;
    private final PhoneNumbers phone;
    private volatile LDAPConnection connection;

    /** @param password the bind password from the keychain, asked for at each (re)connect; may give null */
    public LdapDirectory(DirectorySettings settings, Supplier<char[]> password, PhoneNumbers phone) {
        this.settings = settings;
        this.password = password;
        this.phone = phone;
    }

    public DirectorySettings settings() {
        return settings;
    }

    /** Whose number this is; empty when nobody in the directory has it. */
    public synchronized Optional<CallerMatch> lookup(String number) throws DirectoryException {
        String key = phone.canonical(number);
        if (key == null) {
            return Optional.empty();
        }
        SearchRequest request = searchFor(key);
        List<SearchResultEntry> entries;
        try {
            entries = connected().search(request).getSearchEntries();
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                entries = e.getSearchEntries();
            } else {
                throw failed(e);
            }
        } catch (LDAPException e) {
            throw failed(e);
        }
        return best(entries, key);
    }

    /**
     * Connects, binds and reads the search base now: the settings screen's "Test connection".
     * @return how many entries below the base have a phone number (counted up to the size limit)
     */
    public synchronized int check() throws DirectoryException {
        LDAPConnection c = connected();
        try {
            if (c.getEntry(settings.searchBase(), "1.1") == null) {
                throw new DirectoryException(DirectoryException.Kind.BASE_NOT_FOUND,
                        "The search base " + settings.searchBase() + " does not exist in the directory.", null);
            }
            List<Filter> any = new ArrayList<>();
            for (String attribute : PHONE_ATTRIBUTES.keySet()) {
                any.add(Filter.createPresenceFilter(attribute));
            }
            SearchRequest request = new SearchRequest(settings.searchBase(), SearchScope.SUB, Filter.createORFilter(any),
                    "1.1");
            request.setSizeLimit(SIZE_LIMIT);
            request.setTimeLimitSeconds((int) Math.max(1, settings.timeout().toSeconds()));
            try {
                return c.search(request).getEntryCount();
            } catch (LDAPSearchException e) {
                if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                    return e.getEntryCount();
                }
                throw e;
            }
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                throw new DirectoryException(DirectoryException.Kind.BASE_NOT_FOUND,
                        "The search base " + settings.searchBase() + " does not exist in the directory.", e);
            }
            throw failed(e);
        }
    }

    SearchRequest searchFor(String key) {
        List<Filter> any = new ArrayList<>();
        for (String spelling : spellings(key)) {
            for (String attribute : PHONE_ATTRIBUTES.keySet()) {
                any.add(Filter.createEqualityFilter(attribute, spelling));
            }
        }
        List<String> attributes = new ArrayList<>(PHONE_ATTRIBUTES.keySet());
        attributes.addAll(Arrays.asList(NAME_ATTRIBUTES));
        attributes.addAll(Arrays.asList(COMPANY_ATTRIBUTES));
        SearchRequest request = new SearchRequest(settings.searchBase(), SearchScope.SUB, Filter.createORFilter(any),
                attributes.toArray(new String[0]));
        request.setSizeLimit(SIZE_LIMIT);
        request.setTimeLimitSeconds((int) Math.max(1, settings.timeout().toSeconds()));
        return request;
    }

    /**
     * The ways a directory may have the number written: E.164, its digits, the home country's
     * national spelling and the international one. Servers whose telephoneNumber matching rule
     * ignores spaces and dashes (OpenLDAP, 389 DS) find any spelling from these; Active Directory
     * compares the text as written.
     */
    Set<String> spellings(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        out.add(PhoneNumbers.digits(key));
        String national = phone.display(key);
        out.add(national);
        out.add(PhoneNumbers.digits(national));
        phone.e164(key).ifPresent(e164 -> out.add(new PhoneNumbers("ZZ").display(e164)));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The entry one of whose numbers really is this number (not just a similar text), else the first. */
    private Optional<CallerMatch> best(List<SearchResultEntry> entries, String key) {
        CallerMatch fallback = null;
        for (SearchResultEntry entry : entries) {
            String name = first(entry, NAME_ATTRIBUTES, ContactLimits.NAME);
            String company = first(entry, COMPANY_ATTRIBUTES, ContactLimits.COMPANY);
            if (name == null && company == null) {
                continue;
            }
            for (Map.Entry<String, String> attribute : PHONE_ATTRIBUTES.entrySet()) {
                String[] values = entry.getAttributeValues(attribute.getKey());
                for (String value : values == null ? new String[0] : values) {
                    if (key.equals(phone.canonical(value))) {
                        return Optional.of(new CallerMatch(null, name, company, attribute.getValue(),
                                CallerMatch.Source.DIRECTORY));
                    }
                }
            }
            if (fallback == null) {
                fallback = new CallerMatch(null, name, company, null, CallerMatch.Source.DIRECTORY);
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static String first(SearchResultEntry entry, String[] attributes, int max) {
        for (String attribute : attributes) {
            String value = entry.getAttributeValue(attribute);
            if (value != null && !value.isBlank()) {
                String v = value.strip();
                return v.length() <= max ? v : v.substring(0, max);
            }
        }
        return null;
    }

    private LDAPConnection connected() throws DirectoryException {
        if (connection != null && connection.isConnected()) {
            return connection;
        }
        closeConnection();
        DirectorySettings.Problem problem = settings.problem();
        if (problem != null) {
            throw new DirectoryException(DirectoryException.Kind.SETTINGS, problem.english(), null);
        }
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis());
        options.setConnectTimeoutMillis(timeoutMs);
        options.setResponseTimeoutMillis(timeoutMs);
        options.setMaxMessageSize(MAX_MESSAGE_BYTES);
        options.setUseKeepAlive(true);
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        LDAPConnection c = null;
        try {
            SSLContext tls = settings.encrypted() ? tlsContext() : null;
            c = settings.ldaps()
                    ? new LDAPConnection(tls.getSocketFactory(), options, settings.host(), settings.port())
                    : new LDAPConnection(options, settings.host(), settings.port());
            if (settings.startTls()) {
                ResultCode started = c.processExtendedOperation(new StartTLSExtendedRequest(tls)).getResultCode();
                if (started != ResultCode.SUCCESS) {
                    throw new DirectoryException(DirectoryException.Kind.TLS,
                            "The directory refused StartTLS (" + started.getName() + ").", null);
                }
            }
            if (!settings.anonymous()) {
                bind(c);
            }
            connection = c;
            return c;
        } catch (LDAPException e) {
            closeQuietly(c);
            throw failed(e);
        } catch (DirectoryException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void bind(LDAPConnection c) throws LDAPException {
        char[] secret = password.get();
        byte[] bytes = secret == null ? new byte[0] : new String(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            c.bind(new SimpleBindRequest(settings.bindDn(), bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private SSLContext tlsContext() throws DirectoryException {
        try {
            TrustManager trust = settings.caCertificate() == null ? JVMDefaultTrustManager.getInstance()
                    : new PEMFileTrustManager(settings.caCertificate().toFile());
            return new SSLUtil(trust).createSSLContext();
        } catch (KeyStoreException e) {
            throw new DirectoryException(DirectoryException.Kind.SETTINGS,
                    "The CA certificate file " + settings.caCertificate() + " cannot be read as PEM.", e);
        } catch (GeneralSecurityException e) {
            throw new DirectoryException(DirectoryException.Kind.TLS, "TLS is not available: " + e.getMessage(), e);
        }
    }

    private DirectoryException failed(LDAPException e) {
        closeConnection();
        ResultCode code = e.getResultCode();
        String where = settings.url();
        if (code == ResultCode.INVALID_CREDENTIALS) {
            return new DirectoryException(DirectoryException.Kind.CREDENTIALS,
                    "The directory refused the bind DN or its password.", e);
        }
        if (code == ResultCode.TIMEOUT || code == ResultCode.TIME_LIMIT_EXCEEDED) {
            return new DirectoryException(DirectoryException.Kind.TIMEOUT,
                    "The directory at " + where + " did not answer within " + settings.timeout().toMillis() + " ms.", e);
        }
        if (isTls(e)) {
            return new DirectoryException(DirectoryException.Kind.TLS, "The directory's certificate is not trusted"
                    + " or does not name " + settings.host() + ".", e);
        }
        if (code == ResultCode.CONNECT_ERROR || code == ResultCode.SERVER_DOWN || !code.isConnectionUsable()) {
            return new DirectoryException(DirectoryException.Kind.UNREACHABLE,
                    "Cannot reach the directory at " + where + ".", e);
        }
        return new DirectoryException(DirectoryException.Kind.FAILED,
                "The directory answered: " + code.getName() + ".", e);
    }

    private static boolean isTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("certificate") || message.contains("hostname") || message.contains("SSL")
                || message.contains("TLS");
    }

    private void closeConnection() {
        LDAPConnection c = connection;
        connection = null;
        closeQuietly(c);
    }

    private static void closeQuietly(LDAPConnection c) {
        if (c != null) {
            c.close();
        }
    }

    /** Closes the connection; a lookup waiting on it ends at once. Callable from any thread. */
    @Override
    public void close() {
        closeConnection();
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("telephoneNumber", "work");
        m.put("mobile", "mobile");
        m.put("homePhone", "home");
        m.put("ipPhone", "ip");
        m.put("otherTelephone", "work");
        m.put("otherMobile", "mobile");
        m.put("facsimileTelephoneNumber", "fax");
        return java.util.Collections.unmodifiableMap(m);
    }
}
