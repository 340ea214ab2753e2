package com.switchboard.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** "Columns": a menu of the grid's hideable columns, each checked while it shows. */
class ColumnPicker extends Button {

    final ContextMenu menu = new ContextMenu();

    ColumnPicker(CustomerGrid grid, Consumer<Set<String>> onChange) {
        super("Columns", VaadinIcon.GRID_H.create());
        addClassName("column-picker");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getElement().setAttribute("aria-haspopup", "menu");
        menu.setTarget(this);
        menu.setOpenOnClick(true);
        for (String key : grid.hideable()) {
            var column = grid.getColumnByKey(key);
            if (column == null) {
                continue;
            }
            MenuItem item = menu.addItem(CustomerGrid.label(column));
            item.setCheckable(true);
            item.setChecked(!grid.hidden().contains(key));
            item.setKeepOpen(true);
            item.addClickListener(e -> {
                Set<String> hidden = new HashSet<>(grid.hidden());
                if (item.isChecked()) {
                    hidden.remove(key);
                } else {
                    hidden.add(key);
                }
                grid.setHidden(hidden);
                onChange.accept(hidden);
            });
        }
    }
}
