package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Settings page's tag catalogue as a draft: add, rename, recolour and delete tags (deleting one
 * customers carry asks first, saying how many); nothing is stored until the page saves.
 */
class TagCatalogueSection extends Composite<VerticalLayout> {

    /** One tag of the draft: its stored id and version (none when new) and its name and colour fields. */
    final class Row extends HorizontalLayout {
        final Tag stored;
        final TextField name = new TextField();
        final Select<TagColor> color = new Select<>();
        final Button delete = new Button(VaadinIcon.TRASH.create());

        Row(Tag tag) {
            this.stored = tag;
            addClassName("tag-row");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            name.setAriaLabel("Tag name");
            name.setValue(tag.name() == null ? "" : tag.name());
            name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            color.setAriaLabel("Colour of the tag");
            color.setItems(TagColor.values());
            color.setValue(tag.color());
            color.setRenderer(new ComponentRenderer<>(c -> Badges.tag(c.name(), c)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete tag " + name.getValue());
            delete.addClickListener(e -> confirmDelete(this));
            name.addValueChangeListener(e -> {
                delete.setAriaLabel("Delete tag " + e.getValue());
                onChange.run();
            });
            color.addValueChangeListener(e -> onChange.run());
            add(name, color, delete);
        }

        Tag tag() {
            return new Tag(stored.id(), stored.accountId(), name.getValue().strip(), color.getValue(), stored.version());
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button("Add tag", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final Runnable onChange;
    private Map<String, Integer> carriers = Map.of();
    private boolean readOnly;

    TagCatalogueSection(Runnable onChange) {
        this.onChange = onChange;
        addClassName("tag-catalogue-section");
        add.addClickListener(e -> {
            Row row = addRow(Tag.create(null, null, "", TagColor.Blue));
            row.name.focus();
            onChange.run();
        });
        list.addClassName("tag-rows");
        getContent().setPadding(false);
        getContent().add(new H2("Tags"), list, add);
    }

    /** Shows {@code catalogue} (and how many customers carry each tag), replacing the draft. */
    void show(List<Tag> catalogue, Map<String, Integer> carrying) {
        carriers = carrying;
        rows.clear();
        list.removeAll();
        catalogue.forEach(this::addRow);
        setReadOnly(readOnly);
    }

    List<Tag> tags() {
        return rows.stream().map(Row::tag).toList();
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        add.setVisible(!value);
        rows.forEach(r -> {
            r.name.setReadOnly(value);
            r.color.setReadOnly(value);
            r.delete.setVisible(!value);
        });
    }

    /** Marks the field a refusal names ({@code name} or {@code color} of row {@code index}); false if none. */
    boolean refuse(int index, String member, String message) {
        if (index < 0 || index >= rows.size()) {
            return false;
        }
        Row row = rows.get(index);
        if ("color".equals(member)) {
            row.color.setErrorMessage(message);
            row.color.setInvalid(true);
        } else {
            row.name.setErrorMessage(message);
            row.name.setInvalid(true);
        }
        return true;
    }

    private Row addRow(Tag tag) {
        Row row = new Row(tag);
        rows.add(row);
        list.add(row);
        return row;
    }

    private void confirmDelete(Row row) {
        int carrying = row.stored.id() == null ? 0 : carriers.getOrDefault(row.stored.id(), 0);
        if (carrying == 0) {
            remove(row);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Delete the tag " + row.stored.name() + "?",
                Plural.of(carrying, "customer") + (carrying == 1 ? " carries" : " carry") + " it; saving takes it off "
                        + (carrying == 1 ? "that customer." : "each of them."), "Delete", e -> remove(row));
        confirm.addClassName("tag-delete-confirm");
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void remove(Row row) {
        rows.remove(row);
        list.remove(row);
        onChange.run();
        add.focus();
    }
}
