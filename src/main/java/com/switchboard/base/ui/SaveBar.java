package com.switchboard.base.ui;

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
 * The bar below an edited record: Save and Cancel, enabled only with unsaved changes (which the
 * "Unsaved changes" marker shows), and Delete, disabled with its reason shown while it is not offered.
 */
public class SaveBar extends Composite<FlexLayout> {

    public final Button save = new Button("Save");
    public final Button cancel = new Button("Cancel");
    public final Span unsaved = new Span("Unsaved changes");
    public final Button delete;
    public final Span deleteReason = new Span();

    /** {@code styleClass} names the bar for the theme and the browser tests. */
    public SaveBar(String styleClass, String deleteText, Runnable onSave, Runnable onCancel, Runnable onDelete) {
        delete = new Button(deleteText, VaadinIcon.TRASH.create());
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
        bar.addClassNames(styleClass, LumoUtility.Gap.SMALL, LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Width.FULL, LumoUtility.Background.BASE, LumoUtility.Border.TOP,
                LumoUtility.BorderColor.CONTRAST_10);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.add(save, cancel, unsaved, spacer, deleteReason, delete);
        setDirty(false);
    }

    /** Asks before deleting {@code name}, saying what goes ({@code consequence}); {@code delete} deletes. */
    public static ConfirmDialog confirmDelete(String name, String consequence, Runnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("delete-confirm");
        confirm.setHeader("Delete " + name + "?");
        confirm.setText(consequence + " This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete.run());
        return confirm;
    }

    /** Asks before leaving with unsaved changes of {@code name}; {@code leave} goes on, {@code stay} stays. */
    public static ConfirmDialog confirmLeaving(String name, Runnable leave, Runnable stay) {
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

    /** Save, Cancel and the marker follow whether there are unsaved changes. */
    public void setDirty(boolean dirty) {
        save.setEnabled(dirty);
        cancel.setEnabled(dirty);
        unsaved.setVisible(dirty);
    }

    /** Delete is offered unless {@code reason} says why not (shown beside it and as its tooltip). */
    public void refuseDelete(String reason) {
        delete.setEnabled(reason == null);
        delete.setTooltipText(reason);
        deleteReason.setText(reason == null ? "" : reason);
        deleteReason.setVisible(reason != null);
    }
}
