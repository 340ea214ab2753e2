package com.switchboard.customer.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** What the customer page shows for a customer that does not exist or that the viewer may not see. */
class CustomerNotFound extends VerticalLayout {

    static final String TITLE = "Customer not found";

    /** {@code linkToList}: the viewer may open the customers list. */
    CustomerNotFound(String id, boolean linkToList) {
        super(VaadinIcon.SEARCH_MINUS.create(), new H1(TITLE),
                new Paragraph("There is no customer '" + id + "' that you can see. It may have been deleted."));
        addClassName("not-found");
        setAlignItems(Alignment.CENTER);
        if (linkToList) {
            add(new RouterLink("Back to the customers", CustomersView.class));
        }
    }
}
