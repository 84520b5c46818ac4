package dev.ringside.ui.popup;

import dev.ringside.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The content of one incoming-call window. Enter accepts, Esc rejects (default/cancel buttons). */
public final class IncomingCallView {

    private final IncomingCallViewModel model;

    @FXML private Label callerNumber;
    @FXML private Label callerName;
    @FXML private Label calledNumber;
    @FXML private Label callerHistory;
    @FXML private Label contact;
    @FXML private javafx.scene.control.Hyperlink addContact;
    @FXML private javafx.scene.control.Hyperlink crmLink;
    @FXML private Label ringTime;
    @FXML private Label feedback;
    @FXML private Label error;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;

    public IncomingCallView(IncomingCallViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        callerNumber.textProperty().bind(model.callerNumberProperty());
        callerName.textProperty().bind(model.callerNameProperty());
        callerName.managedProperty().bind(model.callerNameProperty().isNotEmpty());
        callerName.visibleProperty().bind(model.callerNameProperty().isNotEmpty());
        contact.textProperty().bind(model.contactProperty());
        contact.visibleProperty().bind(model.contactProperty().isNotEmpty());
        contact.managedProperty().bind(contact.visibleProperty());
        addContact.visibleProperty().bind(model.unknownCallerProperty().and(
                Bindings.createBooleanBinding(() -> model.contacts().available())));
        addContact.managedProperty().bind(addContact.visibleProperty());
        crmLink.visibleProperty().bind(model.crmOfferedProperty());
        crmLink.managedProperty().bind(crmLink.visibleProperty());
        calledNumber.textProperty().bind(model.calledNumberProperty());
        callerHistory.textProperty().bind(model.callerHistoryProperty());
        ringTime.textProperty().bind(model.ringTimeProperty());
        feedback.textProperty().bind(model.feedbackProperty());
        feedback.visibleProperty().bind(model.feedbackProperty().isNotEmpty());
        feedback.managedProperty().bind(feedback.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        acceptButton.disableProperty().bind(model.busyProperty());
        rejectButton.disableProperty().bind(Bindings.and(model.busyProperty(), model.acceptedProperty().not()));
        // when the window may take focus, Accept is where the keyboard lands
        acceptButton.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, ow, window) -> {
                    if (window != null) {
                        window.setOnShown(e -> acceptButton.requestFocus());
                    }
                });
            }
        });
    }

    @FXML
    private void accept() {
        model.accept();
    }

    @FXML
    private void addContact() {
        javafx.stage.Window owner = addContact.getScene() == null ? null : addContact.getScene().getWindow();
        dev.ringside.ui.contacts.ContactForm.show(owner,
                new dev.ringside.ui.contacts.ContactFormViewModel(model.contacts(), model.newContactDraft()),
                dev.ringside.ui.UiThread.fx(), model::contactAdded);
    }

    @FXML
    private void openCrm() {
        model.openCrm();
    }

    @FXML
    private void reject() {
        model.reject();
    }
}
