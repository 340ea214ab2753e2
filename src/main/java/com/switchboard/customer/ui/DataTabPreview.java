package com.switchboard.customer.ui;

import com.switchboard.account.CustomerField;
import com.switchboard.base.domain.DataValue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A read-only preview of the Data tab the customer fields produce: one typed input per field, in
 * the schema's order, labelled and described as the field says, holding its default value.
 */
class DataTabPreview extends Composite<VerticalLayout> {

    final FormLayout form = new FormLayout();
    private final Paragraph empty = new Paragraph("No customer fields yet: the Data tab shows free-form values only.");

    DataTabPreview() {
        addClassName("data-tab-preview");
        getContent().setPadding(false);
        getContent().add(new H2("Preview of the Data tab"), empty, form);
    }

    void show(List<CustomerField> fields) {
        form.removeAll();
        fields.stream().filter(f -> f.name() != null && !f.name().isBlank()).map(DataTabPreview::input)
                .forEach(form::add);
        empty.setVisible(form.getChildren().findAny().isEmpty());
    }

    /** The input the Data tab shows for {@code field}, read-only. */
    static Component input(CustomerField field) {
        String label = field.label() + (field.isRequired() ? " (required)" : "");
        DataValue value = field.defaultValue();
        Component input = switch (field.type() == null ? CustomerField.Type.String : field.type()) {
            case Number -> {
                NumberField n = new NumberField(label);
                n.setValue(value == null ? null : value.numberValue());
                n.setReadOnly(true);
                yield n;
            }
            case Boolean -> {
                Checkbox c = new Checkbox(label, value != null && Boolean.TRUE.equals(value.boolValue()));
                c.setReadOnly(true);
                yield c;
            }
            case Date -> {
                DatePicker d = new DatePicker(label);
                d.setValue(date(value));
                d.setReadOnly(true);
                yield d;
            }
            default -> {
                if (field.isChoice()) {
                    Select<String> s = new Select<>();
                    s.setLabel(label);
                    s.setItems(field.possibleValues());
                    s.setValue(value == null || !field.possibleValues().contains(value.stringValue()) ? null
                            : value.stringValue());
                    s.setReadOnly(true);
                    yield s;
                }
                TextField t = new TextField(label);
                t.setValue(value == null || value.stringValue() == null ? "" : value.stringValue());
                t.setReadOnly(true);
                yield t;
            }
        };
        input.getElement().setProperty("helperText", field.description() == null ? "" : field.description());
        input.getElement().setProperty("required", field.isRequired());
        input.addClassName("preview-" + field.type());
        return input;
    }

    private static LocalDate date(DataValue value) {
        try {
            return value == null || value.stringValue() == null ? null : LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
