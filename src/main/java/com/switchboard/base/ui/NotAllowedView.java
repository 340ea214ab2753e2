package com.switchboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees, inside the portal's frame, on opening a view its role may not use
 * (users who are not signed in are sent to sign in instead).
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed · Switchboard")
@PermitAll
class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    NotAllowedView() {
        addClassName("not-allowed-view");
        add(new H1("Not allowed"),
                new Paragraph("Your role does not give you access to this page. If you need it, ask an administrator."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
