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
        // the test framework's one stage keeps the size and place an earlier test gave it: this test's own
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
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

    @Test
    @SuppressWarnings("unchecked")
    void aHeaderClickSortsTheWholeHistoryAndShowsWhichWayCallsWent(FxRobot robot) throws Exception {
        TableView<HistoryEntry> table = robot.lookup(".history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 100);
        robot.clickOn(robot.lookup(".column-header .label").match(
                (Label l) -> "Ring".equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.requests.stream()
                .anyMatch(r -> r.sort() == dev.ringside.ui.port.HistorySort.RING));
        dev.ringside.ui.port.HistoryRequest asked = session.requests.get(session.requests.size() - 1);
        assertEquals(dev.ringside.ui.port.HistorySort.RING, asked.sort());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().get(0).ringTime()
                .compareTo(table.getItems().get(99).ringTime()) <= 0);
        assertEquals(javafx.scene.control.TableColumn.SortType.ASCENDING, table.getSortOrder().get(0).getSortType(),
                "the header arrow shows the order the store used");

        // outgoing rows show the other party, with an arrow that says "outgoing"
        robot.clickOn("#statusBox").clickOn(robot.lookup(".list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "Outgoing".equals(c.getText())).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(e -> e.call().direction() == dev.ringside.call.Direction.OUTBOUND));
        javafx.scene.control.TableCell<?, ?> party = robot.lookup(".table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> c.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon f
                        && f.getStyleClass().contains("dir-out")).queryAs(javafx.scene.control.TableCell.class);
        assertEquals(dev.ringside.ui.NumberText.of(table.getItems().get(0).call().receiverNumber()), party.getText());
        assertEquals("Outgoing call", party.getTooltip().getText());
    }

    @Test
    void ctrlLDialsANumberOrANameFromHistory(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !session.requests.isEmpty());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.CONTROL);
        robot.write("Ivan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !session.calledBack.isEmpty());
        assertEquals(List.of("+79123456789"), session.calledBack, "the one number history knows for Ivan");

        robot.clickOn("#dialField").write("+44 20 7946 0000").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.calledBack.size() == 2);
        assertEquals("+44 20 7946 0000", session.calledBack.get(1));
    }
}
