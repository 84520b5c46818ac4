package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real popup windows under Monocle: what they show, what clicks and keys do, how many there are. */
@ExtendWith(ApplicationExtension.class)
class IncomingCallWindowFxTest {

    private final FakeSession session = new FakeSession("Op", "777", "888");
    private final Call ringing = Calls.ringing("L1", "+15551234567", "Anna Smith", "777", Instant.now());
    private final AtomicBoolean takeFocus = new AtomicBoolean(false);
    private final AtomicInteger mainWindowWanted = new AtomicInteger();
    private IncomingCallsViewModel popups;
    private PopupWindows windows;
    private TextField search;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        search = new TextField();
        search.setId("search");
        stage.setScene(new Scene(new StackPane(search), 400, 300));
        stage.show();
        popups = new IncomingCallsViewModel(session, UiThread.fx(), Clock.systemDefaultZone());
        windows = new PopupWindows(popups, new PopupHost(stage), takeFocus::get, mainWindowWanted::incrementAndGet);
        popups.start();
    }

    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws Exception {
        // popup windows are no stages: the test framework's clean-up does not close them
        WaitForAsyncUtils.asyncFx(() -> {
            popups.stop();
            windows.closeAll();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void showsTheCallerAndAcceptCallsThePortThenClosesWhenAnswered(FxRobot robot) throws Exception {
        session.push(ringing);
        Window popup = awaitWindows(1).get(0);
        assertTrue(popup instanceof PopupWindow, "a popup window: no window manager gives it the focus");
        assertEquals("(555) 123-4567", text(robot, popup, "#callerNumber"));
        assertEquals("Anna Smith", text(robot, popup, "#callerName"));
        assertEquals("Accept only notes that you take the call: answer it on your phone.", text(robot, popup, "#hint"));

        robot.clickOn(button(robot, popup, "#acceptButton"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.accepted);

        session.push(Calls.answered(ringing, Instant.now(), "777"));
        awaitWindows(0);
    }

    @Test
    void typingIntoTheMainWindowNeverActsOnAPopup(FxRobot robot) throws Exception {
        robot.clickOn("#search").write("ab");
        session.push(ringing);
        Window popup = awaitWindows(1).get(0);
        // the operator keeps typing: space, Enter, Esc, as in the report
        robot.write("c d").type(KeyCode.ENTER).type(KeyCode.SPACE).type(KeyCode.ESCAPE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), session.accepted);
        assertEquals(List.of(), session.rejected);
        assertEquals("abc d ", fx(() -> search.getText()), "the typed text stays where it was typed");
        assertTrue(fx(() -> main.isFocused()));
        assertTrue(fx(popup::isShowing));
    }

    @Test
    void rejectSendsTheRejectAndShowsFeedback(FxRobot robot) throws Exception {
        CompletableFuture<Void> result = new CompletableFuture<>();
        session.rejectResult = () -> result;
        session.push(ringing);
        Window popup = awaitWindows(1).get(0);
        Button reject = button(robot, popup, "#rejectButton");
        robot.clickOn(reject);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.rejected);
        assertTrue(fx(reject::isDisabled));
        assertEquals("Rejecting\u2026", text(robot, popup, "#feedback"));
        result.complete(null);
        awaitWindows(0);
    }

    @Test
    void whereTheOperatorLetsPopupsTakeTheFocusEnterAcceptsButNoKeyRejectsAfterwards(FxRobot robot) throws Exception {
        takeFocus.set(true);
        session.push(ringing);
        Window popup = awaitWindows(1).get(0);
        assertTrue(popup instanceof Stage);
        await(popup::isFocused);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.accepted);
        assertEquals("Accepted \u2013 pick up your phone", text(robot, popup, "#feedback"));
        assertFalse(fx(() -> button(robot, popup, "#rejectButton").isDisabled()), "still offered: the phone rings on");

        robot.type(KeyCode.ENTER).type(KeyCode.ESCAPE).type(KeyCode.SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), session.rejected, "Enter twice (the report) and every other key hang up no one");

        robot.clickOn(button(robot, popup, "#rejectButton"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("You accepted this call. Reject it anyway?", text(robot, popup, "#confirmQuestion"));
        robot.type(KeyCode.ENTER).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), session.rejected, "the question is answered by a click only");
        robot.clickOn(button(robot, popup, "#hangUpButton"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.rejected);
    }

    @Test
    void aFloodOfCallsMakesThreeWindowsAndOneThatLeadsToTheMainWindow(FxRobot robot) throws Exception {
        for (int i = 0; i < 200; i++) {
            session.push(Calls.ringing("F" + i, "+4420794600" + String.format("%02d", i % 100), null, "777", Instant.now()));
        }
        int fit = PopupWindows.windowsThatFit(fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()));
        assertTrue(fit >= 1 && fit <= IncomingCallsViewModel.MAX_WINDOWS);
        List<Window> open = awaitWindows(fit + 1);
        Window more = open.get(open.size() - 1);
        assertEquals("+" + (200 - fit) + " more calls ringing", text(robot, more, ".popup-more .label"));
        robot.clickOn(robot.from(more.getScene().getRoot()).lookup(".popup-more").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, mainWindowWanted.get());
        for (Window w : open) {
            assertTrue(fx(() -> w.getY() >= 0 && w.getY() + w.getHeight() <= javafx.stage.Screen.getPrimary().getBounds().getMaxY()),
                    "on screen");
        }
    }

    @Test
    void aHugeNumberOrNameDoesNotGrowTheWindow(FxRobot robot) throws Exception {
        session.push(Calls.ringing("L2", "+1" + "5".repeat(200), "x".repeat(500), "777", Instant.now()));
        Window big = awaitWindows(1).get(0);
        assertEquals(PopupWindows.WIDTH, fx(big::getWidth), 2, "the width it always has");
        assertEquals(PopupWindows.CALL_HEIGHT, fx(big::getHeight), 2, "the height it always has");
        // the popup window's own root stays bare: no frame or padding around the card (a white box)
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) fx(() -> big.getScene().getRoot());
        assertEquals(javafx.geometry.Insets.EMPTY, fx(root::getPadding));
        assertTrue(fx(() -> root.getBackground() == null || root.getBackground().isEmpty()), "no background of its own");
        assertTrue(text(robot, big, "#callerNumber").endsWith("\u2026"));
        assertTrue(text(robot, big, "#callerName").endsWith("\u2026"));
    }

    // ---------------------------------------------------------------- helpers

    private List<Window> awaitWindows(int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> windows.windows().size() == n
                && windows.windows().stream().allMatch(Window::isShowing)));
        return fx(() -> windows.windows());
    }

    private static Button button(FxRobot robot, Window w, String query) {
        return fx(() -> robot.from(w.getScene().getRoot()).lookup(query).queryAs(Button.class));
    }

    private static String text(FxRobot robot, Window w, String query) {
        return fx(() -> robot.from(w.getScene().getRoot()).lookup(query).queryAs(Label.class).getText());
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
