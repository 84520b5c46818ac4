package dev.ringside.ui;

import dev.ringside.ui.i18n.Localization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML (next to its class: {@code LoginView} loads {@code LoginView.fxml}) through one
 * controller factory: the controllers are handed in ready-made with their view models, nested
 * ({@code fx:include}) ones too.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object controller, Object... nestedControllers) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML for " + type.getName());
        }
        List<Object> controllers = new java.util.ArrayList<>(List.of(nestedControllers));
        controllers.add(0, controller);
        FXMLLoader loader = new FXMLLoader(fxml, Localization.bundle());
        loader.setControllerFactory(wanted -> controllers.stream()
                .filter(wanted::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No controller handed in for " + wanted.getName())));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
