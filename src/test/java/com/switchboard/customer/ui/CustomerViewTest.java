package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.NewCustomer;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerViewTest extends KaribuTest {

    private static final int TAGS = 1;
    private static final int INTEGRATIONS = 3;
    private static final int BILLING = 5;
    private static final int APP_SETTINGS = 6;

    @Autowired CustomerRepository repository;
    @Autowired CustomerDirectory service;
    @Autowired CustomerEditing editing;

    private CustomerView open(String user, String customerName) {
        signIn(user);
        navigate("portal/customers/" + demo.id(customerName));
        return _get(CustomerView.class);
    }

    @Test
    void the_header_shows_the_way_there_and_the_staging_switch() {
        CustomerView view = open("manager", Demo.CHILD_OF_OWN);
        assertThat(view.name.getText()).isEqualTo(Demo.CHILD_OF_OWN);
        assertThat(view.meta.getText()).isEqualTo("Acme Telecom · ACME-1004");
        assertThat(_find(view.crumbs, RouterLink.class).stream().map(RouterLink::getText))
                .containsExactly("Customers", Demo.PARENT_OF_OWN, Demo.OWN);
        assertThat(view.staging.getLabel()).isEqualTo("Staging");
        assertThat(view.staging.getValue()).isTrue();
        assertThat(view.staging.isEnabled()).isTrue();
    }

    @Test
    void flipping_staging_asks_first_and_uses_the_service() {
        CustomerView view = open("manager", Demo.SIBLING_OF_OWN);
        Customer before = demo.customer(Demo.SIBLING_OF_OWN);
        long history = demo.historyRows(before.getId());

        _setValue(view.staging, true);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.text(confirm)).isEqualTo("Route Acme Dental Uptown's numbers to the staging server?");
        assertThat(view.staging.getValue()).as("nothing changes before the confirmation").isFalse();
        Dialogs.cancel(confirm);
        assertThat(repository.findById(before.getId()).orElseThrow().isStaging()).isFalse();

        _setValue(view.staging, true);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(view.staging.getValue()).isTrue();
        assertThat(repository.findById(before.getId()).orElseThrow().isStaging()).isTrue();
        assertThat(demo.historyRows(before.getId())).isEqualTo(history + 1);
        assertThat(Dialogs.notifications()).anyMatch(n -> n.contains("now route to staging"));
        demo.flipBack(before.getId(), false);
    }

    @Test
    void invalid_input_is_marked_and_nothing_is_saved() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        long version = demo.customer(Demo.OTHER_ACME).getVersion();

        view.nameField.setValue("");
        _click(view.save);
        assertThat(view.nameField.isInvalid()).isTrue();
        assertThat(view.nameField.getErrorMessage()).isEqualTo("Name is required");

        view.nameField.setValue("x".repeat(201));
        _click(view.save);
        assertThat(view.nameField.getErrorMessage()).isEqualTo("Name must be at most 200 characters");

        view.nameField.setValue("Cobalt Logistics");
        view.tabs.setSelectedIndex(APP_SETTINGS);
        _setValue(view.overrideApp, true);
        view.logoutUrl.setValue("javascript:alert(1)");
        _click(view.save);
        assertThat(view.logoutUrl.isInvalid()).isTrue();

        assertThat(demo.customer(Demo.OTHER_ACME).getVersion()).isEqualTo(version);
    }

    @Test
    void cancel_puts_everything_back() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        view.nameField.setValue("Renamed");
        view.referenceId.setValue("NEW");
        DataField.Row row = view.data.addRow("extra", null);
        row.text.setValue("value");
        _click(view.cancel);
        assertThat(view.nameField.getValue()).isEqualTo(Demo.OTHER_ACME);
        assertThat(view.referenceId.getValue()).isEqualTo("ACME-3001");
        assertThat(view.data.rows).isEmpty();
        assertThat(demo.customer(Demo.OTHER_ACME).getName()).isEqualTo(Demo.OTHER_ACME);
    }

    @Test
    void saving_general_data_and_integrations_writes_history() {
        CustomerView view = open("manager", "Juniper Cafe");
        String id = demo.id("Juniper Cafe");
        long history = demo.historyRows(id);

        view.referenceId.setValue("JC-7");
        DataField.Row bad = view.data.addRow("1bad", null);
        bad.text.setValue("x");
        _click(view.save);
        assertThat(bad.key.isInvalid()).isTrue();
        assertThat(demo.customer("Juniper Cafe").getReferenceId()).isNull();

        bad.key.setValue("seats");
        bad.type.setValue(DataField.NUMBER);
        bad.number.setValue(12.0);
        view.tabs.setSelectedIndex(INTEGRATIONS);
        _click(view.integrations.add);
        IntegrationsField.Row integration = view.integrations.rows.get(0);
        integration.key.setValue("hubspot");
        _click(view.save);
        assertThat(integration.thirdPartyId.isInvalid()).as("a third-party id is required").isTrue();
        integration.thirdPartyId.setValue("HS-9");
        _click(view.save);

        Customer saved = demo.customer("Juniper Cafe");
        assertThat(saved.getReferenceId()).isEqualTo("JC-7");
        assertThat(saved.getData().values().get("seats").numberValue()).isEqualTo(12.0);
        assertThat(saved.getIntegrationData().thirdPartyIds()).containsEntry("hubspot", "HS-9");
        assertThat(demo.historyRows(id)).isEqualTo(history + 3);
        assertThat(Dialogs.notifications()).contains("Saved");
        assertThat(integration.key.getValue()).isEqualTo("hubspot");
    }

    @Test
    void billing_override_is_validated_saved_and_inherited_otherwise() {
        CustomerView view = open("manager", "Uptown Oral Surgery");
        assertThat(view.overrideBilling.getValue()).isFalse();
        assertThat(view.billing[0][0].isReadOnly()).isTrue();
        assertThat(view.billing[0][0].getValue()).as("inherited from Acme Dental Group").isEqualTo(39.2);
        assertThat(view.billingSource.getText()).isEqualTo("Inherited from " + Demo.PARENT_OF_OWN);
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();

        view.tabs.setSelectedIndex(BILLING);
        _setValue(view.overrideBilling, true);
        assertThat(view.billing[0][0].isReadOnly()).isFalse();
        view.billing[0][0].setValue(-1.0);
        _click(view.save);
        assertThat(view.billing[0][0].isInvalid()).isTrue();
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();

        view.billing[0][0].setValue(55.5);
        _click(view.save);
        Customer saved = demo.customer("Uptown Oral Surgery");
        assertThat(saved.isOverrideBillingSettings()).isTrue();
        assertThat(saved.getBillingSettings().base().baseCost()).isEqualTo(55.5);
        assertThat(view.billingSource.getText()).isEqualTo("This customer's own billing settings");

        _setValue(view.overrideBilling, false);
        assertThat(view.billing[0][0].getValue()).as("the inherited values show again").isEqualTo(39.2);
        _click(view.save);
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();
    }

    @Test
    void a_customer_user_edits_its_own_but_not_billing_parent_or_deletion() {
        CustomerView view = open("customer", Demo.OWN);
        assertThat(view.overrideBilling.isReadOnly()).isTrue();
        assertThat(view.billingSource.getText()).isEqualTo("Billing is managed by your provider");
        assertThat(view.parent.isReadOnly()).isTrue();
        assertThat(view.delete.isEnabled()).isFalse();
        assertThat(view.manageTags.isVisible()).isFalse();
        assertThat(_find(view.crumbs, RouterLink.class).stream().map(RouterLink::getText))
                .as("the customer's ancestors are not links for it").isEmpty();

        DataField.Row row = view.data.addRow("color", null);
        row.text.setValue("teal");
        _click(view.save);
        assertThat(demo.customer(Demo.OWN).getData().values().get("color").stringValue()).isEqualTo("teal");
        assertThat(demo.customer(Demo.OWN).getLastModifiedBy()).isEqualTo("customer");
    }

    @Test
    void customers_out_of_reach_and_unknown_ids_show_not_found() {
        signIn("customer");
        navigate("portal/customers/" + demo.id(Demo.SIBLING_OF_OWN));
        assertThat(_get(H2.class, spec -> spec.withText("Customer not found"))).isNotNull();
        navigate("portal/customers/no-such-customer");
        assertThat(_get(H2.class, spec -> spec.withText("Customer not found"))).isNotNull();
    }

    @Test
    void a_lost_race_offers_to_reapply_and_never_overwrites_silently() {
        CustomerView view = open("manager", "Harbor Veterinary");
        String id = demo.id("Harbor Veterinary");
        view.referenceId.setValue("HV-MINE");

        demo.signIn("admin");
        Customer stored = repository.findById(id).orElseThrow();
        CustomerEdit theirs = CustomerEdit.of(stored);
        editing.update(id, stored.getVersion(), new CustomerEdit("Harbor Veterinary Clinic", theirs.referenceId(),
                theirs.parentCustomerId(), theirs.tagIds(), theirs.data(), theirs.integrationData(),
                theirs.overrideBillingSettings(), theirs.billingSettings(), theirs.overrideAppSettings(),
                theirs.appSettings(), theirs.schedule()), Channel.API);
        signIn("manager");

        _click(view.save);
        ConfirmDialog conflict = Dialogs.confirmDialog();
        assertThat(Dialogs.header(conflict)).isEqualTo("Someone else changed this customer");
        assertThat(Dialogs.text(conflict)).startsWith("admin saved a newer version");
        assertThat(repository.findById(id).orElseThrow().getReferenceId()).isNull();

        Dialogs.confirm(conflict);
        assertThat(view.nameField.getValue()).isEqualTo("Harbor Veterinary Clinic");
        assertThat(view.referenceId.getValue()).isEqualTo("HV-MINE");
        _click(view.save);
        Customer merged = repository.findById(id).orElseThrow();
        assertThat(merged.getName()).isEqualTo("Harbor Veterinary Clinic");
        assertThat(merged.getReferenceId()).isEqualTo("HV-MINE");
    }

    @Test
    void discarding_after_a_lost_race_reloads_theirs() {
        CustomerView view = open("manager", "Granite Gyms");
        String id = demo.id("Granite Gyms");
        view.referenceId.setValue("MINE");
        demo.signIn("admin");
        Customer stored = repository.findById(id).orElseThrow();
        CustomerEdit e = CustomerEdit.of(stored);
        editing.update(id, stored.getVersion(), new CustomerEdit(e.name(), "THEIRS", e.parentCustomerId(), e.tagIds(),
                e.data(), e.integrationData(), e.overrideBillingSettings(), e.billingSettings(),
                e.overrideAppSettings(), e.appSettings(), e.schedule()), Channel.API);
        signIn("manager");

        _click(view.save);
        Dialogs.reject(Dialogs.confirmDialog());
        assertThat(view.referenceId.getValue()).isEqualTo("THEIRS");
        assertThat(repository.findById(id).orElseThrow().getReferenceId()).isEqualTo("THEIRS");
    }

    @Test
    void delete_is_refused_while_there_are_children_and_confirmed_otherwise() {
        CustomerView view = open("manager", Demo.PARENT_OF_OWN);
        _click(view.delete);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(Dialogs.notifications()).anyMatch(n -> n.contains("has 2 children; move or delete them first"));
        assertThat(repository.findById(demo.id(Demo.PARENT_OF_OWN))).isPresent();

        demo.signIn("manager");
        String leaf = editing.create(new NewCustomer(demo.accountId("Acme Telecom"), demo.id(Demo.OWN), "Short Lived",
                null), Channel.UI).id();
        navigate("portal/customers/" + leaf);
        CustomerView leafView = _get(CustomerView.class);
        _click(leafView.delete);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.header(confirm)).isEqualTo("Delete Short Lived?");
        Dialogs.confirm(confirm);
        assertThat(repository.findById(leaf)).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withText(Demo.OWN))).as("back on the parent").isNotNull();
    }

    @Test
    void moving_under_a_descendant_is_refused_and_a_valid_move_is_saved() {
        CustomerView view = open("manager", "Cobalt Oakland Depot");
        List<String> candidates = service.parentCandidates(demo.accountId("Acme Telecom"), demo.id("Cobalt Oakland Depot"),
                "cobalt", 50).stream().map(c -> c.name()).toList();
        assertThat(candidates).contains("Cobalt Logistics", "Cobalt Fresno Depot")
                .doesNotContain("Cobalt Oakland Depot", "Cobalt Night Dispatch");

        view.parent.setValue(new com.switchboard.customer.CustomerDetails.Crumb(demo.id("Cobalt Fresno Depot"),
                "Cobalt Fresno Depot"));
        _click(view.save);
        Customer moved = demo.customer("Cobalt Oakland Depot");
        assertThat(moved.getParentCustomerId()).isEqualTo(demo.id("Cobalt Fresno Depot"));
        assertThat(demo.customer("Cobalt Night Dispatch").getPath())
                .as("descendants move along").startsWith(moved.getPath());

        view.parent.setValue(new com.switchboard.customer.CustomerDetails.Crumb(demo.id("Cobalt Logistics"),
                "Cobalt Logistics"));
        _click(view.save);
        assertThat(demo.customer("Cobalt Oakland Depot").getParentCustomerId()).isEqualTo(demo.id("Cobalt Logistics"));
    }

    @Test
    void managers_add_tags_to_the_catalogue_and_to_the_customer() {
        CustomerView view = open("manager", "Evergreen Realty");
        view.tabs.setSelectedIndex(TAGS);
        _click(view.manageTags);
        TagCatalogueDialog catalogue = _get(TagCatalogueDialog.class);
        catalogue.name.setValue("VIP");
        _click(catalogue.add);
        assertThat(catalogue.name.isInvalid()).as("names are unique per account").isTrue();
        catalogue.name.setValue("Premium");
        catalogue.color.setValue(TagColor.Magenta);
        _click(catalogue.add);
        catalogue.close();

        var premium = view.tags.getListDataView().getItems().filter(t -> t.name().equals("Premium")).findFirst()
                .orElseThrow();
        assertThat(premium.color()).isEqualTo(TagColor.Magenta);
        view.tags.select(premium);
        _click(view.save);
        assertThat(demo.customer("Evergreen Realty").getTagIds()).contains(premium.id());
    }
}
