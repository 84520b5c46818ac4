package dev.ringside.ui.contacts;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.ViewLoader;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Contacts view: loads its FXML and forwards events to {@link ContactsViewModel}. */
public final class ContactsView {

    private final ContactsViewModel model;
    private final UiThread ui;
    @FXML private TextField search;
    @FXML private ListView<Contact> list;
    @FXML private Label message;
    @FXML private Button addButton;

    public ContactsView(ContactsViewModel model, UiThread ui) {
        this.model = model;
        this.ui = ui;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.queryProperty());
        list.setItems(model.contacts());
        list.setCellFactory(v -> new ContactCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                edit();
            }
        });
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.refresh();
    }

    public void focusSearch() {
        search.requestFocus();
    }

    @FXML
    private void add() {
        ContactForm.show(window(), model.newContact(), ui, model::saved);
    }

    private void edit() {
        Contact selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ContactForm.show(window(), model.edit(selected), ui, model::saved);
        }
    }

    @FXML
    private void delete() {
        Contact selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                lang("contacts.delete.confirm", selected.displayName()), dev.ringside.ui.Dialogs.ok(),
                dev.ringside.ui.Dialogs.cancel());
        confirm.initOwner(window());
        if (confirm.showAndWait().orElse(null) == dev.ringside.ui.Dialogs.ok()) {
            model.delete(selected);
        }
    }

    @FXML
    private void importFile() {
        FileChooser chooser = chooser();
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importFile(file.toPath());
        }
    }

    @FXML
    private void exportFile() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("contacts.vcf");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.exportFile(file.toPath());
        }
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(lang("contacts.files"), "*.vcf", "*.vcard", "*.csv"),
                new FileChooser.ExtensionFilter("vCard", "*.vcf", "*.vcard"),
                new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    private Window window() {
        return list.getScene() == null ? null : list.getScene().getWindow();
    }

    /** One contact: name and company, then every number as a link that calls it, then the e-mail. */
    private final class ContactCell extends ListCell<Contact> {
        @Override
        protected void updateItem(Contact c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(ContactText.join(c.name(), c.company()));
            title.getStyleClass().add("contact-title");
            FlowPane numbers = new FlowPane(12, 2);
            for (ContactNumber n : c.numbers()) {
                String label = ContactText.label(n.label());
                Hyperlink call = new Hyperlink((label == null ? "" : label + ": ") + NumberText.of(n.number()));
                call.getStyleClass().add("contact-number");
                call.setOnAction(e -> model.call(n.number()));
                call.setAccessibleText(lang("contacts.call", NumberText.of(n.number())));
                numbers.getChildren().add(call);
            }
            VBox box = new VBox(2, title, numbers);
            if (c.email() != null) {
                Label mail = new Label(c.email());
                mail.getStyleClass().add("muted");
                box.getChildren().add(mail);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
