package com.switchboard.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a one-time password once: the user must change it at the next sign-in. */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField("Password");

    OneTimePasswordDialog(String username, String oneTimePassword) {
        setHeaderTitle("One-time password for " + username);
        password.setValue(oneTimePassword);
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("one-time-password");
        add(new Paragraph("Give this password to " + username + " over a safe channel. It is shown only now, and "
                + username + " must choose a new one at the next sign-in."), password);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("min(30rem, 100vw)");
    }
}
