package com.switchboard.schedule.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;

/** A choice of state: the usual names, or any name typed in. */
final class StateBox {

    static final List<String> STATES = List.of("Business Hours", "After Hours", "Holiday", "Closed");

    private StateBox() {}

    static ComboBox<String> create(String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setItems(STATES);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(box.getListDataView().getItems().toList());
            if (!items.contains(e.getDetail())) {
                items.add(e.getDetail());
                box.setItems(items);
            }
            box.setValue(e.getDetail());
        });
        return box;
    }
}
