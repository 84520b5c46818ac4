package dev.ringside.ui;

import dev.ringside.ui.port.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Scene;

/** One stylesheet on Modena for every window; dark is a style class on each scene's root. */
public final class Themes {

    public static final String STYLESHEET = Themes.class.getResource("ringside.css").toExternalForm();
    private static final String DARK = "theme-dark";
    private static final ObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(Theme.LIGHT);

    private Themes() {
    }

    public static ObjectProperty<Theme> currentProperty() {
        return CURRENT;
    }

    /** Styles the scene now and keeps it following theme changes. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        apply(scene, CURRENT.get());
        // held by the scene, listened to weakly: closed popups must not stay reachable from the theme
        ChangeListener<Theme> follow = (obs, o, theme) -> apply(scene, theme);
        scene.getProperties().put(Themes.class, follow);
        CURRENT.addListener(new WeakChangeListener<>(follow));
        scene.rootProperty().addListener((obs, o, root) -> apply(scene, CURRENT.get()));
    }

    private static void apply(Scene scene, Theme theme) {
        if (scene.getRoot() == null) {
            return;
        }
        scene.getRoot().getStyleClass().remove(DARK);
        if (theme == Theme.DARK) {
            scene.getRoot().getStyleClass().add(DARK);
        }
    }
}
