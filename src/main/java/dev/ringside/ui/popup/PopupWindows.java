package dev.ringside.ui.popup;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.Themes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Opens an undecorated, always-on-top window for each popup the {@link IncomingCallsViewModel}
 * lists, stacks them bottom-right on the screen the operator works on, and closes them when listed
 * no more.
 */
public final class PopupWindows {

    private final IncomingCallsViewModel model;
    private final Supplier<Window> mainWindow;
    private final BooleanSupplier mayTakeFocus;
    private final Map<IncomingCallViewModel, Stage> stages = new LinkedHashMap<>();

    public PopupWindows(IncomingCallsViewModel model, Supplier<Window> mainWindow, BooleanSupplier mayTakeFocus) {
        this.model = model;
        this.mainWindow = mainWindow;
        this.mayTakeFocus = mayTakeFocus;
        model.popups().addListener((ListChangeListener<IncomingCallViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::close);
                change.getAddedSubList().forEach(this::open);
            }
            restack();
        });
        model.popups().forEach(this::open);
        restack();
    }

    private void open(IncomingCallViewModel popup) {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.titleProperty().bind(popup.callerNumberProperty().map(number -> lang("popup.title", number)));
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        Scene scene = new Scene(new IncomingCallView(popup).load());
        Themes.style(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> popup.dismiss());
        stages.put(popup, stage);
        stage.sizeToScene();
        // content (caller history, an error line) can change the height after the window is placed
        scene.getRoot().layoutBoundsProperty().addListener((obs, o, n) -> {
            stage.sizeToScene();
            restack();
        });
        // the stack is placed after show(), once the window knows its real size
        stage.show();
        if (mayTakeFocus.getAsBoolean()) {
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void close(IncomingCallViewModel popup) {
        Stage stage = stages.remove(popup);
        if (stage != null) {
            stage.close();
        }
    }

    private void restack() {
        List<Stage> open = new ArrayList<>(stages.values());
        if (open.isEmpty()) {
            return;
        }
        Rectangle2D bounds = workingScreen().getVisualBounds();
        List<Point2D> sizes = open.stream().map(s -> new Point2D(width(s), height(s))).toList();
        List<Point2D> at = PopupStack.positions(bounds, sizes);
        for (int i = 0; i < open.size(); i++) {
            open.get(i).setX(at.get(i).getX());
            open.get(i).setY(at.get(i).getY());
        }
    }

    private static double width(Stage s) {
        double w = s.getWidth();
        return Double.isNaN(w) || w <= 0 ? s.getScene().getRoot().prefWidth(-1) : w;
    }

    private static double height(Stage s) {
        double h = s.getHeight();
        return Double.isNaN(h) || h <= 0 ? s.getScene().getRoot().prefHeight(width(s)) : h;
    }

    /** The screen holding the main window when it is on screen, else the one under the mouse. */
    private Screen workingScreen() {
        Window main = mainWindow.get();
        if (main != null && main.isShowing() && !(main instanceof Stage st && st.isIconified())) {
            List<Screen> screens = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(), main.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        }
        try {
            Point2D mouse = new Robot().getMousePosition();
            List<Screen> screens = Screen.getScreensForRectangle(mouse.getX(), mouse.getY(), 1, 1);
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        } catch (RuntimeException e) {
            // no robot on this platform: fall back to the primary screen
        }
        return Screen.getPrimary();
    }

    /** Closes every window (logout). */
    public void closeAll() {
        new ArrayList<>(stages.keySet()).forEach(this::close);
    }
}
