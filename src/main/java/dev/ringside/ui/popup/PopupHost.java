package dev.ringside.ui.popup;

import static dev.ringside.ui.i18n.Localization.lang;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The window that owns every popup (incoming calls, the "more ringing" and missed-call notices).
 *
 * <p>Popups are {@link javafx.stage.Popup} windows: window managers do not focus them (on X11 they
 * are override-redirect windows), so a call never takes the keyboard from what the operator is
 * typing into. A popup needs an owner that is showing: the main window while it is (minimised
 * counts), else a tiny invisible utility window. That one is shown the moment the main window
 * hides (the operator closed it to the tray) or at a start without a window, never when a call
 * arrives, so it cannot take the focus from anyone at that moment either.
 */
public final class PopupHost {

    private final Stage main;
    private final ReadOnlyObjectWrapper<Window> owner = new ReadOnlyObjectWrapper<>();
    private Stage anchor;

    public PopupHost(Stage main) {
        this.main = main;
        main.showingProperty().addListener((obs, was, showing) -> update());
        update();
    }

    /** The window popups are shown for now; it changes when the main window hides or shows. */
    public ReadOnlyObjectProperty<Window> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public Window owner() {
        return owner.get();
    }

    /** The main window, for placing popups clear of it. */
    public Stage main() {
        return main;
    }

    private void update() {
        if (main.isShowing()) {
            owner.set(main);
            if (anchor != null) {
                anchor.hide();
            }
        } else {
            owner.set(anchor());
        }
    }

    private Stage anchor() {
        if (anchor == null) {
            anchor = new Stage(StageStyle.UTILITY);
            anchor.setTitle(lang("app.name"));
            anchor.setOpacity(0);
            Scene scene = new Scene(new Group(), 1, 1);
            scene.setFill(Color.TRANSPARENT);
            anchor.setScene(scene);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            anchor.setX(screen.getMaxX() - 1);
            anchor.setY(screen.getMaxY() - 1);
            anchor.setWidth(1);
            anchor.setHeight(1);
        }
        if (!anchor.isShowing()) {
            anchor.show();
        }
        return anchor;
    }

    /** Hides the invisible owner (logout, quit). */
    public void close() {
        if (anchor != null) {
            anchor.hide();
        }
    }
}
