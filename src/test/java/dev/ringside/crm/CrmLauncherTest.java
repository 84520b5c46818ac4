package dev.ringside.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Opening the CRM page: by trigger, once per call, through a browser stand-in that records what it was asked. */
class CrmLauncherTest {

    static final class RecordingBrowser implements UrlOpener {
        final List<URI> opened = new ArrayList<>();
        boolean available = true;
        boolean fails;

        @Override
        public boolean isAvailable() {
            return available;
        }

        @Override
        public void open(URI uri) throws IOException {
            if (fails) {
                throw new IOException("no browser");
            }
            opened.add(uri);
        }
    }

    private final AtomicReference<CrmSettings> settings = new AtomicReference<>(
            new CrmSettings("https://crm.example/?p={number}&c={linkedid}", CrmTrigger.RING));
    private final RecordingBrowser browser = new RecordingBrowser();
    private final CrmLauncher crm = new CrmLauncher(settings::get, browser, Runnable::run);

    private static CrmValues call(String linkedId) {
        return new CrmValues("+79123456789", "+79123456789", "Anna", "ACME", linkedId, "777");
    }

    @Test
    void opensOnRingOnceForOneCall() {
        assertEquals(CrmLauncher.Outcome.OPENED, crm.onRing(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.ALREADY_OPENED, crm.onRing(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.NOT_THIS_TRIGGER, crm.onAccept(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.ALREADY_OPENED, crm.onButton(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.OPENED, crm.onRing(call("2.1")).join());
        assertEquals(List.of(URI.create("https://crm.example/?p=%2B79123456789&c=1.1"),
                URI.create("https://crm.example/?p=%2B79123456789&c=2.1")), browser.opened);
        assertTrue(crm.openedFor("1.1"));
        assertFalse(crm.buttonWanted());
    }

    @Test
    void opensOnAcceptWhenSetSo() {
        settings.set(new CrmSettings(settings.get().template(), CrmTrigger.ACCEPT));
        assertEquals(CrmLauncher.Outcome.NOT_THIS_TRIGGER, crm.onRing(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.OPENED, crm.onAccept(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.ALREADY_OPENED, crm.onAccept(call("1.1")).join());
        assertEquals(1, browser.opened.size());
    }

    @Test
    void opensOnTheButtonOnlyWhenSetSo() {
        settings.set(new CrmSettings(settings.get().template(), CrmTrigger.BUTTON));
        assertTrue(crm.buttonWanted());
        assertEquals(CrmLauncher.Outcome.NOT_THIS_TRIGGER, crm.onRing(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.NOT_THIS_TRIGGER, crm.onAccept(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.OPENED, crm.onButton(call("1.1")).join());
        assertEquals(CrmLauncher.Outcome.ALREADY_OPENED, crm.onButton(call("1.1")).join());
        assertEquals(1, browser.opened.size());
    }

    @Test
    void nothingOpensWithoutAUsableLink() {
        settings.set(CrmSettings.NONE);
        assertEquals(CrmLauncher.Outcome.NOT_CONFIGURED, crm.onButton(call("1.1")).join());
        settings.set(new CrmSettings("file:///etc/passwd?{number}", CrmTrigger.RING));
        assertEquals(CrmLauncher.Outcome.NOT_CONFIGURED, crm.onRing(call("1.1")).join());
        assertFalse(crm.buttonWanted());
        assertTrue(browser.opened.isEmpty());
    }

    @Test
    void aPageThatDidNotOpenMayBeTriedAgain() {
        browser.fails = true;
        assertEquals(CrmLauncher.Outcome.FAILED, crm.onRing(call("1.1")).join());
        assertFalse(crm.openedFor("1.1"));
        browser.fails = false;
        assertEquals(CrmLauncher.Outcome.OPENED, crm.onButton(call("1.1")).join());
    }

    @Test
    void theFirstAvailableBrowserOpensAndAFailingOneFallsBackToTheNext() throws IOException {
        RecordingBrowser missing = new RecordingBrowser();
        missing.available = false;
        RecordingBrowser broken = new RecordingBrowser();
        broken.fails = true;
        RecordingBrowser working = new RecordingBrowser();
        UrlOpener chain = UrlOpeners.firstWorking(List.of(missing, broken, working));
        assertTrue(chain.isAvailable());
        chain.open(URI.create("https://crm.example/"));
        assertTrue(missing.opened.isEmpty());
        assertEquals(List.of(URI.create("https://crm.example/")), working.opened);

        UrlOpener none = UrlOpeners.firstWorking(List.of(missing));
        assertFalse(none.isAvailable());
        CrmLauncher noBrowser = new CrmLauncher(settings::get, none, Runnable::run);
        assertEquals(CrmLauncher.Outcome.FAILED, noBrowser.onRing(call("1.1")).join());
    }
}
