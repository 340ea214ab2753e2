package com.switchboard.customer.ui;

import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Where signing in lands: managers on the overview, a customer user on its own customer. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        if (user.role() == Role.Customer) {
            event.forwardTo(CustomerView.class, new RouteParameters(CustomerView.ID, user.customerId()));
        } else {
            event.forwardTo(OverviewView.class);
        }
    }
}
