package com.switchboard.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;

/** Asks for a new account's name and hands it back to its opener, which creates the account. */
class NewAccountDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button create = new Button("Create");
    private final Binder<AccountDraft> binder = new Binder<>();
    private Consumer<String> onCreate = name -> { };

    NewAccountDialog() {
        setHeaderTitle("New account");
        addClassName("new-account-dialog");
        AccountDetailsForm.name(binder, name);
        binder.readBean(new AccountDraft());
        name.setWidthFull();
        add(new FormLayout(name));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        create.addClickListener(e -> {
            AccountDraft draft = new AccountDraft();
            if (binder.writeBeanIfValid(draft)) {
                onCreate.accept(draft.name);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(32rem, 100vw)");
        addOpenedChangeListener(e -> name.focus());
    }

    /** {@code listener} gets the name to create an account of. */
    void onCreate(Consumer<String> listener) {
        this.onCreate = listener;
    }

    /** Shows the service's refusal of the name next to it. */
    void showError(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }
}
