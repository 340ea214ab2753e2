package com.switchboard.customer.ui;

import com.switchboard.base.ui.MainLayout;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerDirectory;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.switchboard.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The landing page: how many customers the user reaches, and how many of them are on staging. */
@Route(value = "portal", layout = MainLayout.class)
@PageTitle("Overview · Switchboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@RolesAllowed({Role.ADMIN, Role.MANAGER})
class OverviewView extends VerticalLayout {

    OverviewView(CustomerDirectory customers) {
        addClassName("overview-view");
        long total = customers.count(CustomerFilter.ALL);
        long onStaging = customers.count(CustomerFilter.ALL.withStaging(true));
        add(new H1("Overview"), new HorizontalLayout(
                figure("Customers", total, "figure-customers"),
                figure("On staging", onStaging, "figure-staging"),
                figure("In production", total - onStaging, "figure-production")));
    }

    private static Div figure(String label, long value, String className) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassNames("figure", className);
        return figure;
    }
}
