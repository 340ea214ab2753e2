package com.switchboard.customer.ui;

import com.switchboard.account.CustomerField;
import com.switchboard.base.domain.DataValue;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One customer field of the Settings page's draft: its key, label, type, choices (comma-separated,
 * String fields only), description, default value and flags. The default is entered as text and
 * sent as the type needs it; what does not fit is the service's to refuse, next to the field.
 */
class CustomerFieldEditor extends Composite<FormLayout> {

    final TextField name = new TextField("Key");
    final TextField displayName = new TextField("Label");
    final Select<CustomerField.Type> type = new Select<>();
    final TextField possibleValues = new TextField("Choices");
    final TextField description = new TextField("Description");
    final TextField defaultValue = new TextField("Default value");
    final Checkbox isRequired = new Checkbox("Required");
    final Checkbox showInGrid = new Checkbox("Can be a grid column");

    CustomerFieldEditor(CustomerField field, Runnable onChange) {
        addClassName("customer-field-editor");
        type.setLabel("Type");
        type.setItems(CustomerField.Type.values());
        possibleValues.setHelperText("Comma-separated; makes a String field a choice");
        name.setValue(field.name() == null ? "" : field.name());
        displayName.setValue(field.displayName() == null ? "" : field.displayName());
        type.setValue(field.type() == null ? CustomerField.Type.String : field.type());
        possibleValues.setValue(field.possibleValues() == null ? "" : String.join(", ", field.possibleValues()));
        description.setValue(field.description() == null ? "" : field.description());
        defaultValue.setValue(text(field.defaultValue()));
        isRequired.setValue(field.isRequired());
        showInGrid.setValue(field.showInGrid());
        for (TextField text : List.of(name, displayName, possibleValues, description, defaultValue)) {
            text.setValueChangeMode(ValueChangeMode.EAGER);
        }
        List.<HasValue<?, ?>>of(name, displayName, type, possibleValues, description, defaultValue, isRequired,
                showInGrid).forEach(f -> f.addValueChangeListener(e -> onChange.run()));
        getContent().add(name, displayName, type, possibleValues, description, defaultValue, isRequired, showInGrid);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32rem", 2), new FormLayout.ResponsiveStep("56rem", 4));
    }

    /** The field as the inputs hold it now. */
    CustomerField field() {
        List<String> choices = Arrays.stream(possibleValues.getValue().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new CustomerField(name.getValue().strip(), blankToNull(displayName.getValue()), type.getValue(),
                blankToNull(description.getValue()), isRequired.getValue(), value(type.getValue(), defaultValue.getValue()),
                showInGrid.getValue(), choices);
    }

    void setReadOnly(boolean readOnly) {
        List.<HasValue<?, ?>>of(name, displayName, type, possibleValues, description, defaultValue, isRequired,
                showInGrid).forEach(f -> f.setReadOnly(readOnly));
    }

    /** Marks the input a refusal names by its member ({@code name}, {@code defaultValue}, …); false if none. */
    boolean refuse(String member, String message) {
        HasValidation input = switch (member) {
            case "name" -> name;
            case "displayName" -> displayName;
            case "type" -> type;
            case "possibleValues" -> possibleValues;
            case "description" -> description;
            case "defaultValue" -> defaultValue;
            default -> null;
        };
        if (input == null) {
            return false;
        }
        input.setErrorMessage(message);
        input.setInvalid(true);
        return true;
    }

    /** The default value as text: a number without trailing zeros, a yes/no as true/false. */
    static String text(DataValue value) {
        if (value == null) {
            return "";
        }
        if (value.numberValue() != null) {
            return BigDecimal.valueOf(value.numberValue()).stripTrailingZeros().toPlainString();
        }
        if (value.boolValue() != null) {
            return value.boolValue().toString();
        }
        return value.stringValue() == null ? "" : value.stringValue();
    }

    /** Text as a value of the type; what does not parse stays text for the service to refuse. */
    static DataValue value(CustomerField.Type type, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (type == CustomerField.Type.Number) {
            try {
                return DataValue.of(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                return DataValue.of(t);
            }
        }
        if (type == CustomerField.Type.Boolean && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
            return DataValue.of(Boolean.parseBoolean(t));
        }
        return DataValue.of(t);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
