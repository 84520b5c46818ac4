package dev.ringside.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ringside.call.Call;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.phone.HomeCountry;
import dev.ringside.ui.Themes;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.Calls;
import dev.ringside.ui.fake.FakeSession;
import dev.ringside.ui.fake.RecordingDesktop;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Now" list names a live call's contact once the look-up answers, and again after the contacts change. */
@ExtendWith(ApplicationExtension.class)
class NowListContactFxTest {

    private final FakeSession session = new FakeSession("Dana", "777");
    private final CompletableFuture<Optional<CallerMatch>> lookUp = new CompletableFuture<>();

    /** An operator in the US, whatever an earlier test in this JVM set: numbers read nationally. */
    private final String homeCountry = HomeCountry.numbers().homeRegion();

    @AfterEach
    void restoreHomeCountry() {
        HomeCountry.set(homeCountry);
    }

    @Start
    void start(Stage stage) {
        HomeCountry.set("US");
        session.identifyResult = number -> lookUp;
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
    void aRingingCallShowsItsContactWhenTheLookUpAnswers(FxRobot robot) throws Exception {
        Call ringing = Calls.ringing("L1", "+15551234567", "WIRELESS CALLER", "777", Instant.now());
        session.push(ringing);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> party(robot) != null);
        assertEquals("WIRELESS CALLER  \u00b7  (555) 123-4567", party(robot), "the caller ID at once");

        lookUp.complete(Optional.of(new CallerMatch(3L, "Anna Smith", "ACME Ltd", "cell", CallerMatch.Source.LOCAL)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> party(robot).startsWith("Anna"));
        assertEquals("Anna Smith \u00b7 ACME Ltd \u00b7 mobile  \u00b7  (555) 123-4567", party(robot));

        session.fireCallerChanged("L1", Optional.of(new CallerMatch(4L, null, "ACME Ltd", "main",
                CallerMatch.Source.LOCAL)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> party(robot).startsWith("ACME Ltd \u00b7 main"));
        assertEquals("ACME Ltd \u00b7 main  \u00b7  (555) 123-4567", party(robot), "a company alone");
    }

    private static String party(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".live-party").tryQuery()
                    .map(n -> ((Label) n).getText()).filter(t -> !t.isEmpty()).orElse(null)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
