package com.switchboard.customer.ui;

import com.switchboard.account.CustomerFields;
import com.switchboard.base.domain.DataValue;
import com.switchboard.customer.CustomerData;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits a customer's custom data: one row per key, each with a type (text, number, yes/no, list)
 * and a value of that type. A list is entered one item per line and stored as the contract's list
 * of structs, each {@code {"value": text}}. Nested structures from API callers are kept as they are
 * and shown read-only as nested fields.
 */
class DataField extends RowsField<CustomerData, DataField.Row> {

    static final String TEXT = "Text";
    static final String NUMBER = "Number";
    static final String YES_NO = "Yes/no";
    static final String LIST = "List";
    static final String STRUCTURE = "Structure";
    static final String LIST_ITEM_KEY = "value";


    /** One key and its value. */
    final class Row extends HorizontalLayout {
        final TextField key = new TextField();
        final Select<String> type = new Select<>();
        final TextField text = new TextField();
        final NumberField number = new NumberField();
        final Checkbox yes = new Checkbox("Yes");
        final TextArea items = new TextArea();
        final Div structure = new Div();
        DataValue kept;

        Row(String keyValue, DataValue value) {
            addClassName("data-row");
            setAlignItems(Alignment.BASELINE);
            key.setPlaceholder("Key");
            key.setAriaLabel("Key");
            key.setValue(keyValue);
            type.setAriaLabel("Type");
            type.setItems(TEXT, NUMBER, YES_NO, LIST);
            text.setAriaLabel("Text value");
            number.setAriaLabel("Number value");
            items.setAriaLabel("List items, one per line");
            items.setPlaceholder("One item per line");
            items.setWidth("16rem");
            show(value);
            type.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    showEditorOf(e.getValue());
                    rowChanged();
                }
            });
            key.addValueChangeListener(e -> rowChanged());
            text.addValueChangeListener(e -> rowChanged());
            number.addValueChangeListener(e -> rowChanged());
            yes.addValueChangeListener(e -> rowChanged());
            items.addValueChangeListener(e -> rowChanged());
            add(key, type, text, number, yes, items, structure, removeButton(this, "Remove " + keyValue));
        }

        private void show(DataValue value) {
            if (value == null || value.stringValue() != null) {
                type.setValue(TEXT);
                text.setValue(value == null ? "" : value.stringValue());
            } else if (value.numberValue() != null) {
                type.setValue(NUMBER);
                number.setValue(value.numberValue());
            } else if (value.boolValue() != null) {
                type.setValue(YES_NO);
                yes.setValue(value.boolValue());
            } else if (value.listValue() != null && isSimpleList(value.listValue())) {
                type.setValue(LIST);
                items.setValue(String.join("\n", value.listValue().stream()
                        .map(item -> item.get(LIST_ITEM_KEY).stringValue()).toList()));
            } else {
                kept = value;
                type.setItems(TEXT, NUMBER, YES_NO, LIST, STRUCTURE);
                type.setValue(STRUCTURE);
                structure.removeAll();
                structure.add(nested(null, value));
            }
            showEditorOf(type.getValue());
        }

        private void showEditorOf(String kind) {
            text.setVisible(TEXT.equals(kind));
            number.setVisible(NUMBER.equals(kind));
            yes.setVisible(YES_NO.equals(kind));
            items.setVisible(LIST.equals(kind));
            structure.setVisible(STRUCTURE.equals(kind));
        }

        DataValue value() {
            return switch (type.getValue()) {
                case NUMBER -> number.getValue() == null ? null : DataValue.of(number.getValue());
                case YES_NO -> DataValue.of(yes.getValue());
                case LIST -> DataValue.ofList(Arrays.stream(items.getValue().split("\n")).map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .map(line -> Map.of(LIST_ITEM_KEY, DataValue.of(line))).toList());
                case STRUCTURE -> kept;
                default -> DataValue.of(text.getValue());
            };
        }
    }

    /** A struct, list or plain value as read-only fields, nested as the value is. */
    static Component nested(String label, DataValue value) {
        if (value.structValue() != null || value.listValue() != null) {
            Div group = new Div();
            group.addClassNames("data-struct", LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_20,
                    LumoUtility.Padding.Left.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            if (label != null) {
                Span heading = new Span(label);
                heading.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD,
                        LumoUtility.TextColor.SECONDARY);
                group.add(heading);
            }
            if (value.structValue() != null) {
                value.structValue().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> group.add(nested(e.getKey(), e.getValue())));
            } else {
                List<Map<String, DataValue>> items = value.listValue();
                for (int i = 0; i < items.size(); i++) {
                    group.add(nested("Item " + (i + 1), DataValue.ofStruct(items.get(i))));
                }
            }
            return group;
        }
        TextField field = new TextField(label == null ? "Value" : label);
        field.setReadOnly(true);
        field.setValue(value.stringValue() != null ? value.stringValue()
                : value.numberValue() != null ? java.math.BigDecimal.valueOf(value.numberValue()).stripTrailingZeros().toPlainString()
                : value.boolValue() != null ? (value.boolValue() ? "Yes" : "No") : "");
        return field;
    }

    /** The inputs of the fields the account's schema defines, above the free-form rows. */
    final SchemaFields schema = new SchemaFields(this::rowChanged);
    private Map<String, DataValue> shown = Map.of();

    DataField() {
        super("Custom data", "Add value");
        getElement().insertChild(0, schema.getElement());
    }

    /** Shows the fields of the account's schema as typed inputs; call before the value is set. */
    void setSchema(CustomerFields fields) {
        schema.setSchema(fields);
    }

    @Override
    Row newRow() {
        return new Row("", null);
    }

    private static boolean isSimpleList(List<Map<String, DataValue>> items) {
        return items.stream().allMatch(item -> item.size() == 1 && item.containsKey(LIST_ITEM_KEY)
                && item.get(LIST_ITEM_KEY).stringValue() != null);
    }

    Row addRow(String key, DataValue value) {
        return addRow(new Row(key, value));
    }

    @Override
    protected CustomerData generateModelValue() {
        Map<String, DataValue> values = new LinkedHashMap<>();
        for (Row row : rows) {
            DataValue value = row.value();
            if (!row.key.getValue().isBlank() && value != null) {
                values.put(row.key.getValue().strip(), value);
            }
        }
        schema.collect(values, shown);
        return new CustomerData(values);
    }

    @Override
    protected void setPresentationValue(CustomerData value) {
        clearRows();
        shown = value == null ? Map.of() : value.values();
        schema.show(shown).forEach(this::addRow);
    }

    /** The first problem of the rows, marking each bad field; null when every row is valid. */
    String problem() {
        String fields = schema.problem();
        String rowProblem = problems(row -> row.key, "The key '%s' is used twice",
                row -> TEXT.equals(row.type.getValue()) ? row.text : row.number,
                row -> TEXT.equals(row.type.getValue()) ? FieldRules.textProblem("The text", row.text.getValue(), false)
                        : NUMBER.equals(row.type.getValue()) && row.number.getValue() == null ? "Enter a number" : null);
        for (Row row : rows) {
            String key = row.key.getValue().strip();
            String clash = schema.field(key).map(f -> row.value() == null ? null : SchemaFields.misfit(f, row.value()))
                    .or(() -> schema.field(key).map(f -> "'" + key + "' is a field of the account: use its input"))
                    .orElse(null);
            if (clash != null) {
                row.key.setInvalid(true);
                row.key.setErrorMessage(clash);
                rowProblem = rowProblem == null ? clash : rowProblem;
            }
        }
        return fields != null ? fields : rowProblem;
    }
}
