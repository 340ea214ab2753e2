package com.switchboard.customer.ui;

import com.switchboard.account.Account;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.Notifications;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import java.util.function.Consumer;

/**
 * "New customer" from the list: the dialog, preset to the account filtered on or else the account of
 * the level drilled into (with that customer as the parent); a refused field is marked in the dialog,
 * a created customer opens.
 */
final class NewCustomerFlow {

    private NewCustomerFlow() {}

    static void open(CustomerDirectory customers, CustomerEditing editing, Account filteredAccount, String parentId,
            Consumer<String> openCustomer) {
        NewCustomerDialog dialog = new NewCustomerDialog(customers.manageableAccounts(),
                (accountId, text) -> customers.parentCandidates(accountId, null, text, 50));
        dialog.onCreate(request -> {
            try {
                CustomerDetails created = editing.create(request, Channel.UI);
                dialog.close();
                Notifications.success(created.customer().getName() + " created");
                openCustomer.accept(created.id());
            } catch (ValidationException e) {
                dialog.showError(e.field(), e.getMessage());
            }
        });
        CustomerDetails parent = parentId == null ? null : customers.get(parentId);
        Account chosen = filteredAccount;
        if (chosen == null && parent != null) {
            chosen = customers.manageableAccounts().stream()
                    .filter(a -> a.id().equals(parent.customer().getAccountId())).findFirst().orElse(null);
        }
        if (chosen != null) {
            dialog.preselect(chosen, parent);
        }
        dialog.open();
    }
}
