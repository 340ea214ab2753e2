package com.switchboard.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Save and Cancel of the account page, enabled only with unsaved changes (which a marker shows), and
 * Delete, disabled with the reason shown while the account still holds customers or users.
 */
class AccountActions extends Composite<FlexLayout> {

    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Span unsaved = new Span("Unsaved changes");
    final Button delete = new Button("Delete account", VaadinIcon.TRASH.create());
    final Span deleteReason = new Span();

    AccountActions(Runnable onSave, Runnable onCancel, Runnable onDelete) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.run());
        cancel.addClickListener(e -> onCancel.run());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> onDelete.run());
        unsaved.addClassNames("unsaved-marker", LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.WARNING_CONTRAST, LumoUtility.Background.WARNING_10,
                LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM);
        unsaved.getElement().setAttribute("role", "status");
        deleteReason.addClassNames("delete-reason", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span spacer = new Span();
        spacer.addClassName(LumoUtility.Flex.GROW);
        FlexLayout bar = getContent();
        bar.addClassNames("account-actions", LumoUtility.Gap.SMALL, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Width.FULL, LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(save, cancel, unsaved, spacer, deleteReason, delete);
        setDirty(false);
    }

    void setDirty(boolean dirty) {
        save.setEnabled(dirty);
        cancel.setEnabled(dirty);
        unsaved.setVisible(dirty);
    }

    /** Delete is offered unless {@code reason} says why not. */
    void refuseDelete(String reason) {
        delete.setEnabled(reason == null);
        deleteReason.setText(reason == null ? "" : reason);
        deleteReason.setVisible(reason != null);
    }

    static ConfirmDialog confirmDelete(String name, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("delete-confirm");
        confirm.setHeader("Delete " + name + "?");
        confirm.setText("The account and its tag catalogue are removed. Its history is kept. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        return confirm;
    }

    static ConfirmDialog confirmLeaving(String name, Runnable leave, Runnable stay) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("leave-confirm");
        confirm.setHeader("Leave without saving?");
        confirm.setText("Your changes to " + name + " are not saved yet.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setConfirmText("Leave and discard");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> leave.run());
        confirm.addCancelListener(e -> stay.run());
        return confirm;
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
