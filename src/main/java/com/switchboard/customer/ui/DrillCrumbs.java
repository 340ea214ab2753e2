package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;

/**
 * Where a drill into children stands: "All customers › Acme Dental Group › …", each step a link
 * that goes back up (a new history entry, so Back returns).
 */
class DrillCrumbs extends Nav {

    private final transient Function<String, QueryParameters> paramsFor;

    /** {@code paramsFor}: the query parameters of the list under a parent (null: the top). */
    DrillCrumbs(Function<String, QueryParameters> paramsFor) {
        this.paramsFor = paramsFor;
        addClassName("crumbs");
        getElement().setAttribute("aria-label", "Breadcrumb");
        setVisible(false);
    }

    /** Shows the path to {@code line}'s last customer; none for the top level. */
    void show(List<CustomerDetails.Crumb> line) {
        removeAll();
        setVisible(!line.isEmpty());
        if (line.isEmpty()) {
            return;
        }
        add(link("All customers", null));
        for (int i = 0; i < line.size(); i++) {
            CustomerDetails.Crumb crumb = line.get(i);
            add(separator());
            if (i == line.size() - 1) {
                Span current = new Span(crumb.name());
                current.getElement().setAttribute("aria-current", "page");
                current.addClassName("crumb-current");
                add(current);
            } else {
                add(link(crumb.name(), crumb.id()));
            }
        }
    }

    private RouterLink link(String text, String parentId) {
        RouterLink link = new RouterLink(text, CustomersView.class);
        link.setQueryParameters(paramsFor.apply(parentId));
        return link;
    }

    private static Span separator() {
        Span separator = new Span("›");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }
}
