package com.switchboard.customer.ui;

import com.switchboard.customer.IntegrationData;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/** Edits the customer's ids in third-party systems: one row per integration key. */
class IntegrationsField extends RowsField<IntegrationData, IntegrationsField.Row> {

    /** One integration and the customer's id there. */
    final class Row extends HorizontalLayout {
        final TextField key = new TextField();
        final TextField thirdPartyId = new TextField();

        Row(String keyValue, String idValue) {
            addClassName("integration-row");
            setAlignItems(Alignment.BASELINE);
            key.setPlaceholder("Integration, e.g. hubspot");
            key.setAriaLabel("Integration");
            key.setValue(keyValue);
            thirdPartyId.setPlaceholder("Third-party id");
            thirdPartyId.setAriaLabel("Third-party id");
            thirdPartyId.setValue(idValue);
            key.addValueChangeListener(e -> rowChanged());
            thirdPartyId.addValueChangeListener(e -> rowChanged());
            add(key, thirdPartyId, removeButton(this, "Remove " + keyValue));
        }
    }

    IntegrationsField() {
        super("Integrations", "Add integration");
    }

    @Override
    Row newRow() {
        return new Row("", "");
    }

    Row addRow(String key, String id) {
        return addRow(new Row(key, id));
    }

    @Override
    protected IntegrationData generateModelValue() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.key.getValue().isBlank()) {
                ids.put(row.key.getValue().strip(), row.thirdPartyId.getValue().strip());
            }
        }
        return new IntegrationData(ids);
    }

    @Override
    protected void setPresentationValue(IntegrationData value) {
        clearRows();
        if (value != null) {
            value.thirdPartyIds().forEach(this::addRow);
        }
    }

    /** The first problem of the rows, marking each bad field; null when every row is valid. */
    String problem() {
        return problems(row -> row.key, "The integration '%s' is listed twice", row -> row.thirdPartyId,
                row -> row.thirdPartyId.getValue().isBlank() ? "Enter the third-party id"
                        : FieldRules.textProblem("The third-party id", row.thirdPartyId.getValue().strip(), false));
    }
}
