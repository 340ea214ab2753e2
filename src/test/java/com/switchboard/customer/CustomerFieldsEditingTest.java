package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.account.Account;
import com.switchboard.account.AccountService;
import com.switchboard.account.CustomerField;
import com.switchboard.account.CustomerFieldSchema;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The customer-fields schema in the domain: the portal's Save (CustomerEditing, channel UI) is refused
 * exactly as the API is, each data member named, nothing changed; the schema's own rules; and the
 * portal's tag deletion takes the tag off its customers with a history entry.
 */
@IntegrationTest
class CustomerFieldsEditingTest {

    @Autowired CustomerEditing editing;
    @Autowired CustomerFieldSchema schema;
    @Autowired AccountService accounts;
    @Autowired TagService tags;
    @Autowired CustomerRepository customers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Demo demo;

    private String accountId;
    private String customerId;

    @BeforeEach
    void anAccountWithASchema() {
        demo.signIn("admin");
        Account account = accounts.create("Fields " + UUID.randomUUID(), Channel.UI);
        accountId = account.id();
        customerId = editing.create(new NewCustomer(accountId, null, "Fields customer", null), Channel.UI).customer().getId();
        schema.replace(accountId, List.of(
                new CustomerField("plan", "Plan", CustomerField.Type.String, null, true, null, false, List.of("gold", "silver")),
                new CustomerField("seats", null, CustomerField.Type.Number, null, false, null, true, null)), Channel.UI);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM customer WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM tag WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM account WHERE id = ?", accountId);
        demo.signOut();
    }

    @Test
    void the_portals_save_is_refused_by_the_schema_member_by_member_and_changes_nothing() {
        long version = customers.findById(customerId).orElseThrow().getVersion();
        CustomerData bad = new CustomerData(Map.of("plan", DataValue.of("bronze"), "seats", DataValue.of("ten"),
                "free", DataValue.of("anything")));
        assertThatThrownBy(() -> editing.update(customerId, version, withData(bad), Channel.UI))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("data.plan", "data.seats"));
        assertThatThrownBy(() -> editing.update(customerId, version,
                withData(new CustomerData(Map.of("seats", DataValue.of(3)))), Channel.UI))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("data.plan");
                    assertThat(e.getMessage()).isEqualTo("'Plan' is required");
                });
        assertThat(customers.findById(customerId).orElseThrow().getVersion()).isEqualTo(version);
        assertThat(customers.findById(customerId).orElseThrow().getData()).isNull();

        CustomerData good = new CustomerData(Map.of("plan", DataValue.of("gold"), "free", DataValue.of(true)));
        assertThat(editing.update(customerId, version, withData(good), Channel.UI).customer().getData()).isEqualTo(good);
    }

    @Test
    void the_schema_refuses_what_it_cannot_hold_and_customer_users_may_not_change_it() {
        assertThatThrownBy(() -> schema.replace(accountId, List.of(
                new CustomerField("renews", null, CustomerField.Type.Date, null, false, DataValue.of("31/01/2027"), false,
                        null)), Channel.UI))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("customerFields[0].defaultValue"));
        assertThat(schema.of(accountId).fields()).extracting(CustomerField::name).containsExactly("plan", "seats");

        demo.signIn("customer");
        assertThatThrownBy(() -> schema.replace(accountId, List.of(), Channel.UI))
                .isInstanceOf(com.switchboard.base.domain.NotFoundException.class);
        assertThat(schema.of(accountId).fields()).hasSize(2);
    }

    @Test
    void deleting_a_tag_in_the_portal_takes_it_off_its_customers_with_a_history_entry() {
        Tag vip = tags.create(accountId, "VIP", TagColor.Gold);
        Tag gold = tags.create(accountId, "Gold", TagColor.Orange);
        editing.patch(customerId, e -> new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(),
                java.util.Set.of(vip.id(), gold.id()), new CustomerData(Map.of("plan", DataValue.of("gold"))),
                e.integrationData(), e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(),
                e.appSettings(), e.schedule()), Channel.UI);
        long rows = demo.historyRows(customerId);

        tags.delete(tags.catalogue(accountId).stream().filter(t -> t.id().equals(vip.id())).findFirst().orElseThrow());

        assertThat(customers.findById(customerId).orElseThrow().getTagIds()).containsExactly(gold.id());
        assertThat(demo.historyRows(customerId)).isEqualTo(rows + 1);
        assertThat(jdbc.queryForMap("SELECT channel, old_value, new_value FROM customer_change WHERE customer_id = ? "
                + "AND field = 'tags' ORDER BY id DESC LIMIT 1", customerId))
                .containsEntry("channel", "UI").containsEntry("old_value", "Gold, VIP").containsEntry("new_value", "Gold");
    }

    @Test
    void a_customer_user_is_refused_on_its_own_accounts_settings() {
        demo.signIn("customer");
        String acme = demo.accountId("Acme Telecom");
        assertThatThrownBy(() -> schema.replace(acme, List.of(), Channel.UI)).isInstanceOf(AccessDeniedException.class);
        assertThat(schema.read(acme)).isNotNull();
    }

    private CustomerEdit withData(CustomerData data) {
        CustomerEdit e = CustomerEdit.of(customers.findById(customerId).orElseThrow());
        return new CustomerEdit(e.name(), e.referenceId(), e.parentCustomerId(), e.tagIds(), data, e.integrationData(),
                e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(), e.appSettings(), e.schedule());
    }
}
