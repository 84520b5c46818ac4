package dev.ringside.ui;

import dev.ringside.ui.port.OperatorSession;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. The composition root calls {@link UiContext#install(UiContext)} and then
 * {@code Application.launch(RingsideApp.class, args)}.
 */
public final class RingsideApp extends Application {

    private static volatile Shell shell;
    private static volatile Runnable onStarted = () -> { };

    /** Runs on the FX thread once the first window is up (hand-offs from later starts, a training run). */
    public static void setOnStarted(Runnable action) {
        onStarted = action;
    }

    @Override
    public void start(Stage primaryStage) {
        Shell s = new Shell(primaryStage, UiContext.current());
        shell = s;
        s.start();
        onStarted.run();
    }

    /** Brings the main window to the front: a second start of the app asked for it (any thread). */
    public static void bringToFront() {
        Platform.runLater(() -> {
            Shell s = shell;
            if (s != null) {
                s.bringToFront();
            }
        });
    }

    /** A clicked tel:/callto: link: call the number from the operator's phone (any thread). */
    public static void dial(String number) {
        Platform.runLater(() -> {
            Shell s = shell;
            if (s != null) {
                s.dial(number);
            }
        });
    }

    /** Shows the main window for an already logged-in session (any thread). */
    public static void showSession(OperatorSession session) {
        Platform.runLater(() -> {
            Shell s = shell;
            if (s == null) {
                throw new IllegalStateException("RingsideApp is not running");
            }
            s.showSession(session);
        });
    }
}
