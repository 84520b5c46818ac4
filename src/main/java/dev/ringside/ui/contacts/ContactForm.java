package dev.ringside.ui.contacts;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.Contact;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.ViewLoader;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The add / edit contact dialog; it closes once the contact is saved. */
public final class ContactForm {

    private final ContactFormViewModel model;
    @FXML private TextField name;
    @FXML private TextField company;
    @FXML private TextArea numbers;
    @FXML private TextField email;
    @FXML private TextArea note;
    @FXML private Label error;

    /** The keys this class builds at run time (for the bundle tests). */
    static List<String> i18nKeys() {
        return List.of("contacts.dialog.add", "contacts.dialog.edit");
    }

    public ContactForm(ContactFormViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(model.nameProperty());
        company.textProperty().bindBidirectional(model.companyProperty());
        numbers.textProperty().bindBidirectional(model.numbersProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        note.textProperty().bindBidirectional(model.noteProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
    }

    /** Shows the form; {@code saved} gets the stored contact. */
    public static void show(Window owner, ContactFormViewModel model, UiThread ui, Consumer<Contact> saved) {
        ContactForm form = new ContactForm(model);
        GridPane content = (GridPane) ViewLoader.load(form);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(lang(model.editing() ? "contacts.dialog.edit" : "contacts.dialog.add"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            CompletableFuture<Contact> saving = model.save();
            if (saving != null) {
                ui.deliver(saving, contact -> {
                    saved.accept(contact);
                    dialog.setResult(ButtonType.OK);
                    dialog.close();
                }, failure -> model.failed(UiThread.messageOf(failure)));
            }
        });
        dialog.setOnShown(e -> form.name.requestFocus());
        dialog.show();
    }
}
