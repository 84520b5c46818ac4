package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.port.WindowPlaces;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Windows sized and placed for the screen they are on (under Monocle's screen). */
@ExtendWith(ApplicationExtension.class)
class WindowFitFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWindowLargerThanItsScreenIsCutToItAndKeptOnIt() throws Exception {
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        fx(() -> WindowFit.place(stage, screen.getWidth() * 3, screen.getHeight() * 3, Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(stage::getWidth) <= screen.getWidth());
        assertTrue(fx(stage::getHeight) <= screen.getHeight());
        assertTrue(fx(stage::getMinWidth) <= screen.getWidth() && fx(stage::getMinHeight) <= screen.getHeight(),
                "even its minimum fits: at 200 % a screen may be 500 high");
        assertTrue(fx(() -> screen.contains(stage.getX(), stage.getY())));
    }

    @Test
    void aRememberedPlaceComesBackOnTheSameScreensAndIsIgnoredOffThem() throws Exception {
        WindowPlaces places = WindowPlaces.inMemory();
        fx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(500);
            stage.setHeight(400);
            WindowFit.save(stage, "main", places);
            return null;
        });
        String screens = fx(WindowFit::screensKey);
        WindowPlaces.Place kept = places.load("main", screens).orElseThrow();
        assertEquals(new WindowPlaces.Place(40, 30, 500, 400, false), kept);
        assertTrue(places.load("main", screens + ";1920x1080+1280+0@1.00").isEmpty(), "another screen setup has its own");

        fx(() -> WindowFit.place(stage, 900, 700, Optional.of(new WindowPlaces.Place(60, 50, 520, 410, false))));
        assertEquals(60, fx(stage::getX), 0.5);
        assertEquals(520, fx(stage::getWidth), 0.5);

        // a place on a monitor that is gone: fitted and centred on this screen instead
        fx(() -> WindowFit.place(stage, 400, 300, Optional.of(new WindowPlaces.Place(9000, 9000, 520, 410, false))));
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        assertEquals(400, fx(stage::getWidth), 0.5);
        assertTrue(fx(() -> screen.contains(stage.getX(), stage.getY())));
    }

    @Test
    void aDialogOpensCentredOnItsOwner() throws Exception {
        fx(() -> {
            stage.setX(100);
            stage.setY(80);
            stage.setWidth(600);
            stage.setHeight(500);
            return null;
        });
        Alert[] alert = new Alert[1];
        fx(() -> {
            alert[0] = new Alert(Alert.AlertType.INFORMATION, "x");
            alert[0].initOwner(stage);
            WindowFit.centreOnOwner(alert[0], stage);
            alert[0].show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window w = fx(() -> alert[0].getDialogPane().getScene().getWindow());
        double centreX = fx(() -> w.getX() + w.getWidth() / 2);
        double centreY = fx(() -> w.getY() + w.getHeight() / 2);
        assertEquals(400, centreX, 2);
        assertEquals(330, centreY, 2);
        fx(() -> {
            alert[0].close();
            return null;
        });
    }
}
