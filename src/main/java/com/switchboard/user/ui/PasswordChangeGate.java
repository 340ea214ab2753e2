package com.switchboard.user.ui;

import com.switchboard.security.SignedInUser;
import com.switchboard.user.MyAccount;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password sees My account, and nothing else, until they have
 * chosen their own password. Checked once per browser session after it is cleared.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private static final String CLEARED = PasswordChangeGate.class.getName() + ".cleared";

    private final transient MyAccount account;
    private final transient AuthenticationContext authentication;

    PasswordChangeGate(MyAccount account, AuthenticationContext authentication) {
        this.account = account;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            VaadinSession session = VaadinSession.getCurrent();
            if (session == null || Boolean.TRUE.equals(session.getAttribute(CLEARED))
                    || enter.getNavigationTarget() == MyAccountView.class
                    || authentication.getAuthenticatedUser(SignedInUser.class).isEmpty()) {
                return;
            }
            if (account.mustChangePassword()) {
                enter.rerouteTo(MyAccountView.class);
            } else {
                session.setAttribute(CLEARED, Boolean.TRUE);
            }
        }));
    }

    static void passwordChanged() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CLEARED, Boolean.TRUE);
        }
    }
}
