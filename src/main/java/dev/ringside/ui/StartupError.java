package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * Tells the operator, in a plain dialog, why Ringside cannot start (its history is locked or
 * unreadable, its folders cannot be made). Someone who started it from a menu never sees stderr.
 */
public final class StartupError {

    private StartupError() {
    }

    /** Shows the operator's words for {@code error} (see {@link ErrorText}). */
    public static void show(Throwable error) {
        show(ErrorText.of(error));
    }

    /** Ringside is already running for this user but does not answer. */
    public static void showInstanceNotAnswering() {
        show(lang("startup.instance"));
    }

    /** Shows the message and waits until it is closed; does nothing where there is no display. */
    public static void show(String message) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            // the dialog waits for the toolkit's first pulse; shown from the start-up call it stays blank
            Platform.startup(() -> Platform.runLater(() -> {
                try {
                    Alert alert = new Alert(Alert.AlertType.ERROR, message, Dialogs.ok());
                    alert.setTitle(lang("startup.title"));
                    alert.setHeaderText(lang("startup.header"));
                    alert.getDialogPane().setMinWidth(460);
                    alert.showAndWait();
                } finally {
                    closed.countDown();
                    Platform.exit();
                }
            }));
            closed.await();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // no display: the message has already gone to stderr and the log
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
