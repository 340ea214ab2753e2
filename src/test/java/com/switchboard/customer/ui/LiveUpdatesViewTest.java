package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.switchboard.Dialogs.awaitUi;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.StagingService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.provider.KeyMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Open views follow changes made elsewhere (another user, the API) without a reload: the grid row,
 * the customer page's header, staging switch and history; unsaved edits are kept, and a banner names
 * the fields someone else changed under them.
 */
class LiveUpdatesViewTest extends KaribuTest {

    private static final Duration PROMISED = Duration.ofSeconds(2);

    @Autowired StagingService staging;
    @Autowired CustomerEditing editing;
    @Autowired CustomerRepository repository;

    /** Runs {@code change} as another user on another thread, as a request elsewhere would. */
    private <T> T elsewhere(String user, Supplier<T> change) {
        return CompletableFuture.supplyAsync(() -> {
            demo.signIn(user);
            try {
                return change.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).join();
    }

    private void renameElsewhere(String id, String newName) {
        elsewhere("admin", () -> {
            Customer stored = repository.findById(id).orElseThrow();
            CustomerEdit theirs = CustomerEdit.of(stored);
            return editing.update(id, stored.getVersion(), new CustomerEdit(newName, theirs.referenceId(),
                    theirs.parentCustomerId(), theirs.tagIds(), theirs.data(), theirs.integrationData(),
                    theirs.overrideBillingSettings(), theirs.billingSettings(), theirs.overrideAppSettings(),
                    theirs.appSettings(), theirs.schedule()), Channel.API);
        });
    }

    private static long since(long committed) {
        return Duration.ofNanos(System.nanoTime() - committed).toMillis();
    }

    @Test
    void the_grid_row_shows_a_flip_made_through_the_api() throws Exception {
        signIn("manager");
        navigate("portal/customers");
        CustomersView view = _get(CustomersView.class);
        view.grid.getDataCommunicator().setViewportRange(0, 50);
        awaitUi(() -> view.grid.getDataCommunicator().getKeyMapper().has(row(demo.id(Demo.OTHER_ACME))) ? true : null);
        String id = demo.id(Demo.OTHER_ACME);
        boolean before = shownRow(view, id).staging();
        try {
            elsewhere("admin", () -> staging.setStaging(id, !before, Channel.API));
            long committed = System.nanoTime();

            awaitUi(() -> shownRow(view, id).staging() != before ? true : null);
            assertThat(since(committed)).isLessThan(PROMISED.toMillis());
        } finally {
            demo.flipBack(id, before);
        }
    }

    @Test
    void the_customer_page_shows_a_flip_made_elsewhere_in_its_header_and_history() throws Exception {
        signIn("manager");
        String id = demo.id(Demo.SIBLING_OF_OWN);
        navigate("portal/customers/" + id);
        CustomerView view = _get(CustomerView.class);
        boolean before = view.staging.staging.getValue();
        AtomicInteger historyReloads = new AtomicInteger();
        view.history.history.getDataProvider().addDataProviderListener(e -> historyReloads.incrementAndGet());
        try {
            elsewhere("admin", () -> staging.setStaging(id, !before, Channel.API));
            long committed = System.nanoTime();

            awaitUi(() -> view.staging.staging.getValue() != before ? true : null);
            assertThat(since(committed)).isLessThan(PROMISED.toMillis());
            assertThat(view.staging.badge.getText())
                    .isEqualTo(before ? "Production" : "Staging");
            assertThat(historyReloads.get()).isPositive();
            assertThat(view.changeNotice.isVisible()).isFalse();
        } finally {
            demo.flipBack(id, before);
        }
    }

    @Test
    void without_unsaved_edits_the_page_shows_a_rename_made_elsewhere() throws Exception {
        signIn("manager");
        String id = demo.id("Granite Gyms");
        navigate("portal/customers/" + id);
        CustomerView view = _get(CustomerView.class);

        renameElsewhere(id, "Granite Gyms West");

        awaitUi(() -> view.header.name.getText().equals("Granite Gyms West") ? true : null);
        assertThat(view.general.nameField.getValue()).isEqualTo("Granite Gyms West");
        assertThat(view.changeNotice.isVisible()).isFalse();
        renameElsewhere(id, "Granite Gyms");
    }

    @Test
    void an_unsaved_edit_of_a_field_changed_elsewhere_is_kept_and_named_in_a_banner_before_the_save()
            throws Exception {
        signIn("manager");
        String id = demo.id("Harbor Veterinary");
        navigate("portal/customers/" + id);
        CustomerView view = _get(CustomerView.class);
        view.general.nameField.setValue("Harbor Vets");

        renameElsewhere(id, "Harbor Veterinary Clinic");

        awaitUi(() -> view.changeNotice.isVisible() ? true : null);
        assertThat(view.changeNotice.text.getText()).startsWith("admin (through the API) changed Name at ")
                .endsWith("which you are editing too. Saving will ask whether to re-apply your changes on theirs.");
        assertThat(view.general.nameField.getValue()).as("the unsaved edit is kept").isEqualTo("Harbor Vets");

        _click(view.changeNotice.reload);
        assertThat(view.general.nameField.getValue()).isEqualTo("Harbor Veterinary Clinic");
        assertThat(view.changeNotice.isVisible()).isFalse();
        renameElsewhere(id, "Harbor Veterinary");
    }

    @Test
    void a_flip_elsewhere_keeps_unsaved_edits_and_does_not_make_their_save_a_conflict() throws Exception {
        signIn("manager");
        String id = demo.id(Demo.OTHER_ACME);
        navigate("portal/customers/" + id);
        CustomerView view = _get(CustomerView.class);
        boolean before = view.staging.staging.getValue();
        String reference = view.general.referenceId.getValue();
        try {
            view.general.referenceId.setValue("LIVE-1");
            elsewhere("admin", () -> staging.setStaging(id, !before, Channel.API));

            awaitUi(() -> view.staging.staging.getValue() != before ? true : null);
            assertThat(view.general.referenceId.getValue()).isEqualTo("LIVE-1");
            assertThat(view.changeNotice.isVisible()).as("nobody else changed the reference id").isFalse();

            _click(view.actions.save);
            List<ConfirmDialog> conflicts = _find(ConfirmDialog.class);
            assertThat(conflicts).isEmpty();
            Customer saved = repository.findById(id).orElseThrow();
            assertThat(saved.getReferenceId()).isEqualTo("LIVE-1");
            assertThat(saved.isStaging()).as("the save did not undo the flip").isEqualTo(!before);
        } finally {
            demo.flipBack(id, before);
            view.general.referenceId.setValue(reference);
            _click(view.actions.save);
        }
    }

    private static CustomerRow row(String id) {
        return new CustomerRow(id, null, null, null, null, null, List.of(), false, null);
    }

    /** The row as the grid holds it for the browser (what it last sent), not as the database has it now. */
    @SuppressWarnings("unchecked")
    private static CustomerRow shownRow(CustomersView view, String id) {
        KeyMapper<CustomerRow> keys = (KeyMapper<CustomerRow>) view.grid.getDataCommunicator().getKeyMapper();
        return keys.get(keys.key(row(id)));
    }
}
