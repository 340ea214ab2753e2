package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** The way to the customer, its name as the page's heading, account and reference id, and the staging switch. */
class CustomerHeader extends Composite<VerticalLayout> {

    final Nav crumbs = new Nav();
    final H1 name = new H1();
    final Span meta = new Span();
    final StagingSwitch staging;

    CustomerHeader(StagingSwitch staging) {
        this.staging = staging;
        crumbs.addClassName("crumbs");
        crumbs.getElement().setAttribute("aria-label", "Breadcrumb");
        name.addClassNames("customer-name", LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        meta.addClassName("customer-meta");
        FlexLayout titleRow = new FlexLayout(name, staging);
        titleRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleRow.addClassName(LumoUtility.Gap.MEDIUM);
        VerticalLayout header = getContent();
        header.addClassName("customer-header");
        header.setPadding(false);
        header.setSpacing(false);
        header.add(crumbs, titleRow, meta);
    }

    void show(CustomerDetails details, SignedInUser user) {
        crumbs.removeAll();
        List<Crumb> line = details.breadcrumb();
        int firstVisible = user.role() == Role.Customer
                ? Math.max(0, line.stream().map(Crumb::id).toList().indexOf(user.customerId())) : 0;
        if (user.role() != Role.Customer) {
            crumbs.add(new RouterLink("Customers", CustomersView.class), separator());
        }
        for (int i = 0; i < line.size() - 1; i++) {
            Crumb crumb = line.get(i);
            crumbs.add(i >= firstVisible
                    ? new RouterLink(crumb.name(), CustomerView.class, new RouteParameters(CustomerView.ID, crumb.id()))
                    : new Span(crumb.name()), separator());
        }
        Span here = new Span(details.customer().getName());
        here.getElement().setAttribute("aria-current", "page");
        crumbs.add(here);
        name.setText(details.customer().getName());
        String reference = details.customer().getReferenceId();
        meta.setText(details.accountName() + (reference == null ? "" : " · " + reference));
        staging.show(details);
    }

    private static Span separator() {
        Span separator = new Span("›");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }
}
