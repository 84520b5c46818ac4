package dev.ringside.ui.popup;

import dev.ringside.ui.Themes;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * One popup on screen, of a fixed size. By default a {@link Popup}, which no window manager
 * focuses and which acts on no key; when the settings allow popups to take the focus, an
 * always-on-top window that asks for it, where Enter and Esc go to {@code keys}.
 */
abstract class PopupSurface {

    /** What Enter and Esc do in a popup that may take the focus. */
    interface Keys {
        void enter();

        void escape();
    }

    abstract void show(Window owner);

    abstract void moveTo(double x, double y);

    abstract void close();

    abstract Window window();

    final double width;
    final double height;

    /** The content is held at exactly this size: whatever it shows, the popup never grows. */
    PopupSurface(Region content, double width, double height) {
        this.width = width;
        this.height = height;
        content.setMinSize(width, height);
        content.setPrefSize(width, height);
        content.setMaxSize(width, height);
    }

    static PopupSurface of(Region content, double width, double height, boolean mayTakeFocus, String title, Keys keys) {
        return mayTakeFocus ? new FocusTaking(content, width, height, title, keys) : new Unfocused(content, width, height);
    }

    /** A popup window: never focused, never sent keys (Enter and Esc cannot act on it). */
    private static final class Unfocused extends PopupSurface {
        private final Popup popup = new Popup();

        Unfocused(Region content, double width, double height) {
            super(content, width, height);
            popup.getContent().add(content);
            popup.setAutoHide(false);
            popup.setHideOnEscape(false);
            popup.setAutoFix(false);
            Themes.style(popup.getScene());
            // keys typed into the owner are offered to its popups first: these take none of them
        }

        @Override
        void show(Window owner) {
            if (popup.isShowing() && popup.getOwnerWindow() != owner) {
                popup.hide();
            }
            if (!popup.isShowing()) {
                popup.show(owner);
            }
        }

        @Override
        void moveTo(double x, double y) {
            popup.setX(x);
            popup.setY(y);
        }

        @Override
        void close() {
            popup.hide();
        }

        @Override
        Window window() {
            return popup;
        }
    }

    /** The operator allowed popups to take the focus: a window of its own, Enter accepts, Esc rejects. */
    private static final class FocusTaking extends PopupSurface {
        private final Stage stage = new Stage(StageStyle.UNDECORATED);

        FocusTaking(Region content, double width, double height, String title, Keys keys) {
            super(content, width, height);
            stage.setTitle(title);
            stage.setAlwaysOnTop(true);
            stage.setResizable(false);
            Scene scene = new Scene(content);
            Themes.style(scene);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    keys.enter();
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    keys.escape();
                    e.consume();
                }
            });
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
        }

        @Override
        void show(Window owner) {
            if (!stage.isShowing()) {
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }
        }

        @Override
        void moveTo(double x, double y) {
            stage.setX(x);
            stage.setY(y);
        }

        @Override
        void close() {
            stage.close();
        }

        @Override
        Window window() {
            return stage;
        }
    }
}
