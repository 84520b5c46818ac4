package dev.ringside.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.Call;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeDesk;
import dev.ringside.ui.fake.FakeSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window of an answered call may get the keyboard from a window manager: no key may act in it. */
@ExtendWith(ApplicationExtension.class)
class CallWindowKeysFxTest {

    private final FakeSession session = new FakeSession("Dana", "777");
    private final FakeDesk desk = new FakeDesk();
    private Parent root;

    @Start
    void start(Stage stage) {
        session.desk = desk;
        Instant now = Instant.now();
        Call talking = Calls.answered(Calls.ringing("W1", "+15551234567", "Anna Smith", "777", now.minusSeconds(40)),
                now.minusSeconds(30), "777");
        session.push(talking);
        DeskViewModel deskModel = new DeskViewModel(desk, session, UiThread.fx(), Clock.systemDefaultZone());
        CallWindowViewModel window = new CallWindowViewModel(deskModel.controls(talking));
        root = new CallWindowView(window).load();
        Scene scene = new Scene(root);
        Themes.style(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        stage.requestFocus();
    }

    @Test
    void tabsSpacesAndEntersTypedIntoItDoNothing(FxRobot robot) {
        List<Control> controls = new ArrayList<>();
        collect(root, controls);
        assertTrue(controls.stream().anyMatch(c -> c.getStyleClass().contains("call-hangup")
                || c.getStyleClass().contains("call-transfer")), "the call's controls are in the window");
        assertTrue(controls.stream().noneMatch(Control::isFocusTraversable), "no control takes the keyboard");

        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), desk.actions, "no hang-up and no transfer came from keys");
        assertFalse(controls.stream().anyMatch(Node::isFocused));
    }

    private static void collect(Node node, List<Control> into) {
        if (node instanceof Control c) {
            into.add(c);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> collect(n, into));
        }
    }
}
