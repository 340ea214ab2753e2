package com.switchboard.customer.ui;

import com.switchboard.account.CustomerField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Settings page's customer fields as a draft, in the order the schema keeps (and the Data tab
 * shows): add, edit, move up or down and delete; nothing is stored until the page saves.
 */
class CustomerFieldsSection extends Composite<VerticalLayout> {

    /** One field's editor with its heading and its move and delete buttons. */
    final class Item extends Div {
        final CustomerFieldEditor editor;
        final H3 heading = new H3();
        final Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
        final Button delete = new Button(VaadinIcon.TRASH.create(), e -> removeItem(this));
        final HorizontalLayout tools = new HorizontalLayout(up, down, delete);

        Item(CustomerField field) {
            addClassName("customer-field-item");
            editor = new CustomerFieldEditor(field, () -> changed(this));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            label();
            add(new HorizontalLayout(heading, tools), editor);
        }

        void label() {
            String label = editor.field().label();
            String shown = label == null || label.isBlank() ? "New field" : label;
            heading.setText(shown);
            up.setAriaLabel("Move " + shown + " up");
            down.setAriaLabel("Move " + shown + " down");
            delete.setAriaLabel("Delete field " + shown);
        }
    }

    final List<Item> items = new ArrayList<>();
    final Button add = new Button("Add field", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final Runnable onChange;
    private boolean readOnly;

    CustomerFieldsSection(Runnable onChange) {
        this.onChange = onChange;
        addClassName("customer-fields-section");
        add.addClickListener(e -> {
            Item item = addItem(new CustomerField("", null, CustomerField.Type.String, null, false, null, false, null));
            item.editor.name.focus();
            layout();
            onChange.run();
        });
        getContent().setPadding(false);
        getContent().add(new H2("Customer fields"), list, add);
    }

    /** Shows {@code fields}, replacing the draft. */
    void show(List<CustomerField> fields) {
        items.clear();
        fields.forEach(this::addItem);
        layout();
    }

    List<CustomerField> fields() {
        return items.stream().map(i -> i.editor.field()).toList();
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        add.setVisible(!value);
        items.forEach(i -> {
            i.editor.setReadOnly(value);
            i.tools.setVisible(!value);
        });
    }

    /** Marks the input a refusal names in field {@code index}; false if none. */
    boolean refuse(int index, String member, String message) {
        return index >= 0 && index < items.size() && items.get(index).editor.refuse(member, message);
    }

    private Item addItem(CustomerField field) {
        Item item = new Item(field);
        items.add(item);
        return item;
    }

    private void changed(Item item) {
        item.label();
        onChange.run();
    }

    private void move(Item item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
            layout();
            (by < 0 ? item.up : item.down).focus();
            onChange.run();
        }
    }

    private void removeItem(Item item) {
        items.remove(item);
        layout();
        add.focus();
        onChange.run();
    }

    private void layout() {
        list.removeAll();
        items.forEach(list::add);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).up.setEnabled(i > 0);
            items.get(i).down.setEnabled(i < items.size() - 1);
        }
        setReadOnly(readOnly);
    }
}
