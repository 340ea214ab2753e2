package com.switchboard.account.ui;

import com.switchboard.base.ui.SaveBar;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The account page's {@link SaveBar}, and the page's dialogs: delete, leave without saving, and a save
 * that lost a race.
 */
class AccountActions extends SaveBar {

    AccountActions(Runnable onSave, Runnable onCancel, Runnable onDelete) {
        super("account-actions", "Delete account", onSave, onCancel, onDelete);
    }

    static ConfirmDialog confirmDelete(String name, Runnable delete) {
        return confirmDelete(name, "The account and its tag catalogue are removed. Its history is kept.", delete);
    }

    /**
     * A save that lost a race: says who saved a newer version and that the user's edits were not saved.
     * Reload shows the newer version; Keep my changes takes the newer version as the base and leaves the
     * user's values in the fields, unsaved, to look over and save again.
     */
    static ConfirmDialog conflict(String who, String when, Runnable reload, Runnable keepMine) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("conflict-dialog");
        dialog.setHeader("Someone else changed this account");
        dialog.setText(who + " saved a newer version at " + when + " while you were editing. Your changes were"
                + " not saved. Reload shows their version and drops your changes; Keep my changes leaves your values"
                + " in the fields on top of their version, unsaved, for you to check and save again.");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> reload.run());
        dialog.setRejectable(true);
        dialog.setRejectText("Keep my changes");
        dialog.addRejectListener(e -> keepMine.run());
        return dialog;
    }
}
