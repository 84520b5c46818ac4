package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.fake.SampleHistory;
import dev.ringside.ui.port.HistoryEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewFxTest {

    private final FakeSession session = new FakeSession("Dana Whitfield", "777", "888");

    @Start
    void start(Stage stage) {
        session.addHistory(SampleHistory.generate(100_000, Instant.now(), List.of("777", "888"), 11));
        session.unseenMissed = 2;
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
    void historyShowsTheNewestPageAndTheHeaderTheOperator(FxRobot robot) throws Exception {
        TableView<HistoryEntry> table = robot.lookup(".history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        assertEquals("1\u2013100 of 100,000", robot.lookup("#rangeLabel").queryAs(Label.class).getText());
        assertTrue(table.getItems().get(0).call().startedAt().isAfter(table.getItems().get(1).call().startedAt()));
        assertEquals("Dana Whitfield", robot.lookup("#operatorLabel").queryAs(Label.class).getText());
        assertEquals("Connected", robot.lookup("#connectionChip").queryAs(Label.class).getText());
        assertEquals("2 missed calls", robot.lookup("#missedButton").queryAs(javafx.scene.control.Button.class).getText());

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "101\u2013200 of 100,000".equals(robot.lookup("#rangeLabel").queryAs(Label.class).getText()));
    }
}
