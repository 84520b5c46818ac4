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
 * {@code login | login-error | main | popup | dark | setup | contacts} ({@code setup}: the PBX's filters hide the phone's events;
 * {@code contacts}: the Contacts window opened over the main window),
 * and the desk: {@code desk | desk-break | desk-colleagues | desk-day | desk-call | desk-transfer} (see {@link DeskShots}).
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
        b.popupsEnabled = !mode.equals("main") && !mode.startsWith("desk") || mode.equals("desk-call");
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
        addContacts(session, mode);
        UiContext.install(new UiContext(login, settings, new MemorySecretStore(false), new RecordingDesktop(),
                "0.1.0-SNAPSHOT", Path.of(System.getProperty("user.home"), ".ringside", "logs"), null, auto));

        if (mode.startsWith("desk")) {
            DeskShots.install(session, mode, now);
        } else if (!mode.startsWith("login")) {
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

    /** Contacts in a real H2 store; Anna's number is known ("Anna Smith · ACME Ltd · mobile"), Oliver's is not. */
    private static void addContacts(FakeSession session, String mode) throws Exception {
        dev.ringside.history.CallHistory db = dev.ringside.history.CallHistory.open(
                java.nio.file.Files.createTempDirectory("ringside-shots").resolve("history"));
        dev.ringside.phone.PhoneNumbers us = new dev.ringside.phone.PhoneNumbers("US");
        dev.ringside.contacts.ContactStore store = new dev.ringside.contacts.ContactStore(db.dataSource(), us);
        String[][] people = {
                {"Anna Smith", "ACME Ltd", "mobile", "+1 555 123 4567", "work", "+1 555 010 0200", "anna@acme.example"},
                {null, "ACME Ltd", "main", "+1 555 010 0100", null, null, "office@acme.example"},
                {"Jonas Weber", "Weber & Söhne GmbH", "work", "+49 30 123456789", "mobile", "+49 151 2345678", null},
                {"Мария Иванова", "ООО «Ромашка»", "mobile", "+7 912 345-67-89", "work", "+7 495 123-45-67", null},
                {"Maria Garcia", null, "cell", "+1 555 765 4321", null, null, "maria@example.org"},
                {"Front desk", null, "extension", "201", null, null, null}};
        for (String[] p : people) {
            dev.ringside.contacts.ContactDraft d = new dev.ringside.contacts.ContactDraft();
            d.name = p[0];
            d.company = p[1];
            d.addNumber(p[2], p[3]);
            if (p[5] != null) {
                d.addNumber(p[4], p[5]);
            }
            d.email = p[6];
            store.save(d.check(us).contact());
        }
        session.contactBook = new dev.ringside.app.EngineContactBook(store, java.util.concurrent.Executors.newSingleThreadExecutor());
        session.identifyResult = n -> CompletableFuture.supplyAsync(() -> store.byNumber(n));
        if (mode.equals("contacts")) {
            Thread opener = new Thread(() -> {
                try {
                    Thread.sleep(4500);
                } catch (InterruptedException e) {
                    return;
                }
                javafx.application.Platform.runLater(() -> javafx.stage.Window.getWindows().stream()
                        .map(w -> w.getScene().lookup("#contactsButton")).filter(java.util.Objects::nonNull)
                        .findFirst().ifPresent(b -> ((javafx.scene.control.Button) b).fire()));
            });
            opener.setDaemon(true);
            opener.start();
        }
    }
}
