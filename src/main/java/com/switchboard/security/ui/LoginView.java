package com.switchboard.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with username and password; wrong credentials come back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Switchboard")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentModeCenter();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph tagline = new Paragraph("Customers, staging and schedules of your voice platform");
        tagline.addClassName("login-tagline");
        add(new H1("Switchboard"), tagline, form);
    }

    private void setJustifyContentModeCenter() {
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter("throttled");
        LoginI18n i18n = LoginI18n.createDefault();
        if (throttled.isPresent()) {
            String minutes = throttled.get().matches("\\d{1,3}") ? throttled.get() : "a few";
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage("Too many attempts — try again in " + minutes
                    + ("1".equals(minutes) ? " minute." : " minutes."));
        }
        form.setI18n(i18n);
        form.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }
}
