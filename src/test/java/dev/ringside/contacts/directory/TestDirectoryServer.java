package dev.ringside.contacts.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real LDAP server in this JVM (UnboundID's in-memory directory server) on loopback ports: plain
 * LDAP with StartTLS, and LDAPS, with a certificate for {@code localhost} made for the test. Its
 * searches can be held back ({@link #stall}) to play a slow server.
 */
public final class TestDirectoryServer implements AutoCloseable {

    public static final String BASE = "dc=example,dc=com";
    public static final String BIND_DN = "cn=ringside,ou=service," + BASE;
    public static final String PASSWORD = "s3cret-for-ldap";

    final InMemoryDirectoryServer server;
    public final Path caPem;
    public final AtomicInteger searches = new AtomicInteger();
    private volatile CountDownLatch stall = new CountDownLatch(0);
    /** One permit per search that reached the server. */
    public final java.util.concurrent.Semaphore arrived = new java.util.concurrent.Semaphore(0);

    public TestDirectoryServer(Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        caPem = dir.resolve("ca.pem");
        tool("generate-self-signed-certificate", "--keystore", keystore.toString(), "--keystore-password", "password",
                "--keystore-type", "PKCS12", "--alias", "server", "--subject-dn", "CN=localhost",
                "--subject-alternative-name-dns", "localhost", "--subject-alternative-name-ip-address", "127.0.0.1",
                "--days-valid", "30");
        tool("export-certificate", "--keystore", keystore.toString(), "--keystore-password", "password",
                "--alias", "server", "--output-format", "PEM", "--output-file", caPem.toString());
        SSLUtil serverTls = new SSLUtil(new KeyStoreKeyManager(keystore.toFile(), "password".toCharArray(), "PKCS12",
                "server"), new TrustAllTrustManager());

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", loopback, 0, serverTls.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0, serverTls.createSSLServerSocketFactory(),
                        null));
        config.addAdditionalBindCredentials(BIND_DN, PASSWORD);
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
                searches.incrementAndGet();
                arrived.release();
                try {
                    stall.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + BASE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: uid=anna,ou=people," + BASE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: anna", "cn: Anna Smith",
                "sn: Smith", "displayName: Anna Smith", "o: ACME Ltd", "mobile: +7 912 345-67-89",
                "telephoneNumber: +7 495 123-45-67");
        server.add("dn: uid=boris,ou=people," + BASE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: boris", "cn: Борис Петров",
                "sn: Петров", "o: ООО Ромашка", "homePhone: 8 (916) 000-11-22");
        server.add("dn: o=ACME Ltd," + BASE, "objectClass: top", "objectClass: organization", "o: ACME Ltd",
                "telephoneNumber: +7 495 000-00-01");
        server.startListening();
    }

    private static void tool(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = ManageCertificates.main(null, out, out, args);
        if (result.intValue() != 0) {
            throw new IllegalStateException("manage-certificates failed: " + out);
        }
    }

    public String ldapUrl() {
        return "ldap://localhost:" + server.getListenPort("ldap");
    }

    public String ldapsUrl() {
        return "ldaps://localhost:" + server.getListenPort("ldaps");
    }

    /** Searches wait until the latch returned is released. */
    public CountDownLatch stall() {
        CountDownLatch latch = new CountDownLatch(1);
        stall = latch;
        return latch;
    }

    @Override
    public void close() {
        stall.countDown();
        server.shutDown(true);
    }
}
