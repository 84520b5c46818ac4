package dev.ringside.ui;

import static dev.ringside.ui.i18n.Localization.lang;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the operator's language: JavaFX's own {@code ButtonType.OK/CANCEL/CLOSE} take
 * their words from the toolkit, which has no Russian.
 */
public final class Dialogs {

    private Dialogs() {
    }

    public static ButtonType ok() {
        return new ButtonType(lang("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(lang("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(lang("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
