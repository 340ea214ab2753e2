package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerChange;
import com.switchboard.customer.HistoryField;
import com.switchboard.base.domain.PageResult;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The customer's history: who changed which field when and how, in words. */
class HistoryTab extends CustomerTab {

    /** A page of the history, newest first. */
    @FunctionalInterface
    interface Source {
        PageResult<CustomerChange> page(int page, int size);
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final Grid<CustomerChange> history = new Grid<>();

    HistoryTab(Source source) {
        history.addColumn(c -> WHEN.format(c.changedAt())).setKey("when").setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(CustomerChange::changedBy).setKey("who").setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> switch (c.channel()) {
            case UI -> "Portal";
            case API -> "API";
            case SYSTEM -> "System";
        }).setKey("via").setHeader("Via").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> HistoryField.labelOf(c.field())).setKey("field").setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> HistoryField.change(c.field(), c.oldValue(), c.newValue())).setKey("change").setHeader("Change")
                .setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setItems(query -> source.page(query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) source.page(0, 1).totalCount());
        history.setHeight("70vh");
        history.addClassName("history");
        wide(history);
    }

    @Override
    String key() {
        return "history";
    }

    @Override
    String label() {
        return "History";
    }

    void refresh() {
        history.getDataProvider().refreshAll();
    }
}
