package com.switchboard.customer.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.Notifications;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDetails.Crumb;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.RouteParameters;
import java.io.Serializable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Delete on the customer page: refused, with the reason, while the customer has children; otherwise
 * confirmed first, and then the page moves up to the parent (or to the customers list).
 */
final class CustomerDeletion implements Serializable {

    private final transient CustomerDirectory customers;
    private final transient CustomerEditing editing;
    private final ActionBar actions;
    private final SerializableSupplier<CustomerDetails> shown;
    private final SerializableRunnable forgetChanges;

    CustomerDeletion(CustomerDirectory customers, CustomerEditing editing, ActionBar actions,
            SerializableSupplier<CustomerDetails> shown, SerializableRunnable forgetChanges) {
        this.customers = customers;
        this.editing = editing;
        this.actions = actions;
        this.shown = shown;
        this.forgetChanges = forgetChanges;
    }

    /** Disables Delete with the reason: the access policy's {@code refusal}, else the customer's children. */
    void refuse(String refusal, int childCount) {
        actions.refuseDelete(refusal != null ? refusal : childCount > 0 ? childrenRefusal(childCount) : null);
    }

    private static String childrenRefusal(int count) {
        return "Has " + count + (count == 1 ? " child" : " children") + ": move or delete " + (count == 1 ? "it" : "them")
                + " first";
    }

    void confirm() {
        CustomerDetails details = shown.get();
        int children = customers.children(details.id()).size();
        if (children > 0) {
            actions.refuseDelete(childrenRefusal(children));
            Notifications.error(details.customer().getName() + ": " + childrenRefusal(children).toLowerCase());
            return;
        }
        String customerName = details.customer().getName();
        ActionBar.confirmDelete(customerName, () -> delete(customerName)).open();
    }

    private void delete(String customerName) {
        CustomerDetails details = shown.get();
        try {
            editing.delete(details.id(), details.customer().getVersion(), Channel.UI);
            Notifications.success(customerName + " deleted");
            forgetChanges.run();
            Crumb parent = details.parent();
            if (parent != null) {
                UI.getCurrent().navigate(CustomerView.class, new RouteParameters(CustomerView.ID, parent.id()));
            } else {
                UI.getCurrent().navigate(CustomersView.class);
            }
        } catch (ValidationException | AccessDeniedException ex) {
            Notifications.error(ex.getMessage());
        } catch (OptimisticLockingFailureException ex) {
            Notifications.error(customerName + " was changed by someone else; reload before deleting it");
        }
    }
}
