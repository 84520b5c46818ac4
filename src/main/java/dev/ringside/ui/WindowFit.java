package dev.ringside.ui;

import dev.ringside.ui.port.WindowPlaces;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Windows that fit their screen: never larger than its usable area (at 200 % scaling a 1000-pixel
 * screen is 500 high), never off it, dialogs centred on their owner, and the main window where the
 * operator left it on this screen setup.
 */
public final class WindowFit {

    private WindowFit() {
    }

    /** The screen setup as a key: every screen's bounds and scale, sorted. */
    public static String screensKey() {
        return Screen.getScreens().stream()
                .sorted(Comparator.comparingDouble((Screen s) -> s.getBounds().getMinX())
                        .thenComparingDouble(s -> s.getBounds().getMinY()))
                .map(s -> String.format(Locale.ROOT, "%.0fx%.0f+%.0f+%.0f@%.2f", s.getBounds().getWidth(),
                        s.getBounds().getHeight(), s.getBounds().getMinX(), s.getBounds().getMinY(), s.getOutputScaleX()))
                .collect(Collectors.joining(";"));
    }

    /**
     * Sizes and places a window: the remembered place when it is on a screen of this setup, else
     * the preferred size (cut to the screen) centred on the screen it is on.
     */
    public static javafx.geometry.Dimension2D place(Stage stage, double prefWidth, double prefHeight,
                                                    Optional<WindowPlaces.Place> remembered) {
        Optional<WindowPlaces.Place> usable = remembered.filter(p -> screenOf(p.x(), p.y(), p.width(), p.height()) != null);
        Rectangle2D area = usable.map(p -> screenOf(p.x(), p.y(), p.width(), p.height()).getVisualBounds())
                .orElseGet(() -> currentScreen(stage).getVisualBounds());
        double minWidth = Math.min(480, area.getWidth());
        double minHeight = Math.min(420, area.getHeight());
        double w = Math.min(usable.map(WindowPlaces.Place::width).orElse(prefWidth), area.getWidth());
        double h = Math.min(usable.map(WindowPlaces.Place::height).orElse(prefHeight), area.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        if (usable.isPresent()) {
            stage.setX(clamp(usable.get().x(), area.getMinX(), area.getMaxX() - w));
            stage.setY(clamp(usable.get().y(), area.getMinY(), area.getMaxY() - h));
            stage.setMaximized(usable.get().maximized());
        } else {
            stage.setX(area.getMinX() + (area.getWidth() - w) / 2);
            stage.setY(area.getMinY() + (area.getHeight() - h) / 3);
        }
        if (stage.isShowing()) {
            stage.setMinWidth(minWidth);
            stage.setMinHeight(minHeight);
        } else {
            // GTK under some window managers (openbox) gives a new window its content's size, or its
            // minimum, once it is mapped: the size is set again once the window is up
            double x = stage.getX();
            double y = stage.getY();
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    javafx.application.Platform.runLater(() -> {
                        stage.setMinWidth(minWidth);
                        stage.setMinHeight(minHeight);
                        if (!stage.isMaximized()) {
                            stage.setWidth(w);
                            stage.setHeight(h);
                            stage.setX(x);
                            stage.setY(y);
                        }
                    });
                }
            });
        }
        return new javafx.geometry.Dimension2D(w, h);
    }

    /** Keeps the window's place in {@code places} as the operator moves and sizes it (a moment after they stop). */
    public static void remember(Stage stage, java.util.function.Supplier<String> name, WindowPlaces places) {
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(e -> save(stage, name.get(), places));
        Runnable changed = () -> {
            if (stage.isShowing() && !stage.isIconified()) {
                settle.playFromStart();
            }
        };
        stage.xProperty().addListener((obs, o, n) -> changed.run());
        stage.yProperty().addListener((obs, o, n) -> changed.run());
        stage.widthProperty().addListener((obs, o, n) -> changed.run());
        stage.heightProperty().addListener((obs, o, n) -> changed.run());
        stage.maximizedProperty().addListener((obs, o, n) -> changed.run());
    }

    public static void save(Stage stage, String name, WindowPlaces places) {
        if (!stage.isShowing() || stage.isIconified() || Double.isNaN(stage.getWidth())) {
            return;
        }
        places.save(name, screensKey(), new WindowPlaces.Place(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    /** Once shown: centred on its owner, inside the owner's screen (never its top-left corner). */
    public static void centreOnOwner(javafx.scene.control.Dialog<?> dialog, Window owner) {
        dialog.setOnShown(e -> centre(dialog.getDialogPane().getScene().getWindow(), owner));
    }

    /** Puts a shown dialog in the middle of its owner, inside the owner's screen. */
    public static void centre(Window dialog, Window owner) {
        if (owner == null || !owner.isShowing() || dialog == null) {
            return;
        }
        Screen screen = screenOf(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D area = (screen != null ? screen : Screen.getPrimary()).getVisualBounds();
        double w = Math.min(dialog.getWidth(), area.getWidth());
        double h = Math.min(dialog.getHeight(), area.getHeight());
        if (w < dialog.getWidth()) {
            dialog.setWidth(w);
        }
        if (h < dialog.getHeight()) {
            dialog.setHeight(h);
        }
        dialog.setX(clamp(owner.getX() + (owner.getWidth() - w) / 2, area.getMinX(), area.getMaxX() - w));
        dialog.setY(clamp(owner.getY() + (owner.getHeight() - h) / 2, area.getMinY(), area.getMaxY() - h));
    }

    /** The usable area of the screen the window is on (the primary screen while it is not shown). */
    public static Rectangle2D screenArea(Stage stage) {
        return currentScreen(stage).getVisualBounds();
    }

    private static Screen currentScreen(Stage stage) {
        if (stage.isShowing() && !Double.isNaN(stage.getX())) {
            Screen s = screenOf(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
            if (s != null) {
                return s;
            }
        }
        return Screen.getPrimary();
    }

    /** The screen holding most of the rectangle's top-left quarter, or null when none does. */
    static Screen screenOf(double x, double y, double w, double h) {
        List<Screen> screens = Screen.getScreensForRectangle(x, y, Math.max(1, w / 2), Math.max(1, h / 2));
        return screens.isEmpty() ? null : screens.get(0);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
