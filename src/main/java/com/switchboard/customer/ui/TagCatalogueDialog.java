package com.switchboard.customer.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The account's tag catalogue: add, rename, recolour and delete tags. The opener supplies the
 * actions; the dialog only shows their outcome.
 */
class TagCatalogueDialog extends Dialog {

    /** What the dialog can ask its opener to do. */
    interface Actions {
        Tag create(String name, TagColor color);

        Tag update(Tag tag, String name, TagColor color);

        void delete(Tag tag);
    }

    final Grid<Tag> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final Select<TagColor> color = new Select<>();
    final Button add = new Button("Add tag", VaadinIcon.PLUS.create());
    private final List<Tag> tags;
    private final Actions actions;

    TagCatalogueDialog(List<Tag> catalogue, Actions actions) {
        this.tags = new ArrayList<>(catalogue);
        this.actions = actions;
        setHeaderTitle("Tags of the account");
        addClassName("tag-catalogue");
        color.setLabel("Colour");
        color.setItems(TagColor.values());
        color.setValue(TagColor.Blue);
        color.setRenderer(new ComponentRenderer<>(c -> Badges.tag(c.name(), c)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            try {
                tags.add(actions.create(name.getValue(), color.getValue()));
                name.clear();
                name.setInvalid(false);
                refresh();
            } catch (ValidationException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        HorizontalLayout newTag = new HorizontalLayout(name, color, add);
        newTag.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addComponentColumn(Badges::tag).setHeader("Tag").setAutoWidth(true);
        grid.addComponentColumn(this::editor).setHeader("Rename or recolour").setFlexGrow(1);
        grid.addComponentColumn(tag -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(tag));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete " + tag.name());
            return delete;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();
        add(newTag, grid);
        getFooter().add(new Button("Done", e -> close()));
        setWidth("44rem");
    }

    private HorizontalLayout editor(Tag tag) {
        TextField rename = new TextField();
        rename.setValue(tag.name());
        rename.setAriaLabel("Name of " + tag.name());
        Select<TagColor> recolour = new Select<>();
        recolour.setItems(TagColor.values());
        recolour.setValue(tag.color());
        recolour.setAriaLabel("Colour of " + tag.name());
        Button apply = new Button("Apply", e -> {
            try {
                Tag updated = actions.update(tag, rename.getValue(), recolour.getValue());
                tags.replaceAll(t -> t.id().equals(updated.id()) ? updated : t);
                refresh();
            } catch (ValidationException ex) {
                rename.setErrorMessage(ex.getMessage());
                rename.setInvalid(true);
            } catch (OptimisticLockingFailureException ex) {
                Notifications.error("Someone else changed this tag; close and reopen the catalogue");
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(rename, recolour, apply);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    private void confirmDelete(Tag tag) {
        ConfirmDialog confirm = new ConfirmDialog("Delete the tag " + tag.name() + "?",
                "Every customer that carries it loses it.", "Delete", e -> {
                    try {
                        actions.delete(tag);
                        tags.removeIf(t -> t.id().equals(tag.id()));
                        refresh();
                    } catch (OptimisticLockingFailureException ex) {
                        Notifications.error("Someone else changed this tag; close and reopen the catalogue");
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        tags.sort(Comparator.comparing(Tag::name, String.CASE_INSENSITIVE_ORDER));
        grid.setItems(tags);
    }
}
