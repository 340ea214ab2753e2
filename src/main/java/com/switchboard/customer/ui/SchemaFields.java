package com.switchboard.customer.ui;

import com.switchboard.account.CustomerField;
import com.switchboard.account.CustomerFieldRules;
import com.switchboard.account.CustomerFields;
import com.switchboard.base.domain.DataValue;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields the account's schema defines, each as its typed input (text, number, checkbox, date
 * or a select of its choices), labelled with its display name, described by its description and
 * checked in the form as the domain checks it. Part of {@link DataField}: its values are members
 * of the customer's data like the free-form rows.
 */
class SchemaFields extends Composite<FormLayout> {

    /** One schema field and its input. */
    static final class Input {
        final CustomerField field;
        final AbstractField<?, ?> component;

        Input(CustomerField field) {
            this.field = field;
            this.component = switch (field.type()) {
                case Number -> new NumberField(field.label());
                case Boolean -> new Checkbox(field.label());
                case Date -> new DatePicker(field.label());
                case String -> field.isChoice() ? choice(field) : new TextField(field.label());
            };
            component.setId("data-" + field.name());
            component.setRequiredIndicatorVisible(field.isRequired());
            if (field.description() != null && component instanceof HasHelper helper) {
                helper.setHelperText(field.description());
            }
        }

        private static Select<String> choice(CustomerField field) {
            Select<String> select = new Select<>();
            select.setLabel(field.label());
            select.setItems(field.possibleValues());
            select.setEmptySelectionAllowed(!field.isRequired());
            return select;
        }

        @SuppressWarnings("unchecked")
        private <T> AbstractField<?, T> typed() {
            return (AbstractField<?, T>) component;
        }

        /** Shows {@code value} (null: empty), which fits the field. */
        void show(DataValue value) {
            switch (field.type()) {
                case Number -> this.<Double>typed().setValue(value == null ? null : value.numberValue());
                case Boolean -> this.<Boolean>typed().setValue(value != null && value.boolValue());
                case Date -> this.<LocalDate>typed().setValue(value == null ? null : LocalDate.parse(value.stringValue()));
                case String -> this.<String>typed().setValue(value == null ? (field.isChoice() ? null : "") : value.stringValue());
            }
        }

        /** The input's value; null when it is empty (an unchecked box is false). */
        DataValue value() {
            Object v = component.getValue();
            return switch (field.type()) {
                case Number -> v == null ? null : DataValue.of((Double) v);
                case Boolean -> DataValue.of(Boolean.TRUE.equals(v));
                case Date -> v == null ? null : DataValue.of(v.toString());
                case String -> v == null || ((String) v).isBlank() ? null : DataValue.of(((String) v).strip());
            };
        }

        /** What is wrong with the input by the schema (required, type, choice), or null. */
        String problem() {
            DataValue value = value();
            if (value == null) {
                return field.isRequired() ? "'" + field.label() + "' is required" : null;
            }
            if (field.type() == CustomerField.Type.String && !field.isChoice()) {
                String text = FieldRules.textProblem("'" + field.label() + "'", value.stringValue(), false);
                if (text != null) {
                    return text;
                }
            }
            return misfit(field, value);
        }
    }

    final List<Input> inputs = new ArrayList<>();
    private final Runnable changed;

    SchemaFields(Runnable changed) {
        this.changed = changed;
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        getContent().addClassName("schema-fields");
    }

    /** Shows an input for every field of {@code schema}, empty. */
    void setSchema(CustomerFields schema) {
        inputs.clear();
        getContent().removeAll();
        for (CustomerField field : schema.fields()) {
            Input input = new Input(field);
            input.component.addValueChangeListener(e -> changed.run());
            inputs.add(input);
            getContent().add(input.component);
        }
        setVisible(!inputs.isEmpty());
    }

    /** The schema field {@code key}, when it is shown here. */
    java.util.Optional<CustomerField> field(String key) {
        return inputs.stream().map(i -> i.field).filter(f -> f.name().equals(key)).findFirst();
    }

    /**
     * Shows the values of {@code data} in their inputs and returns the members it does not show:
     * those the schema does not define and those whose value does not fit their field (they stay
     * free-form rows, so nothing is lost).
     */
    Map<String, DataValue> show(Map<String, DataValue> data) {
        Map<String, DataValue> rest = new java.util.LinkedHashMap<>(data);
        for (Input input : inputs) {
            DataValue value = data.get(input.field.name());
            boolean empty = value == null || isBlank(value);
            boolean fits = empty || misfit(input.field, value) == null;
            input.show(fits && !empty ? value : null);
            if (fits) {
                rest.remove(input.field.name());
            }
        }
        return rest;
    }

    /**
     * Puts the inputs' values into {@code data}; an empty input adds nothing unless {@code shown}
     * (what was presented) held the field, so an untouched form is what it showed.
     */
    void collect(Map<String, DataValue> data, Map<String, DataValue> shown) {
        for (Input input : inputs) {
            String key = input.field.name();
            DataValue value = input.value();
            boolean empty = value == null || input.field.type() == CustomerField.Type.Boolean
                    && !value.boolValue() && !shown.containsKey(key) && !input.field.isRequired();
            if (!empty) {
                data.put(key, value);
            } else if (shown.containsKey(key) && !data.containsKey(key) && isBlank(shown.get(key))) {
                data.put(key, shown.get(key));
            }
        }
    }

    /** Marks every input that breaks the schema; the first problem, or null. */
    String problem() {
        String first = null;
        for (Input input : inputs) {
            String problem = input.problem();
            ((HasValidation) input.component).setInvalid(problem != null);
            ((HasValidation) input.component).setErrorMessage(problem);
            first = first == null ? problem : first;
        }
        return first;
    }

    /** Why {@code value} does not fit {@code field} by the domain's rules, or null. */
    static String misfit(CustomerField field, DataValue value) {
        var problems = CustomerFieldRules.problems(new CustomerFields(List.of(field)), Map.of(field.name(), value));
        return problems.isEmpty() ? null : problems.get(0).message();
    }

    private static boolean isBlank(DataValue value) {
        return value.stringValue() != null && value.stringValue().isBlank();
    }

    Component input(String key) {
        return inputs.stream().filter(i -> i.field.name().equals(key)).findFirst().orElseThrow().component;
    }
}
