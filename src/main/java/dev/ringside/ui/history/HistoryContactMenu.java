package dev.ringside.ui.history;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.UiThread;
import dev.ringside.ui.contacts.ContactForm;
import dev.ringside.ui.port.HistoryEntry;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;

/** The history table's "Add to contacts" / "Edit contact" menu items; the rules are in {@link HistoryContactsViewModel}. */
final class HistoryContactMenu {

    private HistoryContactMenu() {
    }

    static void install(TableView<HistoryEntry> table, ContextMenu menu, HistoryContactsViewModel model) {
        MenuItem add = new MenuItem(lang("history.addContact"));
        add.setId("addContactItem");
        MenuItem edit = new MenuItem(lang("history.editContact"));
        edit.setId("editContactItem");
        add.setOnAction(e -> {
            HistoryEntry row = table.getSelectionModel().getSelectedItem();
            if (model.canAdd(row)) {
                ContactForm.show(table.getScene().getWindow(), model.addForm(row), UiThread.fx(), model::saved);
            }
        });
        edit.setOnAction(e -> {
            HistoryEntry row = table.getSelectionModel().getSelectedItem();
            if (model.canEdit(row)) {
                model.editForm(row, form -> ContactForm.show(table.getScene().getWindow(), form, UiThread.fx(),
                        model::saved));
            }
        });
        menu.setOnShowing(e -> {
            HistoryEntry row = table.getSelectionModel().getSelectedItem();
            add.setVisible(model.canAdd(row));
            edit.setVisible(model.canEdit(row));
        });
        menu.getItems().addAll(add, edit);
    }
}
