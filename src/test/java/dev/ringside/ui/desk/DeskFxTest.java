package dev.ringside.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.Presence;
import dev.ringside.desk.TransferProgress;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeDesk;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.main.MainView;
import dev.ringside.ui.main.MainViewModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desk in the real main window: the queues panel, the break in the header, and a transfer from the "Now" list. */
@ExtendWith(ApplicationExtension.class)
class DeskFxTest {

    private final FakeSession session = new FakeSession("Dana Whitfield", "777");
    private final FakeDesk desk = new FakeDesk();
    private final Instant now = Instant.now();

    @Start
    void start(Stage stage) {
        desk.queues = new ArrayList<>(List.of(
                FakeDesk.queue("support", 3, now.minusSeconds(95), 4, 1, FakeDesk.member("PJSIP/777", false, false, "", null)),
                FakeDesk.queue("sales", 1, now.minusSeconds(20), 2, 2, null)));
        desk.loginQueues = List.of("sales");
        desk.colleagues = List.of(new Colleague("999", "Ivan Petrov"), new Colleague("998", ""));
        desk.presence.put("999", Presence.IDLE);
        session.desk = desk;
        dev.ringside.ui.fake.MemoryContactBook book = new dev.ringside.ui.fake.MemoryContactBook();
        book.save(new dev.ringside.contacts.Contact(null, "Anna Smith", "ACME Ltd", List.of(
                new dev.ringside.contacts.ContactNumber("mobile", "8 (912) 345-67-89", "+79123456789")),
                null, null, null)).join();
        session.contactBook = book;
        MainViewModel model = new MainViewModel(session, UiThread.fx(), Clock.systemDefaultZone(), new RecordingDesktop());
        MainView view = new MainView(model, new MainView.Actions() {
            @Override public void openSettings() { }
            @Override public void openAbout() { }
            @Override public void logout() { }
        });
        Scene scene = new Scene(view.load(), 1480, 760);
        Themes.style(scene);
        stage.setScene(scene);
        // the test framework's one stage keeps the size and place an earlier test gave it: this test's own
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        model.start();
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::get);
    }

    /** The list also lays out a measuring cell off screen: take the control the operator sees. */
    private static <T extends Node> T shown(FxRobot robot, String query, Class<T> type) throws Exception {
        await(() -> robot.lookup(query).match(DeskFxTest::onScreen).tryQuery().isPresent());
        return robot.lookup(query).match(DeskFxTest::onScreen).queryAs(type);
    }

    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing()
                && node.getLayoutBounds().getWidth() > 0
                && node.localToScene(node.getLayoutBounds()).intersects(0, 0, scene.getWidth(), scene.getHeight());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueuesPanelShowsWaitingCallersAndPausesOneQueueWithAReason(FxRobot robot) throws Exception {
        javafx.scene.control.ListView<QueueRow> table = robot.lookup(".queue-list").queryAs(javafx.scene.control.ListView.class);
        await(() -> table.getItems().size() == 2);
        assertEquals("support", table.getItems().get(0).queue());
        assertTrue(robot.lookup(".desk-tabs .tab-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Queues · 4".equals(l.getText())), "the tab counts the callers waiting");
        assertTrue(robot.lookup(".queue-list .chip").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Available".equals(l.getText())));

        robot.clickOn(shown(robot, ".queue-pause", MenuButton.class));
        robot.clickOn("Training");
        await(() -> desk.actions.contains("pause support Training"));
        await(() -> robot.lookup(".queue-list .chip").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Paused: Training".equals(l.getText())));
        robot.clickOn(shown(robot, ".queue-resume", Button.class));
        await(() -> desk.actions.contains("unpause support"));

        robot.clickOn(shown(robot, ".queue-login", Button.class));
        await(() -> desk.actions.contains("login sales"));
    }

    @Test
    void theHeaderShowsTheBreakAndItsReasonUntilItEnds(FxRobot robot) throws Exception {
        Label chip = robot.lookup(".break-chip").queryAs(Label.class);
        assertFalse(chip.isVisible(), "working: no chip");
        robot.clickOn(robot.lookup(".break-button").queryAs(MenuButton.class));
        robot.clickOn("Lunch");
        await(() -> chip.isVisible());
        assertTrue(chip.getText().startsWith("On a break · Lunch · 0:0"), chip.getText());
        assertEquals(List.of("pause null Lunch"), desk.actions);

        robot.clickOn(robot.lookup(".break-button").queryAs(MenuButton.class));
        robot.clickOn("#endBreak");
        await(() -> !chip.isVisible());
        assertEquals("unpause null", desk.actions.get(1));
    }

    @Test
    void aCallIsTransferredFromTheNowListAndTheRowSaysHowItWent(FxRobot robot) throws Exception {
        Call talking = Calls.answered(Calls.ringing("L1", "+15551234567", "Anna Smith", "777", now.minusSeconds(70)),
                now.minusSeconds(60), "777");
        session.push(talking);
        await(() -> robot.lookup(".call-transfer").match(DeskFxTest::onScreen).tryQuery().isPresent());
        robot.clickOn(shown(robot, ".call-transfer", MenuButton.class));
        robot.clickOn("Ivan Petrov · 999 — Free");
        await(() -> desk.actions.contains("transfer L1 999"));
        Label status = robot.lookup(".call-status").queryAs(Label.class);
        await(() -> "Transferring to Ivan Petrov (999)…".equals(status.getText()));
        desk.progress(new TransferProgress("L1", false, "999", TransferProgress.Stage.DONE, null));
        await(() -> "Transferred to Ivan Petrov (999)".equals(status.getText()));
    }

    @Test
    void aContactTypedByNameInThePickerIsTransferredTo(FxRobot robot) throws Exception {
        Call talking = Calls.answered(Calls.ringing("L3", "+15551234567", "Bob Caller", "777", now.minusSeconds(70)),
                now.minusSeconds(60), "777");
        session.push(talking);
        robot.clickOn(shown(robot, ".call-transfer", MenuButton.class));
        javafx.scene.control.TextField field = shown(robot, ".transfer-number", javafx.scene.control.TextField.class);
        robot.clickOn(field);
        robot.write("anna");
        Button contact = shown(robot, ".transfer-contact", Button.class);
        assertTrue(contact.getText().startsWith("Anna Smith"), contact.getText());
        assertTrue(field.isFocused(), "the field keeps the keyboard while contacts are offered");
        robot.clickOn(contact);
        await(() -> desk.actions.contains("transfer L3 89123456789"));
    }

    @Test
    void aConsultationOffersCompleteAndGoesBackOnCancel(FxRobot robot) throws Exception {
        Call talking = Calls.answered(Calls.ringing("L2", "+15551234567", "Anna Smith", "777", now.minusSeconds(70)),
                now.minusSeconds(60), "777");
        session.push(talking);
        await(() -> robot.lookup(".call-consult").match(DeskFxTest::onScreen).tryQuery().isPresent());
        robot.clickOn(shown(robot, ".call-consult", MenuButton.class));
        await(() -> robot.lookup(".transfer-number").queryAllAs(javafx.scene.control.TextField.class).stream()
                .anyMatch(f -> f.getScene() != null && f.getScene().getWindow() != null && f.getScene().getWindow().isShowing()));
        javafx.scene.control.TextField number = robot.lookup(".transfer-number")
                .queryAllAs(javafx.scene.control.TextField.class).stream()
                .filter(f -> f.getScene() != null && f.getScene().getWindow() != null && f.getScene().getWindow().isShowing())
                .findFirst().orElseThrow();
        robot.clickOn(number);
        robot.write("5551112222");
        assertEquals("5551112222", number.getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await(() -> desk.actions.contains("consult L2 5551112222"));
        desk.progress(new TransferProgress("L2", true, "5551112222", TransferProgress.Stage.TALKING_TO_TARGET, null));
        await(() -> robot.lookup(".call-complete").queryAs(Button.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".call-transfer").match(DeskFxTest::onScreen).tryQuery().isEmpty(), "one transfer at a time");
        robot.clickOn(shown(robot, ".call-cancel", Button.class));
        await(() -> desk.actions.contains("cancel L2"));
        desk.progress(new TransferProgress("L2", true, "5551112222", TransferProgress.Stage.CANCELLED, null));
        await(() -> robot.lookup(".call-transfer").match(DeskFxTest::onScreen).tryQuery().isPresent());
        assertEquals("Back with the caller", shown(robot, ".call-status", Label.class).getText());
    }
}
