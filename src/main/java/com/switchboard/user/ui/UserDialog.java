package com.switchboard.user.ui;

import com.switchboard.account.Account;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.security.Role;
import com.switchboard.user.UserDraft;
import com.switchboard.user.UserRow;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Create or edit a user: username (fixed once created), display name, email, role, and the
 * accounts of a Manager or the customer of a Customer user. Reports back through {@code onSave},
 * which throws {@link ValidationException} to show errors next to the fields.
 */
class UserDialog extends Dialog {

    /** Saves the draft; throws ValidationException for the dialog to show. */
    interface Save {
        void save(UserDraft draft);
    }

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final TextField email = new TextField("Email");
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final MultiSelectComboBox<Account> accounts = new MultiSelectComboBox<>("Accounts");
    final ComboBox<Crumb> customer = new ComboBox<>("Customer");
    final Button save = new Button("Save");
    private final Map<String, HasValidation> fields;

    UserDialog(UserRow existing, List<Role> roles, List<Account> accountChoices,
            Function<String, List<Crumb>> customerSearch, Save onSave) {
        setHeaderTitle(existing == null ? "New user" : "Edit " + existing.username());
        role.setLabel("Role");
        role.setItems(roles);
        accounts.setItems(accountChoices);
        accounts.setItemLabelGenerator(Account::name);
        customer.setItems(query -> customerSearch.apply(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        customer.setItemLabelGenerator(Crumb::name);
        username.setRequiredIndicatorVisible(true);
        role.setRequiredIndicatorVisible(true);
        username.setMaxLength(100);
        displayName.setMaxLength(200);
        email.setMaxLength(320);
        role.addValueChangeListener(e -> showRoleFields());
        fields = Map.of("username", username, "displayName", displayName, "email", email, "role", role,
                "accounts", accounts, "customer", customer);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName() == null ? "" : existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            role.setValue(existing.role());
            accounts.setValue(accountChoices.stream().filter(a -> existing.accountIds().contains(a.id()))
                    .collect(Collectors.toSet()));
            if (existing.customerId() != null) {
                customer.setValue(new Crumb(existing.customerId(), existing.customerName()));
            }
        } else if (roles.size() < Role.values().length) {
            role.setValue(Role.Customer);
        }
        showRoleFields();

        FormLayout form = new FormLayout(username, displayName, email, role, accounts, customer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(onSave));
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        setWidth("min(40rem, 100vw)");
    }

    private void showRoleFields() {
        accounts.setVisible(role.getValue() == Role.Manager);
        customer.setVisible(role.getValue() == Role.Customer);
    }

    UserDraft draft() {
        Set<String> accountIds = accounts.getValue().stream().map(Account::id).collect(Collectors.toSet());
        return new UserDraft(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(), accountIds,
                customer.getValue() == null ? null : customer.getValue().id());
    }

    private void submit(Save onSave) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            onSave.save(draft());
            close();
        } catch (ValidationException e) {
            showErrors(fields, e);
        }
    }

    /** Puts each error next to its field; errors of no known field go into a notification. */
    static void showErrors(Map<String, ? extends HasValidation> fields, ValidationException e) {
        for (ValidationException.FieldError error : e.errors()) {
            HasValidation field = error.field() == null ? null : fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                com.switchboard.base.ui.Notifications.error(error.message());
            }
        }
    }
}
