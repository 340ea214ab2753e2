package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.base.domain.Channel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every change is announced once per customer, with the fields that changed; no change, no event. */
@IntegrationTest
@RecordApplicationEvents
class CustomerChangedTest {

    @Autowired StagingService staging;
    @Autowired CustomerEditing editing;
    @Autowired CustomerDirectory directory;
    @Autowired Demo demo;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        demo.signOut();
    }

    @Test
    void a_flip_is_announced_with_its_field_and_a_repeated_value_is_not() {
        demo.signIn("manager");
        String id = demo.id(Demo.OTHER_ACME);
        boolean before = directory.get(id).customer().isStaging();
        try {
            staging.setStaging(id, !before, Channel.API);
            staging.setStaging(id, !before, Channel.API);

            List<CustomerChanged> announced = events.stream(CustomerChanged.class).toList();
            assertThat(announced).hasSize(1);
            CustomerChanged changed = announced.get(0);
            assertThat(changed.customerId()).isEqualTo(id);
            assertThat(changed.accountId()).isEqualTo(demo.accountId("Acme Telecom"));
            assertThat(changed.changedBy()).isEqualTo("manager");
            assertThat(changed.channel()).isEqualTo(Channel.API);
            assertThat(changed.fields()).containsExactly("isStaging");
        } finally {
            demo.flipBack(id, before);
        }
    }

    @Test
    void an_edit_is_announced_once_with_every_changed_field() {
        demo.signIn("manager");
        CustomerDetails details = directory.get(demo.id(Demo.OTHER_ACME));
        CustomerEdit edit = CustomerEdit.of(details.customer());
        CustomerEdit changed = new CustomerEdit(edit.name() + " Ltd", "REF-EVENT-1", edit.parentCustomerId(),
                edit.tagIds(), edit.data(), edit.integrationData(), edit.overrideBillingSettings(),
                edit.billingSettings(), edit.overrideAppSettings(), edit.appSettings(), edit.schedule());
        CustomerDetails saved = editing.update(details.id(), details.customer().getVersion(), changed, Channel.UI);
        try {
            List<CustomerChanged> announced = events.stream(CustomerChanged.class).toList();
            assertThat(announced).hasSize(1);
            assertThat(announced.get(0).fields()).isEqualTo(Set.of("name", "referenceId"));
            assertThat(announced.get(0).channel()).isEqualTo(Channel.UI);
        } finally {
            editing.update(saved.id(), saved.customer().getVersion(), edit, Channel.UI);
        }
    }
}
