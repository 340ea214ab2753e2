package com.switchboard.customer.ui;

import com.switchboard.account.Account;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.NewCustomer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Asks for a new customer's account, parent, name and reference id, and hands the request back to
 * its opener, which creates it.
 */
class NewCustomerDialog extends Dialog {

    /** What the form edits. */
    static final class Form {
        Account account;
        Crumb parent;
        String name = "";
        String referenceId = "";
    }

    final ComboBox<Account> account = new ComboBox<>("Account");
    final ComboBox<Crumb> parent = new ComboBox<>("Parent");
    final TextField name = new TextField("Name");
    final TextField referenceId = new TextField("Reference id");
    final Button create = new Button("Create");
    private final Binder<Form> binder = new Binder<>();
    private Consumer<NewCustomer> onCreate = request -> { };

    NewCustomerDialog(List<Account> accounts, BiFunction<String, String, List<Crumb>> parentsOf) {
        setHeaderTitle("New customer");
        addClassName("new-customer-dialog");
        account.setItems(accounts);
        account.setItemLabelGenerator(Account::name);
        if (accounts.size() == 1) {
            account.setValue(accounts.get(0));
        }
        parent.setItemLabelGenerator(Crumb::name);
        parent.setPlaceholder("None: a top-level customer");
        parent.setClearButtonVisible(true);
        parent.setItems(query -> {
            Account chosen = account.getValue();
            if (chosen == null) {
                return Stream.empty();
            }
            List<Crumb> candidates = parentsOf.apply(chosen.id(), query.getFilter().orElse(""));
            return candidates.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        account.addValueChangeListener(e -> parent.clear());

        binder.forField(account).asRequired("Choose an account").bind(f -> f.account, (f, v) -> f.account = v);
        binder.forField(parent).bind(f -> f.parent, (f, v) -> f.parent = v);
        FieldRules.name(binder, name, f -> f.name, (f, v) -> f.name = v);
        FieldRules.referenceId(binder, referenceId, f -> f.referenceId, (f, v) -> f.referenceId = v);

        FormLayout form = new FormLayout(account, parent, name, referenceId);
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            Form values = new Form();
            if (binder.writeBeanIfValid(values)) {
                onCreate.accept(new NewCustomer(values.account.id(), values.parent == null ? null : values.parent.id(),
                        values.name, values.referenceId));
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("32rem");
    }

    void onCreate(Consumer<NewCustomer> listener) {
        this.onCreate = listener;
    }

    void preselect(Account preselected, CustomerDetails parentCustomer) {
        if (preselected != null) {
            account.setValue(preselected);
        }
        if (parentCustomer != null) {
            parent.setValue(new Crumb(parentCustomer.id(), parentCustomer.customer().getName()));
        }
    }

    /** Shows a refusal of the service next to the field it concerns. */
    void showError(String field, String message) {
        var target = switch (field == null ? "" : field) {
            case "accountId" -> account;
            case "parentCustomerId" -> parent;
            case "referenceId" -> referenceId;
            default -> name;
        };
        if (target instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (target instanceof ComboBox<?> combo) {
            combo.setErrorMessage(message);
            combo.setInvalid(true);
        }
    }
}
