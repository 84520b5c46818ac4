package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

@ExtendWith(ApplicationExtension.class)
class IncomingCallWindowFxTest {

    private final FakeSession session = new FakeSession("Op", "777", "888");
    private final Call ringing = Calls.ringing("L1", "+15551234567", "Anna Smith", "777", Instant.now());
    private IncomingCallsViewModel popups;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("main")), 400, 300));
        stage.show();
        popups = new IncomingCallsViewModel(session, UiThread.fx(), Clock.systemDefaultZone());
        new PopupWindows(popups, () -> stage, () -> false);
        popups.start();
    }

    @Test
    void showsTheCallerAndAcceptCallsThePortThenClosesWhenAnswered(FxRobot robot) throws Exception {
        session.push(ringing);
        Window popup = awaitPopup();
        Label number = robot.from(popup.getScene().getRoot()).lookup("#callerNumber").queryAs(Label.class);
        assertEquals("(555) 123-4567", number.getText());
        assertEquals("Anna Smith", robot.from(popup.getScene().getRoot()).lookup("#callerName").queryAs(Label.class).getText());
        assertTrue(((Stage) popup).isAlwaysOnTop());

        robot.clickOn(robot.from(popup.getScene().getRoot()).lookup("#acceptButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.accepted);

        session.push(Calls.answered(ringing, Instant.now(), "777"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopup().isEmpty());
    }

    @Test
    void rejectSendsTheRejectAndShowsFeedback(FxRobot robot) throws Exception {
        CompletableFuture<Void> result = new CompletableFuture<>();
        session.rejectResult = () -> result;
        session.push(ringing);
        Window popup = awaitPopup();
        Button reject = robot.from(popup.getScene().getRoot()).lookup("#rejectButton").queryAs(Button.class);
        robot.clickOn(reject);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("L1"), session.rejected);
        assertTrue(reject.isDisabled());
        assertEquals("Rejecting\u2026", robot.from(popup.getScene().getRoot()).lookup("#feedback").queryAs(Label.class).getText());
        result.complete(null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopup().isEmpty());
    }

    @Test
    void closesWhenAnsweredElsewhereAndNeverOpensForOtherExtensions(FxRobot robot) throws Exception {
        session.push(Calls.ringing("OTHER", "+15550000000", null, "999", Instant.now()));
        session.push(ringing);
        awaitPopup();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, popupWindows().size(), "only the call to 777 has a window");
        session.push(Calls.answered(ringing, Instant.now(), "205"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopup().isEmpty());
    }

    private Window awaitPopup() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopup().isPresent());
        return findPopup().orElseThrow();
    }

    private Optional<Window> findPopup() {
        return popupWindows().stream().findFirst();
    }

    private List<Window> popupWindows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Incoming call"))
                    .toList()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
