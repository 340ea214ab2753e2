package com.switchboard.customer.ui;

import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** A customer user's menu entry to its own customer. */
@Route(value = "portal/my-customer", autoLayout = false)
@Menu(order = 0, icon = "vaadin:building", title = "My customer")
@RolesAllowed(Role.CUSTOMER)
class MyCustomerView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    MyCustomerView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        event.forwardTo(CustomerView.class, new RouteParameters(CustomerView.ID, user.customerId()));
    }
}
