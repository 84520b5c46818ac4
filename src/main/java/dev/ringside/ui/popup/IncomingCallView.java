package dev.ringside.ui.popup;

import dev.ringside.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The content of one incoming-call window. Buttons act on clicks only; Enter and Esc reach the
 * model through {@link PopupSurface.Keys} and only where popups may take the focus.
 */
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
    @FXML private Label hint;
    @FXML private Label feedback;
    @FXML private Label error;
    @FXML private Label confirmQuestion;
    @FXML private HBox actions;
    @FXML private HBox confirmActions;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;

    public IncomingCallView(IncomingCallViewModel model) {
        this.model = model;
    }

    public Region load() {
        return (Region) ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        callerNumber.textProperty().bind(model.callerNumberProperty());
        callerName.textProperty().bind(model.callerNameProperty());
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
        hint.textProperty().bind(model.hintProperty());
        feedback.textProperty().bind(model.feedbackProperty());
        error.textProperty().bind(model.errorProperty());
        error.tooltipProperty().bind(model.errorProperty().map(t -> t.isEmpty() ? null : new Tooltip(t)));
        confirmQuestion.textProperty().bind(model.confirmQuestionProperty());

        // one message at a time in the two-line slot: the question, else an error, else progress, else the hint
        BooleanBinding asking = Bindings.createBooleanBinding(() -> model.confirmingRejectProperty().get(),
                model.confirmingRejectProperty());
        BooleanBinding failing = asking.not().and(model.errorProperty().isNotEmpty());
        BooleanBinding working = asking.not().and(failing.not()).and(model.feedbackProperty().isNotEmpty());
        confirmQuestion.visibleProperty().bind(asking);
        error.visibleProperty().bind(failing);
        feedback.visibleProperty().bind(working);
        hint.visibleProperty().bind(asking.not().and(failing.not()).and(working.not()));
        actions.visibleProperty().bind(asking.not());
        confirmActions.visibleProperty().bind(asking);

        acceptButton.disableProperty().bind(model.busyProperty());
        rejectButton.disableProperty().bind(Bindings.and(model.busyProperty(), model.acceptedProperty().not()));
    }

    @FXML private void accept() { model.accept(); }
    @FXML private void reject() { model.reject(); }
    @FXML private void confirmReject() { model.confirmReject(); }
    @FXML private void cancelReject() { model.cancelReject(); }

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
}
