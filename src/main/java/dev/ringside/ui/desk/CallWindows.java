package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.Themes;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Opens an undecorated, always-on-top window for each call the {@link CallWindowsViewModel} lists,
 * at the bottom right beside the incoming-call windows' column, and closes it when listed no more. A
 * window manager may still give it the keyboard when it opens; nothing in it answers a key
 * ({@link CallWindowView#clickOnly}), since the operator is talking, maybe typing elsewhere.
 */
public final class CallWindows {

    private static final double MARGIN = 16;
    /** The incoming-call windows stack at the right edge; these stand beside them, not on top. */
    private static final double POPUP_COLUMN = 380 + 2 * MARGIN;

    private final Map<CallWindowViewModel, Stage> stages = new LinkedHashMap<>();

    public CallWindows(CallWindowsViewModel model) {
        model.windows().addListener((ListChangeListener<CallWindowViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::close);
                change.getAddedSubList().forEach(this::open);
            }
            restack();
        });
        model.windows().forEach(this::open);
        restack();
    }

    private void open(CallWindowViewModel window) {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.titleProperty().bind(window.numberProperty().map(n -> lang("desk.callWindow.title", n)));
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        Scene scene = new Scene(new CallWindowView(window).load());
        Themes.style(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> window.dismiss());
        stages.put(window, stage);
        scene.getRoot().layoutBoundsProperty().addListener((obs, o, n) -> {
            stage.sizeToScene();
            restack();
        });
        stage.show();
    }

    private void close(CallWindowViewModel window) {
        Stage stage = stages.remove(window);
        if (stage != null) {
            stage.close();
        }
    }

    private void restack() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double bottom = screen.getMaxY() - MARGIN;
        for (Stage stage : stages.values()) {
            double h = stage.getHeight() > 0 ? stage.getHeight() : stage.getScene().getRoot().prefHeight(-1);
            double w = stage.getWidth() > 0 ? stage.getWidth() : stage.getScene().getRoot().prefWidth(-1);
            stage.setX(screen.getMaxX() - POPUP_COLUMN - w - MARGIN);
            stage.setY(bottom - h);
            bottom -= h + MARGIN;
        }
    }

    public void closeAll() {
        stages.values().forEach(Stage::close);
        stages.clear();
    }
}
