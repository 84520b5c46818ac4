package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;

import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import java.util.List;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Version and where the log files are (what support asks for first). */
final class About {

    private About() {
    }

    static void show(Window owner, UiContext context) {
        String folder = context.logFolder() == null ? lang("about.logs.none") : context.logFolder().toAbsolutePath().toString();
        Label version = new Label(lang("about.version", context.version()));
        Label logs = new Label(lang("about.logs", folder));
        logs.setWrapText(true);
        Hyperlink copy = new Hyperlink(lang("about.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(folder);
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText(lang("about.copied"));
        });
        Hyperlink open = new Hyperlink(lang("about.open"));
        open.setDisable(context.logFolder() == null || !canOpenFolders());
        open.setOnAction(e -> openFolder(context.logFolder().toFile(), open));
        Label blurb = new Label(lang("about.blurb"));
        blurb.getStyleClass().add("muted");
        // every line shows in full, however long the language makes it: links wrap rather than shorten
        open.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane links = new FlowPane(4, 2, open, copy);
        for (Label l : List.of(version, logs, blurb)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(8, version, logs, links, blurb);
        content.setPrefWidth(460);
        Alert alert = new Alert(Alert.AlertType.NONE, "", Dialogs.close());
        alert.initOwner(owner);
        WindowFit.centreOnOwner(alert, owner);
        alert.setTitle(lang("about.title"));
        alert.setHeaderText(lang("app.name"));
        alert.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        alert.showAndWait();
    }

    private static boolean canOpenFolders() {
        return java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN);
    }

    /** The OS file manager, off the FX thread (AWT and FX must not wait on each other). */
    private static void openFolder(java.io.File folder, Hyperlink link) {
        Thread t = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(folder);
            } catch (Exception ex) {
                javafx.application.Platform.runLater(() -> link.setText(lang("about.openFailed")));
            }
        }, "ringside-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
