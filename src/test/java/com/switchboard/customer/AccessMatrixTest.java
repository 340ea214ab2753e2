package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.customer.CustomerChange.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

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

    @AfterEach
    void signOut() {
        demo.signOut();
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
