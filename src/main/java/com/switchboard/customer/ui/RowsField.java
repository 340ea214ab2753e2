package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerValidation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A field edited as a list of rows, one component each, with an "add" button under them; every
 * change of a row changes the field's value.
 */
abstract class RowsField<V, R extends Component> extends CustomField<V> {

    final List<R> rows = new ArrayList<>();
    final Button add;
    private final VerticalLayout list = new VerticalLayout();

    RowsField(String label, String addText) {
        setLabel(label);
        list.setPadding(false);
        list.setSpacing(false);
        add = new Button(addText, VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(newRow());
            updateValue();
        });
        add(new VerticalLayout(list, add));
    }

    /** An empty row, for the add button. */
    abstract R newRow();

    R addRow(R row) {
        rows.add(row);
        list.add(row);
        return row;
    }

    void removeRow(R row) {
        rows.remove(row);
        list.remove(row);
        updateValue();
    }

    void clearRows() {
        rows.clear();
        list.removeAll();
    }

    /** For the rows' own listeners: a row changed, so the value did. */
    void rowChanged() {
        updateValue();
    }

    /**
     * Checks every row: its key (a valid key, used once) and its value; marks each bad field and
     * returns the first problem, or null when every row is valid.
     */
    String problems(Function<R, TextField> keyOf, String duplicate, Function<R, HasValidation> valueFieldOf,
            Function<R, String> valueProblemOf) {
        String first = null;
        Set<String> seen = new HashSet<>();
        for (R row : rows) {
            TextField keyField = keyOf.apply(row);
            String key = keyField.getValue().strip();
            String problem = CustomerValidation.keyProblem(key);
            if (problem == null && !seen.add(key)) {
                problem = String.format(duplicate, key);
            }
            keyField.setInvalid(problem != null);
            keyField.setErrorMessage(problem);
            String valueProblem = valueProblemOf.apply(row);
            HasValidation valueField = valueFieldOf.apply(row);
            valueField.setInvalid(valueProblem != null);
            valueField.setErrorMessage(valueProblem);
            if (first == null) {
                first = problem != null ? problem : valueProblem;
            }
        }
        return first;
    }

    /** A small remove button for a row. */
    Button removeButton(R row, String label) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(label);
        return remove;
    }
}
