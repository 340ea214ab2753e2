package com.switchboard.customer.ui;

import com.switchboard.base.ui.SaveBar;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The customer page's {@link SaveBar}: Save and Cancel for every tab, and Delete with the reason it is
 * not offered. Stays below the tabs, which scroll.
 */
class ActionBar extends SaveBar {

    ActionBar(Runnable onSave, Runnable onCancel, Runnable onDelete) {
        super("customer-actions", "Delete", onSave, onCancel, onDelete);
    }

    /** Asks before deleting the customer {@code name}; {@code delete} deletes. */
    static ConfirmDialog confirmDelete(String name, Runnable delete) {
        return confirmDelete(name, "The customer and its settings are removed. Its history is kept.", delete);
    }
}
