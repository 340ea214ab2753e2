package com.switchboard.customer.ui;

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
 * Save and Cancel for every tab, the "Unsaved changes" marker, and Delete with the reason it is
 * not offered. Stays below the tabs, which scroll.
 */
class ActionBar extends Composite<FlexLayout> {

    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final Span unsaved = new Span("Unsaved changes");
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Span deleteReason = new Span();

    ActionBar(Runnable onSave, Runnable onCancel, Runnable onDelete) {
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
        bar.addClassNames("customer-actions", LumoUtility.Gap.SMALL, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Width.FULL, LumoUtility.Background.BASE, LumoUtility.Border.TOP,
                LumoUtility.BorderColor.CONTRAST_10);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(save, cancel, unsaved, spacer, deleteReason, delete);
        setDirty(false);
    }

    /** Save, Cancel and the marker follow whether there are unsaved changes. */
    void setDirty(boolean dirty) {
        save.setEnabled(dirty);
        cancel.setEnabled(dirty);
        unsaved.setVisible(dirty);
    }

    /** Asks before deleting the customer {@code name}; {@code delete} deletes. */
    static ConfirmDialog confirmDelete(String name, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("delete-confirm");
        confirm.setHeader("Delete " + name + "?");
        confirm.setText("The customer and its settings are removed. Its history is kept. This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        return confirm;
    }

    /** Delete is offered unless {@code reason} says why not. */
    void refuseDelete(String reason) {
        delete.setEnabled(reason == null);
        delete.setTooltipText(reason);
        deleteReason.setText(reason == null ? "" : reason);
        deleteReason.setVisible(reason != null);
    }
}
