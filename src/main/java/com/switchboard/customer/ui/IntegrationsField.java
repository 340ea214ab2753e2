package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerValidation;
import com.switchboard.customer.IntegrationData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Edits the customer's ids in third-party systems: one row per integration key. */
class IntegrationsField extends CustomField<IntegrationData> {

    final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    final Button add = new Button("Add integration", VaadinIcon.PLUS.create());

    /** One integration and the customer's id there. */
    final class Row extends HorizontalLayout {
        final TextField key = new TextField();
        final TextField thirdPartyId = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(String keyValue, String idValue) {
            addClassName("integration-row");
            setAlignItems(Alignment.BASELINE);
            key.setPlaceholder("Integration, e.g. hubspot");
            key.setAriaLabel("Integration");
            key.setValue(keyValue);
            thirdPartyId.setPlaceholder("Third-party id");
            thirdPartyId.setAriaLabel("Third-party id");
            thirdPartyId.setValue(idValue);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + keyValue);
            remove.addClickListener(e -> {
                rows.remove(this);
                list.remove(this);
                updateValue();
            });
            key.addValueChangeListener(e -> updateValue());
            thirdPartyId.addValueChangeListener(e -> updateValue());
            add(key, thirdPartyId, remove);
        }
    }

    IntegrationsField() {
        setLabel("Integrations");
        list.setPadding(false);
        list.setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow("", "");
            updateValue();
        });
        add(new VerticalLayout(list, add));
    }

    Row addRow(String key, String id) {
        Row row = new Row(key, id);
        rows.add(row);
        list.add(row);
        return row;
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
        rows.clear();
        list.removeAll();
        if (value != null) {
            value.thirdPartyIds().forEach(this::addRow);
        }
    }

    /** The first problem of the rows, marking each bad field; null when every row is valid. */
    String problem() {
        String first = null;
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String key = row.key.getValue().strip();
            String problem = CustomerValidation.keyProblem(key);
            if (problem == null && !seen.add(key)) {
                problem = "The integration '" + key + "' is listed twice";
            }
            row.key.setInvalid(problem != null);
            row.key.setErrorMessage(problem);
            String idProblem = row.thirdPartyId.getValue().isBlank() ? "Enter the third-party id" : null;
            row.thirdPartyId.setInvalid(idProblem != null);
            row.thirdPartyId.setErrorMessage(idProblem);
            if (first == null) {
                first = problem != null ? problem : idProblem;
            }
        }
        return first;
    }
}
