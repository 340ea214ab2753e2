package com.switchboard.customer.ui;

import com.switchboard.base.ui.LiveUpdates;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerNotFoundException;
import com.switchboard.customer.live.CustomerChangeFeed;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Follows, while the customer page is attached, the changes that another user, the API or another
 * instance make to the customer it shows. A staging flip moves the switch and adds to the history
 * (the form holds no staging flag, so edits in progress stay valid). Other changes: without unsaved
 * edits the page shows the new version; with them the header and history follow, the form keeps
 * the edits, and a banner ({@link #notice}) names the changed fields the viewer is editing too.
 */
final class ChangesElsewhere implements Serializable {

    /** The page whose customer is followed. */
    interface Page extends Serializable {

        /** The customer as the page last read it. */
        CustomerDetails shown();

        /** Where the form's edits started from. */
        CustomerEdit base();

        /** Shows {@code fresh} everywhere, replacing edits in progress. */
        void refresh(CustomerDetails fresh);

        /** The customer is gone, or no longer visible to the viewer. */
        void showNotFound(String id);

        /**
         * Shows {@code fresh} in the header and history and keeps the form's edits; {@code read} when
         * the form may count as read from {@code fresh} (only staging flips came in between).
         */
        void follow(CustomerDetails fresh, boolean read);
    }

    final ChangeNotice notice = new ChangeNotice(this::showTheirs);
    private final transient CustomerDirectory customers;
    private final UnsavedChanges changes;
    private final Page page;
    /** Only staging flips happened since the form was read: a save from its version cannot undo them. */
    private boolean onlyFlipsSinceRead;

    ChangesElsewhere(Component view, CustomerChangeFeed feed, CustomerDirectory customers, UnsavedChanges changes,
            Page page) {
        this.customers = customers;
        this.changes = changes;
        this.page = page;
        LiveUpdates.<CustomerChanged>whileAttached(view, listener -> feed.subscribe(listener)::cancel, this::changed);
    }

    /** The page has just read its customer afresh. */
    void read() {
        onlyFlipsSinceRead = true;
        notice.setVisible(false);
    }

    private void changed(CustomerChanged change) {
        CustomerDetails shown = page.shown();
        if (shown == null || !change.customerId().equals(shown.id())) {
            return;
        }
        CustomerDetails fresh;
        try {
            fresh = customers.get(shown.id());
        } catch (CustomerNotFoundException e) {
            page.showNotFound(shown.id());
            return;
        }
        if (fresh.customer().getVersion() == shown.customer().getVersion()) {
            return;
        }
        boolean flipOnly = change.fields().equals(Set.of(CustomerField.STAGING.key));
        Set<String> unsaved = changes.isDirty() ? ChangeNotice.edited(page.base(), changes.draft().toEdit()) : Set.of();
        if (unsaved.isEmpty() && !(flipOnly && onlyFlipsSinceRead)) {
            page.refresh(fresh);
            return;
        }
        onlyFlipsSinceRead &= flipOnly;
        page.follow(fresh, onlyFlipsSinceRead);
        Set<String> clashing = new LinkedHashSet<>(change.fields());
        clashing.retainAll(unsaved);
        if (!clashing.isEmpty()) {
            notice.show(change, clashing);
        }
    }

    private void showTheirs() {
        String id = page.shown().id();
        try {
            page.refresh(customers.get(id));
        } catch (CustomerNotFoundException e) {
            page.showNotFound(id);
        }
    }
}
