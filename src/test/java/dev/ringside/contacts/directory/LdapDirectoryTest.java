package dev.ringside.contacts.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.contacts.CallerIdentifier;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.ContactLookup;
import dev.ringside.phone.PhoneNumbers;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory look-up against a real LDAP server on loopback: found, not found, down, slow. */
class LdapDirectoryTest {

    @TempDir
    static Path dir;
    static TestDirectoryServer server;
    final PhoneNumbers ru = new PhoneNumbers("RU");

    @BeforeAll
    static void start() throws Exception {
        server = new TestDirectoryServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private DirectorySettings ldaps() {
        return new DirectorySettings(server.ldapsUrl(), false, TestDirectoryServer.BIND_DN, TestDirectoryServer.BASE,
                server.caPem, Duration.ofSeconds(5));
    }

    private LdapDirectory directory(DirectorySettings settings, String password) {
        return new LdapDirectory(settings, () -> password == null ? null : password.toCharArray(), ru);
    }

    @Test
    void foundOverLdapsWithABind() throws Exception {
        try (LdapDirectory d = directory(ldaps(), TestDirectoryServer.PASSWORD)) {
            CallerMatch anna = d.lookup("8 912 345 67 89").orElseThrow();
            assertEquals("Anna Smith", anna.name());
            assertEquals("ACME Ltd", anna.company());
            assertEquals("mobile", anna.numberLabel());
            assertEquals(CallerMatch.Source.DIRECTORY, anna.source());
            assertEquals("work", d.lookup("tel:+7-495-123-45-67").orElseThrow().numberLabel());

            CallerMatch boris = d.lookup("+79160001122").orElseThrow();
            assertEquals("Борис Петров", boris.name());
            assertEquals("home", boris.numberLabel());
        }
    }

    @Test
    void foundOverStartTls() throws Exception {
        DirectorySettings startTls = new DirectorySettings(server.ldapUrl(), true, TestDirectoryServer.BIND_DN,
                TestDirectoryServer.BASE, server.caPem, Duration.ofSeconds(5));
        try (LdapDirectory d = directory(startTls, TestDirectoryServer.PASSWORD)) {
            assertEquals("Anna Smith", d.lookup("+79123456789").orElseThrow().name());
        }
    }

    @Test
    void aCompanysOwnEntryHasNoPersonsName() throws Exception {
        try (LdapDirectory d = directory(ldaps(), TestDirectoryServer.PASSWORD)) {
            CallerMatch acme = d.lookup("84950000001").orElseThrow();
            assertNull(acme.name());
            assertEquals("ACME Ltd", acme.company());
        }
    }

    @Test
    void aNumberNobodyHasIsNotFound() throws Exception {
        try (LdapDirectory d = directory(ldaps(), TestDirectoryServer.PASSWORD)) {
            assertTrue(d.lookup("+79990000000").isEmpty());
            assertTrue(d.lookup("anonymous").isEmpty());
        }
    }

    @Test
    void aWrongPasswordIsSaidSo() {
        try (LdapDirectory d = directory(ldaps(), "wrong")) {
            DirectoryException e = assertThrows(DirectoryException.class, () -> d.lookup("+79123456789"));
            assertEquals(DirectoryException.Kind.CREDENTIALS, e.kind());
            assertFalse(e.getMessage().contains("wrong"), "never the password");
        }
    }

    @Test
    void aCertificateTheJvmDoesNotTrustIsRefused() {
        DirectorySettings noCa = new DirectorySettings(server.ldapsUrl(), false, TestDirectoryServer.BIND_DN,
                TestDirectoryServer.BASE, null, Duration.ofSeconds(5));
        try (LdapDirectory d = directory(noCa, TestDirectoryServer.PASSWORD)) {
            assertEquals(DirectoryException.Kind.TLS, assertThrows(DirectoryException.class, d::check).kind());
        }
    }

    @Test
    void aPasswordIsNeverSentUnencrypted() {
        DirectorySettings plain = new DirectorySettings(server.ldapUrl(), false, TestDirectoryServer.BIND_DN,
                TestDirectoryServer.BASE, null, null);
        assertEquals(DirectorySettings.Problem.PASSWORD_UNENCRYPTED, plain.problem());
        int before = server.searches.get();
        try (LdapDirectory d = directory(plain, TestDirectoryServer.PASSWORD)) {
            assertEquals(DirectoryException.Kind.SETTINGS, assertThrows(DirectoryException.class, d::check).kind());
        }
        assertEquals(before, server.searches.get());
        DirectorySettings anonymous = new DirectorySettings(server.ldapUrl(), false, "", TestDirectoryServer.BASE,
                null, null);
        assertNull(anonymous.problem(), "anonymous and unencrypted, to this computer only");
        assertEquals(DirectorySettings.Problem.UNENCRYPTED_REMOTE,
                new DirectorySettings("ldap://dc1.corp.example", false, "", "dc=x", null, null).problem());
        assertNull(new DirectorySettings("ldap://127.0.0.1:3890", false, "", "dc=x", null, null).problem());
        assertNull(new DirectorySettings("ldap://dc1.corp.example", true, "", "dc=x", null, null).problem());
        assertEquals(DirectorySettings.Problem.NOT_LDAP,
                new DirectorySettings("http://x", false, "", "dc=x", null, null).problem());
        assertEquals(DirectorySettings.Problem.LDAPS_WITH_STARTTLS,
                new DirectorySettings("ldaps://x", true, "", "dc=x", null, null).problem());
        assertEquals(DirectorySettings.Problem.NO_BASE,
                new DirectorySettings("ldaps://x", false, "", " ", null, null).problem());
    }

    @Test
    void testingTheConnectionChecksTheSignInAndTheSearchBase() throws Exception {
        try (LdapDirectory d = directory(ldaps(), TestDirectoryServer.PASSWORD)) {
            assertEquals(3, d.check(), "the entries with a phone number");
        }
        DirectorySettings elsewhere = new DirectorySettings(server.ldapsUrl(), false, TestDirectoryServer.BIND_DN,
                "ou=nowhere," + TestDirectoryServer.BASE, server.caPem, Duration.ofSeconds(5));
        try (LdapDirectory d = directory(elsewhere, TestDirectoryServer.PASSWORD)) {
            assertEquals(DirectoryException.Kind.BASE_NOT_FOUND,
                    assertThrows(DirectoryException.class, d::check).kind());
        }
    }

    @Test
    void aServerThatIsDownAnswersUnknownAndIsLeftAloneForAWhile() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DirectorySettings down = new DirectorySettings("ldaps://localhost:" + port, false,
                TestDirectoryServer.BIND_DN, TestDirectoryServer.BASE, server.caPem, Duration.ofSeconds(2));
        try (SharedDirectory shared = new SharedDirectory(directory(down, TestDirectoryServer.PASSWORD), ru)) {
            assertEquals(Optional.empty(), shared.lookup("+79123456789").get(10, TimeUnit.SECONDS));
            assertEquals(DirectoryException.Kind.UNREACHABLE, shared.lastFailure().kind());
            CompletableFuture<Optional<CallerMatch>> paused = shared.lookup("+74951234567");
            assertTrue(paused.isDone(), "after a failure the directory is not asked again at once");
            assertEquals(Optional.empty(), paused.get());
        }
    }

    @Test
    void aSlowServerNeverDelaysTheCallerIdAndItsAnswerIsKeptForTheNextRing() throws Exception {
        CountDownLatch stalled = server.stall();
        server.arrived.drainPermits();
        try (SharedDirectory shared = new SharedDirectory(directory(ldaps(), TestDirectoryServer.PASSWORD), ru);
             CallerIdentifier identifier = new CallerIdentifier(ContactLookup.NONE, shared, Duration.ofMillis(300))) {
            CompletableFuture<Optional<CallerMatch>> first = identifier.identify("+79123456789");
            assertTrue(server.arrived.tryAcquire(10, TimeUnit.SECONDS), "the directory was asked");
            assertFalse(first.isDone(), "identify returned while the directory is still searching");

            assertEquals(Optional.empty(), first.get(10, TimeUnit.SECONDS), "given up after the patience");
            assertEquals(0, server.arrived.availablePermits(), "one search only");

            CompletableFuture<Optional<CallerMatch>> same = shared.lookup("+7 912 345-67-89");
            stalled.countDown();
            assertEquals("Anna Smith", same.get(10, TimeUnit.SECONDS).orElseThrow().name(),
                    "the same number ringing again waits for the same question");
            CompletableFuture<Optional<CallerMatch>> next = identifier.identify("89123456789");
            assertEquals("Anna Smith", next.get(10, TimeUnit.SECONDS).orElseThrow().name());
            assertEquals(0, server.arrived.availablePermits(), "answered from the cache, not asked again");
        } finally {
            stalled.countDown();
        }
    }

    @Test
    void localContactsComeFirstAndTheDirectoryIsNotAsked() throws Exception {
        int before = server.searches.get();
        CallerMatch local = new CallerMatch(7L, "Anna (local)", null, "mobile", CallerMatch.Source.LOCAL);
        try (SharedDirectory shared = new SharedDirectory(directory(ldaps(), TestDirectoryServer.PASSWORD), ru);
             CallerIdentifier identifier = new CallerIdentifier(n -> Optional.of(local), shared, Duration.ofSeconds(5))) {
            assertEquals(local, identifier.identify("+79123456789").get(10, TimeUnit.SECONDS).orElseThrow());
        }
        assertEquals(before, server.searches.get());
    }
}
