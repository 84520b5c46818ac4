package dev.ringside.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.MemoryContactBook;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.main.MainView;
import dev.ringside.ui.main.MainViewModel;
import dev.ringside.ui.port.HistoryEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Add to contacts…" and "Edit contact…" from a history row's menu, through the contact form. */
@ExtendWith(ApplicationExtension.class)
class HistoryAddContactFxTest {

    private final FakeSession session = new FakeSession("Dana", "777");
    private final MemoryContactBook book = new MemoryContactBook();
    private Contact boris;

    @Start
    void start(Stage stage) {
        session.contactBook = book;
        boris = book.save(new Contact(null, "Boris Green", "ACME Ltd",
                List.of(new ContactNumber("work", "+1 212 555 0100", "+12125550100")), null, null, null)).join();
        Instant now = Instant.now();
        Call unknown = Calls.ended(Calls.ringing("H1", "+15551234567", "JOHN CALLER", "777", now.minusSeconds(60)),
                CallStatus.MISSED, now.minusSeconds(50));
        Call known = Calls.ended(Calls.ringing("H2", "+12125550100", null, "777", now.minusSeconds(600)),
                CallStatus.MISSED, now.minusSeconds(590));
        session.addHistory(new HistoryEntry(unknown, false));
        session.addHistory(new HistoryEntry(known, false, "Boris Green", "ACME Ltd", boris.id()));
        MainViewModel model = new MainViewModel(session, UiThread.fx(), Clock.systemDefaultZone(), new RecordingDesktop());
        MainView view = new MainView(model, new MainView.Actions() {
            @Override public void openSettings() { }
            @Override public void openAbout() { }
            @Override public void logout() { }
        });
        Scene scene = new Scene(view.load(), 1180, 760);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownNumberIsAddedFromItsRowAndAKnownOneEdited(FxRobot robot) throws Exception {
        TableView<HistoryEntry> table = robot.lookup(".history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        int queries = session.requests.size();

        openMenu(robot, row(robot, 0));
        assertTrue(menuItemShowing(robot, "Add to contacts…"));
        assertFalse(menuItemShowing(robot, "Edit contact…"), "no contact to edit yet");
        robot.clickOn("Add to contacts…");

        TextField name = robot.lookup("#name").queryAs(TextField.class);
        assertEquals("JOHN CALLER", name.getText(), "the name the PBX sent");
        assertEquals("+15551234567", robot.lookup("#numbers").queryAs(TextArea.class).getText());
        robot.interact(() -> name.setText("John Caller"));
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> book.contacts.size() == 2);
        Contact john = book.contacts.values().stream().filter(c -> c.name().equals("John Caller")).findFirst().orElseThrow();
        assertEquals("+15551234567", john.numbers().get(0).key());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.requests.size() > queries);
        assertEquals("Saved: John Caller", robot.lookup("#messageLabel").queryAs(Label.class).getText());

        openMenu(robot, row(robot, 1));
        assertTrue(menuItemShowing(robot, "Edit contact…"));
        assertFalse(menuItemShowing(robot, "Add to contacts…"), "the number is somebody's already");
        robot.clickOn("Edit contact…");
        TextField editName = robot.lookup("#name").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Boris Green".equals(editName.getText()));
        robot.interact(() -> editName.setText("Boris Greene"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Boris Greene".equals(book.contacts.get(boris.id()).name()));
        assertEquals(2, book.contacts.size(), "edited, not added");
    }

    /**
     * Selects the row and asks for its menu. Monocle makes no context-menu request of a right click
     * (the desktop's windowing system does), so the request the table gets from it is fired here.
     */
    private static void openMenu(FxRobot robot, Node row) {
        robot.clickOn(row);
        robot.interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.geometry.Point2D local = row.screenToLocal(b.getCenterX(), b.getCenterY());
            row.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup(".history-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    private static boolean menuItemShowing(FxRobot robot, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".history-table").queryAs(TableView.class).getContextMenu()
                .getItems().stream().anyMatch(i -> text.equals(i.getText()) && i.isVisible())).get(5, TimeUnit.SECONDS);
    }
}
