package dev.ringside.ui.desktop;

import dev.ringside.ui.port.Notifier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The fallback: a ControlsFX notification in the top corner of the main window's screen, in the
 * app's theme. Only while the main window is up: ControlsFX would otherwise open a window of its
 * own, which takes the focus (the tray's notifier covers the hidden window).
 */
public final class InAppNotifier implements Notifier {

    private final Supplier<Window> owner;

    public InAppNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void notify(String title, String message) {
        Platform.runLater(() -> {
            Window w = owner.get();
            // top right: the bottom right is where calls pop up
            Notifications n = Notifications.create().title(title).text(message)
                    .position(Pos.TOP_RIGHT).hideAfter(Duration.seconds(8));
            if (dev.ringside.ui.Themes.currentProperty().get() == dev.ringside.ui.port.Theme.DARK) {
                n.darkStyle();
            }
            if (w == null || !w.isShowing()) {
                return;
            }
            n.owner(w);
            n.showInformation();
        });
    }
}
