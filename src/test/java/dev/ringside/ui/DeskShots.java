package dev.ringside.ui;

import dev.ringside.call.Call;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.DayStats;
import dev.ringside.desk.Presence;
import dev.ringside.desk.TransferProgress;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeDesk;
import dev.ringside.ui.fake.FakeSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/** The desk's screenshot states for {@link ScreenshotLauncher}: queues, a break, colleagues, the day, a call's window. */
final class DeskShots {

    private DeskShots() {
    }

    static void install(FakeSession session, String mode, Instant now) {
        FakeDesk desk = new FakeDesk();
        boolean onBreak = mode.equals("desk-break");
        desk.queues = new ArrayList<>(List.of(
                FakeDesk.queue("support", 3, now.minusSeconds(97), 4, 1,
                        FakeDesk.member("PJSIP/777", false, onBreak, onBreak ? "Lunch" : "",
                                onBreak ? now.minusSeconds(754) : null)),
                FakeDesk.queue("billing", 1, now.minusSeconds(23), 3, 2,
                        FakeDesk.member("PJSIP/777", true, onBreak, onBreak ? "Lunch" : "",
                                onBreak ? now.minusSeconds(754) : null)),
                FakeDesk.queue("sales", 2, now.minusSeconds(41), 2, 0, null)));
        desk.loginQueues = List.of("billing", "sales");
        desk.colleagues = List.of(new Colleague("201", "Ivan Petrov"), new Colleague("202", "Olga Smirnova"),
                new Colleague("203", "Tom Baker"), new Colleague("204", "Priya Shah"), new Colleague("998", ""));
        desk.presence.put("201", Presence.IDLE);
        desk.presence.put("202", Presence.IN_USE);
        desk.presence.put("203", Presence.RINGING);
        desk.presence.put("204", Presence.UNAVAILABLE);
        desk.presence.put("998", Presence.IDLE);
        desk.day = day();
        session.desk = desk;
        Thread driver = new Thread(() -> {
            try {
                Thread.sleep(3500);
                if (!onBreak) {
                    Call.Builder talking = Calls.answered(Calls.ringing("1700000100.1", "+4930123456789", "Jonas Weber",
                            "777", now.minusSeconds(260)), now.minusSeconds(248), "777").toBuilder();
                    talking.queue = "support";
                    talking.acceptedAt = now.minusSeconds(250);
                    session.push(talking.build());
                    if (mode.equals("desk-transfer")) {
                        Thread.sleep(6000);
                        Platform.runLater(() -> Window.getWindows().stream().filter(w -> w.getScene() != null)
                                .map(w -> w.getScene().lookup(".call-transfer")).filter(java.util.Objects::nonNull)
                                .findFirst().ifPresent(b -> ((javafx.scene.control.MenuButton) b).show()));
                    }
                    if (mode.equals("desk")) {
                        desk.progress(new TransferProgress("1700000100.1", true, "201",
                                TransferProgress.Stage.TALKING_TO_TARGET, null));
                    }
                    session.push(Calls.ringing("1700000101.1", "+15551234567", "Anna Smith", "777", now.minusSeconds(7)));
                }
                int tab = switch (mode) {
                    case "desk-colleagues" -> 1;
                    case "desk-day" -> 2;
                    default -> 0;
                };
                // the main window comes once the sample history is made: try until its tabs are there
                for (int i = 0; i < 100; i++) {
                    Thread.sleep(200);
                    java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
                    Platform.runLater(() -> done.complete(Window.getWindows().stream().filter(w -> w.getScene() != null)
                            .map(w -> w.getScene().lookup(".desk-tabs")).filter(java.util.Objects::nonNull).findFirst()
                            .map(t -> {
                                ((TabPane) t).getSelectionModel().select(tab);
                                return true;
                            }).orElse(false)));
                    if (done.join()) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        driver.setDaemon(true);
        driver.start();
    }

    /** A morning and early afternoon at a busy desk. */
    private static DayStats day() {
        int[][] counts = {{9, 6, 1, 0}, {10, 9, 2, 1}, {11, 7, 0, 0}, {12, 3, 1, 0}, {13, 8, 2, 1}, {14, 5, 1, 0}};
        List<DayStats.HourCount> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            DayStats.HourCount c = new DayStats.HourCount(h, 0, 0, 0);
            for (int[] row : counts) {
                if (row[0] == h) {
                    c = new DayStats.HourCount(h, row[1], row[2], row[3]);
                }
            }
            hours.add(c);
        }
        return new DayStats(38, 7, 2, Duration.ofSeconds(7), Duration.ofSeconds(194), Duration.ofMinutes(52), hours);
    }

}
