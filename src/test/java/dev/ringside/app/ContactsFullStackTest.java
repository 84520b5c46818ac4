package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.contacts.directory.TestDirectoryServer;
import dev.ringside.crm.CrmSettings;
import dev.ringside.crm.CrmTrigger;
import dev.ringside.crm.UrlOpener;
import dev.ringside.history.StoredCall;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.phone.HomeCountry;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.port.LookupSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who is calling, over the real app path: a call from the PBX simulator rings the app, whose
 * session asks the local contacts in the H2 file and then a real LDAP server (UnboundID's, in
 * this JVM, over LDAPS with the password from the keychain); the CRM link opens through the
 * browser port. The popup shows the caller ID while the directory still searches.
 */
class ContactsFullStackTest {

    private static final double TIME_SCALE = 0.05;
    private static final Duration LONG_RING = Duration.ofSeconds(600);

    @TempDir
    Path dir;
    private TestDirectoryServer ldap;
    private FullStackApp app;
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final CountDownLatch crmOpened = new CountDownLatch(1);

    @BeforeEach
    void startDirectory() throws Exception {
        ldap = new TestDirectoryServer(java.nio.file.Files.createDirectories(dir.resolve("ldap")));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            ldap.close();
        }
    }

    private final UrlOpener browser = new UrlOpener() {
        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public void open(URI uri) {
            opened.add(uri);
            crmOpened.countDown();
        }
    };

    /** The directory and a CRM link, saved as the settings dialog saves them; the app not started yet. */
    private void prepared(CrmTrigger trigger) throws Exception {
        Path config = dir.resolve("config");
        DirectorySettings directory = new DirectorySettings(ldap.ldapsUrl(), false, TestDirectoryServer.BIND_DN,
                TestDirectoryServer.BASE, ldap.caPem, Duration.ofSeconds(5));
        new LookupSettingsFile(config).save(new LookupSettings(directory,
                new CrmSettings("https://crm.example/find?phone={e164}&name={name}&call={linkedid}", trigger)));
        MemorySecretStore keychain = new MemorySecretStore(true);
        keychain.secrets.put(directory.secretAccount(), TestDirectoryServer.PASSWORD);
        // patience well above a loaded machine's hiccups: the popup never waits for it anyway
        app = new FullStackApp(dir, TIME_SCALE, new ContactsContext(config, keychain, browser, Duration.ofSeconds(60)));
    }

    private void loggedIn() throws Exception {
        loggedIn("");
    }

    private void loggedIn(String homeCountry) throws Exception {
        app.rememberSimulator(s -> s.homeCountry = homeCountry);
        app.launch(app.simulatorLogin());
        app.awaitConnected();
    }

    @Test
    void aDirectoryAnswerFillsThePopupInLaterWithoutDelayingItAndIsKeptWithTheCall() throws Exception {
        prepared(CrmTrigger.RING);
        loggedIn();
        CountDownLatch searching = ldap.stall();
        ldap.arrived.drainPermits();
        CallHandle call = app.sim.play(Scenario.answered("777").withCaller("+7 912 345-67-89", "CID Name")
                .withRing(LONG_RING));
        String id = call.linkedid().get(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            javafx.stage.Window popup = app.awaitPopup();
            assertTrue(ldap.arrived.tryAcquire(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS),
                    "the directory was asked");
            // the directory is still searching: the caller ID is on screen already
            assertEquals("CID Name", app.popupText(popup, "#callerName"));
            assertFalse(app.fx(() -> app.popupNode(popup, "#contact").isVisible()), "no contact before the answer");
            assertFalse(app.fx(() -> app.popupNode(popup, "#addContact").isVisible()), "not 'unknown' either");
            assertEquals(1, app.popupsOpened.size());
            assertEquals(0, opened.size(), "the CRM waits for the contact");

            searching.countDown();
            FullStackApp.await("the popup names the contact",
                    () -> app.fx(() -> app.popupNode(popup, "#contact").isVisible()));
            assertEquals("Anna Smith \u00b7 ACME Ltd \u00b7 mobile", app.popupText(popup, "#contact"));
            FullStackApp.await("the Now list names the contact", () -> Objects.requireNonNullElse(
                    app.text(".live-party"), "").startsWith("Anna Smith \u00b7 ACME Ltd"));

            StoredCall stored = app.awaitStored(id, c -> c.callerContact() != null, "notes the contact");
            assertEquals("Anna Smith", stored.callerContact().name());
            assertEquals("ACME Ltd", stored.callerContact().company());
            assertEquals(null, stored.callerContact().contactId(), "a directory match is no local contact");

            assertTrue(crmOpened.await(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS), "the CRM page opened");
            URI page = opened.get(0);
            assertEquals("crm.example", page.getHost());
            assertTrue(page.getRawQuery().startsWith("phone=%2B79123456789&name=Anna%20Smith&call="), page.toString());

            Button accept = app.popupNode(popup, "#acceptButton");
            FullStackApp.fx(() -> {
                accept.fire();
                return null;
            });
            app.awaitStored(id, c -> c.call().acceptedAt() != null, "is accepted");
            assertEquals(1, opened.size(), "one page per call: the accept opens no second one");
        } finally {
            searching.countDown();
        }
    }

    @Test
    void aLocalContactAnswersFirstAndHistoryKeepsWhatWasKnownWhenItRang() throws Exception {
        prepared(CrmTrigger.BUTTON);
        PhoneNumbers phone = new PhoneNumbers("RU");
        ContactStore contacts = new ContactStore(app.history.dataSource(), phone);
        ContactDraft draft = new ContactDraft().addNumber("cell", "+7 916 000-11-22");
        draft.name = "Boris Local";
        draft.company = "Local Ltd";
        Contact boris = contacts.save(draft.check(phone).contact());
        loggedIn();
        int searchesBefore = ldap.searches.get();

        CallHandle call = app.sim.play(Scenario.missed("777").withCaller("+79160001122", "")
                .withRing(Duration.ofSeconds(200)));
        String id = call.linkedid().get(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        javafx.stage.Window popup = app.awaitPopup();
        FullStackApp.await("the popup names the local contact",
                () -> app.fx(() -> app.popupNode(popup, "#contact").isVisible()));
        assertEquals("Boris Local \u00b7 Local Ltd \u00b7 mobile", app.popupText(popup, "#contact"));
        assertTrue(app.fx(() -> app.popupNode(popup, "#crmLink").isVisible()), "the CRM opens by the button");
        assertEquals(searchesBefore, ldap.searches.get(), "the directory is not asked for a local contact");

        StoredCall noted = app.awaitStored(id, c -> c.callerContact() != null, "notes the contact");
        assertEquals(boris.id(), noted.callerContact().contactId());
        app.awaitStatus(id, dev.ringside.call.CallStatus.MISSED);

        contacts.save(new Contact(boris.id(), "Boris Renamed", "Other Co", boris.numbers(), null, null, null));
        StoredCall later = app.stored(id).orElseThrow();
        assertEquals("Boris Local", later.callerContact().name(), "history keeps what was known when it rang");
        assertEquals("Local Ltd", later.callerContact().company());
        assertEquals(1, app.history.find(dev.ringside.history.CallQuery.forOperator(app.operatorId())
                .text("local ltd").build()).calls().size(), "history finds the call by the company it had");
        assertEquals(0, opened.size(), "the button was not pressed");
    }

    @Test
    void aNewHomeCountryReadsTheContactsNationalNumbersAgain() throws Exception {
        String before = HomeCountry.numbers().homeRegion();
        try {
            prepared(CrmTrigger.BUTTON);
            PhoneNumbers ru = new PhoneNumbers("RU");
            ContactDraft draft = new ContactDraft().addNumber("office", "(212) 555-0100");
            draft.name = "Pat Doe";
            new ContactStore(app.history.dataSource(), ru).save(draft.check(ru).contact());
            loggedIn("RU");

            HomeCountry.set("US"); // what the settings dialog does when the operator picks another country
            // the contacts' own thread re-keys them before it answers anything asked after the change
            app.session().contacts().search("", 10).get(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            app.sim.play(Scenario.missed("777").withCaller("+1 212 555 0100", "").withRing(Duration.ofSeconds(200)));
            javafx.stage.Window popup = app.awaitPopup();
            FullStackApp.await("the popup names the contact",
                    () -> FullStackApp.fx(() -> app.popupNode(popup, "#contact").isVisible()));
            assertEquals("Pat Doe \u00b7 office", app.popupText(popup, "#contact"));
        } finally {
            HomeCountry.set(before);
        }
    }
}
