package dev.ringside.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Version and where the log files are (what support asks for first). */
final class About {

    private About() {
    }

    static void show(Window owner, UiContext context) {
        String folder = context.logFolder() == null ? "(not configured)" : context.logFolder().toAbsolutePath().toString();
        Label version = new Label("Version " + context.version());
        Label logs = new Label("Log files: " + folder);
        logs.setWrapText(true);
        Hyperlink copy = new Hyperlink("Copy the log folder path");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(folder);
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText("Copied");
        });
        Hyperlink open = new Hyperlink("Open the log folder");
        open.setDisable(context.logFolder() == null || !canOpenFolders());
        open.setOnAction(e -> openFolder(context.logFolder().toFile(), open));
        Label blurb = new Label("Desktop companion for call-centre operators on Asterisk.\nApache License 2.0");
        blurb.getStyleClass().add("muted");
        VBox content = new VBox(8, version, logs, new javafx.scene.layout.HBox(4, open, copy), blurb);
        content.setPrefWidth(460);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Ringside");
        alert.setHeaderText("Ringside");
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
                javafx.application.Platform.runLater(() -> link.setText("Could not open it: copy the path instead"));
            }
        }, "ringside-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
