package dev.ringside.ui.desktop;

import dev.ringside.ui.port.Notifier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** The fallback: a ControlsFX notification in the corner of the main window's screen. */
public final class InAppNotifier implements Notifier {

    private final Supplier<Window> owner;

    public InAppNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void notify(String title, String message) {
        Platform.runLater(() -> {
            Window w = owner.get();
            Notifications n = Notifications.create().title(title).text(message)
                    .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(8));
            if (w != null && w.isShowing()) {
                n.owner(w);
            }
            n.showInformation();
        });
    }
}
