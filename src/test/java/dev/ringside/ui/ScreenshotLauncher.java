package dev.ringside.ui;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.call.Call;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeLoginService;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.MemorySecretStore;
import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.fake.RecordingDesktop;
import dev.ringside.ui.fake.SampleHistory;
import dev.ringside.ui.port.CallerStats;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Shows the real views with fake ports, for looking at them (and screenshots) under Xvfb:
 * {@code login | login-error | main | popup | dark | setup} ({@code setup}: the PBX's filters hide the phone's events).
 */
public final class ScreenshotLauncher {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "main";
        Instant now = Instant.now();
        FakeSession session = new FakeSession("Dana Whitfield", "777", "888");
        session.addHistory(SampleHistory.generate(100_000, now.minusSeconds(120), List.of("777", "888"), 7));
        session.unseenMissed = 3;
        Call missed = Calls.ended(Calls.ringing("1700000099.1", "+15557654321", "Maria Garcia", "888",
                now.minusSeconds(95)), dev.ringside.call.CallStatus.MISSED, now.minusSeconds(71));
        session.addHistory(new dev.ringside.ui.port.HistoryEntry(missed, false));
        session.stats = new CallerStats(4, now.minus(Duration.ofHours(26)));
        if (mode.equals("setup")) {
            session.setSetupProblem(java.util.Optional.of(new dev.ringside.ui.port.PbxSetupProblem(List.of("777", "888"),
                    "ringside pbx-config --extension 777 --extension 888 --user op777 --asterisk 22.10.1")));
        }

        Settings.Builder b = Settings.defaults().toBuilder();
        b.extensions = List.of("777", "888");
        b.theme = mode.equals("dark") ? Theme.DARK : Theme.LIGHT;
        b.popupsEnabled = !mode.equals("main");
        if (mode.equals("login-error")) {
            b.demo = false;
            b.host = "pbx.example.com";
            b.username = "ringside";
            b.remember = true;
        }
        MemorySettingsStore settings = new MemorySettingsStore(mode.equals("login") ? null : b.build());
        FakeLoginService login = new FakeLoginService(request -> mode.equals("login-error")
                ? CompletableFuture.failedFuture(new AmiException(AmiError.Kind.WRONG_CREDENTIALS, "Wrong AMI username or secret"))
                : CompletableFuture.<OperatorSession>completedFuture(session));
        LoginRequest auto = switch (mode) {
            case "login" -> null;
            case "login-error" -> new LoginRequest(List.of("777", "888"), "pbx.example.com", 5038, "ringside",
                    "x".toCharArray(), false, false, true);
            default -> new LoginRequest(List.of("777", "888"), "", 0, "", null, false, true, false);
        };
        UiContext.install(new UiContext(login, settings, new MemorySecretStore(false), new RecordingDesktop(),
                "0.1.0-SNAPSHOT", Path.of(System.getProperty("user.home"), ".ringside", "logs"), null, auto));

        if (!mode.startsWith("login")) {
            Thread driver = new Thread(() -> {
                try {
                    Thread.sleep(3500);
                    Call talking = Calls.answered(Calls.ringing("1700000100.1", "+4930123456789", "Jonas Weber", "777",
                            now.minusSeconds(260)), now.minusSeconds(248), "777");
                    session.push(talking);
                    Call ringing = Calls.ringing("1700000101.1", "+15551234567", "Anna Smith", "777", now.minusSeconds(7));
                    session.push(ringing);
                    if (mode.equals("popup") || mode.equals("dark")) {
                        Thread.sleep(300);
                        Call.Builder q = Calls.ringing("1700000102.1", "+442079460958", "Oliver Brown", "888",
                                now.minusSeconds(3)).toBuilder();
                        q.queue = "support";
                        session.push(q.build());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            driver.setDaemon(true);
            driver.start();
        }
        Application.launch(RingsideApp.class, args);
        System.exit(0);
    }
}
