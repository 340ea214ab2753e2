package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every kind of customer, for every action: allowed, or refused as "not found"
 * with nothing changed.
 */
@IntegrationTest
class AccessMatrixTest {

    @Autowired CustomerDirectory service;

    @Autowired StagingService stagingService;
    @Autowired CustomerRepository customers;
    @Autowired Demo demo;
    @Autowired CustomerEditing editing;
    @Autowired JdbcTemplate jdbc;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void signOut() {
        demo.signOut();
        made.forEach(id -> jdbc.update("DELETE FROM customer WHERE id = ?", id));
    }

    /**
     * Where a new or deleted customer sits, seen from the demo users: under the customer user's own
     * customer (its subtree, manager's account), under its sibling (same account, another subtree),
     * or under a customer of the other account.
     */
    static Stream<Arguments> placements() {
        List<Arguments> rows = new ArrayList<>();
        for (String parent : new String[] {Demo.OWN, Demo.SIBLING_OF_OWN, Demo.GLOBEX}) {
            rows.add(Arguments.of("admin", parent, true));
            rows.add(Arguments.of("manager", parent, !parent.equals(Demo.GLOBEX)));
            rows.add(Arguments.of("customer", parent, false));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} creates under {1}: allowed={2}")
    @MethodSource("placements")
    void create(String user, String parentName, boolean allowed) {
        Customer parent = demo.customer(parentName);
        long before = customerCount();
        String name = "Created " + UUID.randomUUID();
        demo.signIn(user);
        NewCustomer request = new NewCustomer(parent.getAccountId(), parent.getId(), name, null);
        if (allowed) {
            CustomerDetails created = editing.create(request, Channel.API);
            made.add(created.id());
            assertThat(created.customer().getParentCustomerId()).isEqualTo(parent.getId());
            assertThat(created.customer().getCreatedBy()).isEqualTo(user);
            assertThat(customerCount()).isEqualTo(before + 1);
        } else {
            if (user.equals("customer")) {
                assertThatThrownBy(() -> editing.create(request, Channel.API)).isInstanceOf(AccessDeniedException.class);
            } else {
                assertThatThrownBy(() -> editing.create(request, Channel.API)).isInstanceOf(ValidationException.class)
                        .extracting(e -> ((ValidationException) e).field()).isEqualTo("accountId");
            }
            assertThat(customerCount()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} patches {1}: allowed={2}")
    @MethodSource("matrix")
    void patch(String user, String target, boolean allowed) {
        Customer before = demo.customer(target);
        long historyBefore = demo.historyRows(before.getId());
        demo.signIn(user);
        if (allowed) {
            CustomerDetails patched = editing.patch(before.getId(), e -> withReferenceId(e, "PATCHED-" + user),
                    Channel.API);
            assertThat(patched.customer().getReferenceId()).isEqualTo("PATCHED-" + user);
            assertThat(patched.customer().getName()).isEqualTo(target);
            assertThat(demo.historyRows(before.getId())).isEqualTo(historyBefore + 1);
            editing.patch(before.getId(), e -> withReferenceId(e, before.getReferenceId()), Channel.API);
        } else {
            assertThatThrownBy(() -> editing.patch(before.getId(), e -> withReferenceId(e, "PATCHED-" + user),
                    Channel.API)).isInstanceOf(CustomerNotFoundException.class);
            Customer after = customers.findById(before.getId()).orElseThrow();
            assertThat(after.getReferenceId()).isEqualTo(before.getReferenceId());
            assertThat(after.getVersion()).isEqualTo(before.getVersion());
            assertThat(demo.historyRows(before.getId())).isEqualTo(historyBefore);
        }
    }

    @ParameterizedTest(name = "{0} deletes a customer under {1}: allowed={2}")
    @MethodSource("placements")
    void delete(String user, String parentName, boolean allowed) {
        Customer parent = demo.customer(parentName);
        demo.signIn("admin");
        String leaf = editing.create(new NewCustomer(parent.getAccountId(), parent.getId(),
                "Leaf " + UUID.randomUUID(), null), Channel.UI).id();
        made.add(leaf);
        long historyBefore = demo.historyRows(leaf);
        demo.signIn(user);
        boolean reaches = user.equals("customer") ? parentName.equals(Demo.OWN) : allowed;
        if (reaches) {
            editing.delete(leaf, Channel.API);
            assertThat(customers.findById(leaf)).isEmpty();
            assertThat(demo.historyRows(leaf)).isEqualTo(historyBefore + 1);
        } else {
            assertThatThrownBy(() -> editing.delete(leaf, Channel.API)).isInstanceOf(CustomerNotFoundException.class);
            assertThat(customers.findById(leaf)).isPresent();
            assertThat(demo.historyRows(leaf)).isEqualTo(historyBefore);
        }
    }

    @ParameterizedTest(name = "a customer user may not {0} its own customer")
    @ValueSource(strings = {"move", "bill", "delete"})
    void customer_users_may_not_move_bill_or_delete_their_own_customer(String action) {
        Customer before = demo.customer(Demo.OWN);
        long historyBefore = demo.historyRows(before.getId());
        demo.signIn("customer");
        Runnable attempt = switch (action) {
            case "move" -> () -> editing.patch(before.getId(), c -> new CustomerEdit(c.name(), c.referenceId(), null,
                    c.tagIds(), c.data(), c.integrationData(), c.overrideBillingSettings(), c.billingSettings(),
                    c.overrideAppSettings(), c.appSettings(), c.schedule()), Channel.API);
            case "bill" -> () -> editing.patch(before.getId(), c -> new CustomerEdit(c.name(), c.referenceId(),
                    c.parentCustomerId(), c.tagIds(), c.data(), c.integrationData(), true, BillingSettings.FREE,
                    c.overrideAppSettings(), c.appSettings(), c.schedule()), Channel.API);
            default -> () -> editing.delete(before.getId(), Channel.API);
        };
        assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
        Customer after = customers.findById(before.getId()).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getParentCustomerId()).isEqualTo(before.getParentCustomerId());
        assertThat(after.isOverrideBillingSettings()).isEqualTo(before.isOverrideBillingSettings());
        assertThat(demo.historyRows(before.getId())).isEqualTo(historyBefore);
    }

    private static CustomerEdit withReferenceId(CustomerEdit e, String referenceId) {
        return new CustomerEdit(e.name(), referenceId, e.parentCustomerId(), e.tagIds(), e.data(), e.integrationData(),
                e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(), e.appSettings(),
                e.schedule());
    }

    private long customerCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        String[] targets = {Demo.OWN, Demo.CHILD_OF_OWN, Demo.SIBLING_OF_OWN, Demo.PARENT_OF_OWN, Demo.OTHER_ACME,
                Demo.GLOBEX};
        for (String target : targets) {
            rows.add(Arguments.of("admin", target, true));
            rows.add(Arguments.of("manager", target, !target.equals(Demo.GLOBEX)));
            rows.add(Arguments.of("customer", target, target.equals(Demo.OWN) || target.equals(Demo.CHILD_OF_OWN)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: allowed={2}")
    @MethodSource("matrix")
    void get(String user, String target, boolean allowed) {
        String id = demo.id(target);
        demo.signIn(user);
        if (allowed) {
            assertThat(service.get(id).customer().getName()).isEqualTo(target);
        } else {
            assertThatThrownBy(() -> service.get(id)).isInstanceOf(CustomerNotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0} on {1}: allowed={2}")
    @MethodSource("matrix")
    void list(String user, String target, boolean allowed) {
        String id = demo.id(target);
        demo.signIn(user);
        var everything = service.list(CustomerFilter.ALL, CustomerSort.BY_NAME, 0, CustomerDirectory.MAX_PAGE_SIZE);
        var just = service.list(new CustomerFilter(null, null, null, null, false, null, Set.of(id), null),
                CustomerSort.BY_NAME, 0, 10);
        assertThat(everything.items().stream().anyMatch(d -> d.id().equals(id))).isEqualTo(allowed);
        assertThat(just.totalCount()).isEqualTo(allowed ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} on {1}: allowed={2}")
    @MethodSource("matrix")
    void flip(String user, String target, boolean allowed) {
        Customer before = demo.customer(target);
        long historyBefore = demo.historyRows(before.getId());
        demo.signIn(user);
        if (allowed) {
            CustomerDetails flipped = stagingService.setStaging(before.getId(), !before.isStaging(), Channel.UI);
            assertThat(flipped.customer().isStaging()).isEqualTo(!before.isStaging());
            assertThat(flipped.customer().getLastModifiedBy()).isEqualTo(user);
            assertThat(demo.historyRows(before.getId())).isEqualTo(historyBefore + 1);
            stagingService.setStaging(before.getId(), before.isStaging(), Channel.UI);
        } else {
            assertThatThrownBy(() -> stagingService.setStaging(before.getId(), !before.isStaging(), Channel.UI))
                    .isInstanceOf(CustomerNotFoundException.class);
            Customer after = customers.findById(before.getId()).orElseThrow();
            assertThat(after.isStaging()).isEqualTo(before.isStaging());
            assertThat(after.getVersion()).isEqualTo(before.getVersion());
            assertThat(demo.historyRows(before.getId())).isEqualTo(historyBefore);
        }
    }

    @ParameterizedTest(name = "{0} on {1}: allowed={2}")
    @MethodSource("matrix")
    void history(String user, String target, boolean allowed) {
        String id = demo.id(target);
        demo.signIn("admin");
        boolean staging = service.get(id).customer().isStaging();
        stagingService.setStaging(id, !staging, Channel.API);
        stagingService.setStaging(id, staging, Channel.API);
        demo.signIn(user);
        if (allowed) {
            var history = service.history(id, 0, 10);
            assertThat(history.totalCount()).isGreaterThanOrEqualTo(2);
            assertThat(history.items()).allSatisfy(change -> assertThat(change.customerId()).isEqualTo(id));
            assertThat(history.items().get(0).changedBy()).isEqualTo("admin");
            assertThat(history.items().get(0).newValue()).isEqualTo(Boolean.toString(staging));
        } else {
            assertThatThrownBy(() -> service.history(id, 0, 10)).isInstanceOf(CustomerNotFoundException.class);
        }
    }
}
