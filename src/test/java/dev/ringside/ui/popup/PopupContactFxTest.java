package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The popup names the caller's contact when the look-up answers, and never waits for it. */
@ExtendWith(ApplicationExtension.class)
class PopupContactFxTest {

    private final FakeSession session = new FakeSession("Op", "777");
    private PopupWindows windows;
    private IncomingCallsViewModel popups;

    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws Exception {
        // popup windows are no stages: the test framework's clean-up does not close them
        WaitForAsyncUtils.asyncFx(() -> {
            popups.stop();
            windows.closeAll();
        }).get(10, TimeUnit.SECONDS);
    }
    private final Call ringing = Calls.ringing("L1", "+15551234567", null, "777", Instant.now());

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("main")), 400, 300));
        stage.show();
        popups = new IncomingCallsViewModel(session, UiThread.fx(), Clock.systemDefaultZone());
        windows = new PopupWindows(popups, new PopupHost(stage), () -> false, () -> { });
        popups.start();
    }

    @Test
    void theCallerIdShowsAtOnceAndTheContactWhenTheLookUpAnswers(FxRobot robot) throws Exception {
        CompletableFuture<Optional<CallerMatch>> slowDirectory = new CompletableFuture<>();
        session.identifyResult = n -> slowDirectory;
        session.push(ringing);
        Window popup = awaitPopup();
        Node root = popup.getScene().getRoot();
        assertEquals("(555) 123-4567", robot.from(root).lookup("#callerNumber").queryAs(Label.class).getText(),
                "the caller ID does not wait for the look-up");
        Label contact = robot.from(root).lookup("#contact").queryAs(Label.class);
        assertFalse(contact.isVisible());
        assertFalse(robot.from(root).lookup("#addContact").query().isVisible(), "not 'unknown' before the answer");

        slowDirectory.complete(Optional.of(new CallerMatch(null, "Anna Smith", "ACME Ltd", "cell",
                CallerMatch.Source.DIRECTORY)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, contact::isVisible);
        assertEquals("Anna Smith \u00b7 ACME Ltd \u00b7 mobile", contact.getText());
        assertFalse(robot.from(root).lookup("#addContact").query().isVisible());
    }

    @Test
    void anUnknownCallerOffersAddContact(FxRobot robot) throws Exception {
        session.contactBook = new dev.ringside.ui.port.ContactBook() {
            @Override public boolean available() { return true; }
            @Override public CompletableFuture<java.util.List<dev.ringside.contacts.Contact>> search(String t, int l) {
                return CompletableFuture.completedFuture(java.util.List.of());
            }
            @Override public dev.ringside.contacts.ContactDraft.Checked check(dev.ringside.contacts.ContactDraft d) {
                return d.check(new dev.ringside.phone.PhoneNumbers("US"));
            }
            @Override public CompletableFuture<dev.ringside.contacts.Contact> save(dev.ringside.contacts.Contact c) {
                return CompletableFuture.completedFuture(c.withId(1L));
            }
            @Override public CompletableFuture<Void> delete(long id) { return CompletableFuture.completedFuture(null); }
            @Override public CompletableFuture<dev.ringside.contacts.ImportReport> importFile(java.nio.file.Path f) {
                return new CompletableFuture<>();
            }
            @Override public CompletableFuture<Integer> exportFile(java.nio.file.Path f,
                    dev.ringside.contacts.io.ContactFormat x) { return CompletableFuture.completedFuture(0); }
        };
        session.push(ringing);
        Window popup = awaitPopup();
        Node addContact = robot.from(popup.getScene().getRoot()).lookup("#addContact").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, addContact::isVisible);
        assertTrue(((javafx.scene.control.Hyperlink) addContact).getText().startsWith("Add contact"));
    }

    @Test
    void theCrmButtonOpensTheCallsPageOnce(FxRobot robot) throws Exception {
        session.crmButton = true;
        session.push(ringing);
        Window popup = awaitPopup();
        Node crm = robot.from(popup.getScene().getRoot()).lookup("#crmLink").query();
        assertTrue(crm.isVisible());
        assertEquals("Open in CRM", ((javafx.scene.control.Hyperlink) crm).getText());
        robot.clickOn(crm);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !crm.isVisible());
        assertEquals(java.util.List.of("L1"), session.crmOpened);
    }

    @Test
    void noCrmButtonWhenTheLinkOpensByItself(FxRobot robot) throws Exception {
        session.push(ringing);
        Window popup = awaitPopup();
        assertFalse(robot.from(popup.getScene().getRoot()).lookup("#crmLink").query().isVisible());
    }

    private Window awaitPopup() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopup().isPresent());
        return findPopup().orElseThrow();
    }

    private Optional<Window> findPopup() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> windows.windows().stream().filter(Window::isShowing)
                    .findFirst()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
