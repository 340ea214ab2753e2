package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The editing rules the portal and the API share: unique reference ids, patch races, delete and history. */
@IntegrationTest
class CustomerEditingTest {

    @Autowired CustomerEditing editing;
    @Autowired CustomerDirectory directory;
    @Autowired TagService tags;
    @Autowired CustomerRepository customers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Demo demo;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        demo.signOut();
        made.forEach(id -> jdbc.update("DELETE FROM customer WHERE id = ?", id));
    }

    /** The portal's channel gets the same text rule as the API, from the domain: each field named, nothing saved. */
    @Test
    void text_that_is_not_plain_text_is_refused_for_every_field_whoever_sends_it() {
        demo.signIn("manager");
        Customer cobalt = demo.customer(Demo.OTHER_ACME);
        Map<String, UnaryOperator<CustomerEdit>> edits = Map.of(
                "name", e -> new CustomerEdit("a\u0001b", e.referenceId(), e.parentCustomerId(), e.tagIds(), e.data(),
                        e.integrationData(), e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(),
                        e.appSettings(), e.schedule()),
                "referenceId", e -> reference(e, "\u200B"),
                "data", e -> new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(), e.tagIds(),
                        new CustomerData(Map.of("plan", DataValue.ofStruct(Map.of("tier", DataValue.of("\uFFFE"))))),
                        e.integrationData(), e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(),
                        e.appSettings(), e.schedule()),
                "integrationData", e -> new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(), e.tagIds(),
                        e.data(), new IntegrationData(Map.of("hubspot", "HS\u009F")), e.overrideBillingSettings(),
                        e.billingSettings(), e.overrideAppSettings(), e.appSettings(), e.schedule()),
                "appSettings.customCss", e -> new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(),
                        e.tagIds(), e.data(), e.integrationData(), e.overrideBillingSettings(), e.billingSettings(),
                        true, AppSettings.Field.settings(Map.of(AppSettings.Field.CUSTOM_CSS, "a {}\u0007")), e.schedule()));
        edits.forEach((field, edit) -> assertThatThrownBy(() -> editing.patch(cobalt.getId(), edit, Channel.UI))
                .as(field).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo(field)));
        assertThatThrownBy(() -> editing.create(new NewCustomer(cobalt.getAccountId(), null, "\u3164", null),
                Channel.UI)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(customers.findById(cobalt.getId()).orElseThrow().getVersion()).isEqualTo(cobalt.getVersion());
        for (String name : List.of("VIP\u0001", "\u200B", "Gold\uFFFF")) {
            assertThatThrownBy(() -> tags.create(cobalt.getAccountId(), name, TagColor.values()[0])).as(name)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        }
        assertThat(tags.catalogue(cobalt.getAccountId())).noneMatch(t -> t.name().startsWith("VIP\u0001"));
    }

    @Test
    void a_reference_id_is_unique_within_its_account_without_regard_to_case() {
        demo.signIn("admin");
        String acme = demo.accountId("Acme Telecom");
        assertThatThrownBy(() -> editing.create(new NewCustomer(acme, null, "Copy", "acme-1001"), Channel.UI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("referenceId"))
                .hasMessageContaining("already has the reference id 'acme-1001'");

        Customer cobalt = demo.customer(Demo.OTHER_ACME);
        assertThatThrownBy(() -> editing.patch(cobalt.getId(), e -> reference(e, "ACME-1002"), Channel.UI))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("referenceId"));
        assertThat(customers.findById(cobalt.getId()).orElseThrow().getVersion()).isEqualTo(cobalt.getVersion());

        CustomerDetails sameInOtherAccount = editing.create(new NewCustomer(acme, null, "Gx " + UUID.randomUUID(),
                "GX-100"), Channel.UI);
        made.add(sameInOtherAccount.id());
        assertThat(sameInOtherAccount.customer().getReferenceId()).isEqualTo("GX-100");
        CustomerDetails recased = editing.patch(sameInOtherAccount.id(), e -> reference(e, "gx-100"), Channel.UI);
        assertThat(recased.customer().getReferenceId()).as("its own id in another case").isEqualTo("gx-100");
    }

    @Test
    void the_unique_index_backs_the_check_when_two_saves_race() {
        String acme = demo.accountId("Acme Telecom");
        Customer dental = demo.customer(Demo.PARENT_OF_OWN);
        assertThatThrownBy(() -> jdbc.update("UPDATE customer SET reference_id = 'ACME-1001', "
                + "reference_id_lower = 'acme-1001' WHERE id = ?", demo.id(Demo.OTHER_ACME)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(CustomerEditing.isReferenceIdCollision((DataIntegrityViolationException) e))
                        .isTrue());
        assertThat(dental.getAccountId()).isEqualTo(acme);
        assertThat(demo.customer(Demo.OTHER_ACME).getReferenceId()).isEqualTo("ACME-3001");

        // a save that passed the check before the other one committed: the aggregate save fails on the index
        Customer racer = demo.customer(Demo.OTHER_ACME);
        racer.setReferenceId("acme-1001");
        assertThatThrownBy(() -> customers.save(racer))
                .satisfies(e -> assertThat(CustomerEditing.isReferenceIdCollision(e)).isTrue());
        assertThat(demo.customer(Demo.OTHER_ACME).getReferenceId()).isEqualTo("ACME-3001");
    }

    @Test
    void a_change_between_the_read_and_the_save_of_a_patch_is_a_conflict() {
        Customer before = demo.customer(Demo.OTHER_ACME);
        demo.signIn("manager");
        assertThatThrownBy(() -> editing.patch(before.getId(), e -> {
            // someone else saves the customer on another connection while this patch is under way
            CompletableFuture.runAsync(() -> jdbc.update("UPDATE customer SET version = version + 1 WHERE id = ?",
                    before.getId())).join();
            return reference(e, "RACE-1");
        }, Channel.API)).isInstanceOf(OptimisticLockingFailureException.class);
        Customer after = customers.findById(before.getId()).orElseThrow();
        assertThat(after.getReferenceId()).isEqualTo(before.getReferenceId());
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    }

    @Test
    void a_customer_with_children_is_not_deleted() {
        Customer parent = demo.customer(Demo.PARENT_OF_OWN);
        demo.signIn("admin");
        assertThatThrownBy(() -> editing.delete(parent.getId(), Channel.UI))
                .isInstanceOf(CustomerHasChildrenException.class)
                .hasMessage("Acme Dental Group has 2 children; move or delete them first");
        assertThat(customers.findById(parent.getId())).isPresent();
    }

    @Test
    void the_history_of_a_deleted_customer_stays_readable_to_administrators_only() {
        demo.signIn("admin");
        Customer parent = demo.customer(Demo.SIBLING_OF_OWN);
        String id = editing.create(new NewCustomer(parent.getAccountId(), parent.getId(), "Gone " + UUID.randomUUID(),
                null), Channel.UI).id();
        made.add(id);
        editing.delete(id, Channel.API);

        var history = directory.history(id, 0, 10);
        assertThat(history.items()).extracting(CustomerChange::field).containsExactly("deleted", "created");
        assertThat(history.items().get(0).channel()).isEqualTo(Channel.API);

        demo.signIn("manager");
        assertThatThrownBy(() -> directory.history(id, 0, 10)).isInstanceOf(CustomerNotFoundException.class);
        demo.signIn("admin");
        assertThatThrownBy(() -> directory.history("never-existed", 0, 10))
                .isInstanceOf(CustomerNotFoundException.class);
    }

    private static CustomerEdit reference(CustomerEdit e, String referenceId) {
        return new CustomerEdit(e.name(), referenceId, e.parentCustomerId(), e.tagIds(), e.data(), e.integrationData(),
                e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(), e.appSettings(),
                e.schedule());
    }
}
