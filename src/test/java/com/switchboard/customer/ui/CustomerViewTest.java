package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.customer.Customer;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.NewCustomer;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.switchboard.customer.AppSettings;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerViewTest extends KaribuTest {

    @Autowired CustomerRepository repository;
    @Autowired CustomerDirectory service;
    @Autowired CustomerEditing editing;

    private static NumberField base(CustomerView view) {
        return view.billing.field("base", BillingTab.Column.BASE_COST);
    }

    private CustomerView open(String user, String customerName) {
        signIn(user);
        navigate("portal/customers/" + demo.id(customerName));
        return _get(CustomerView.class);
    }

    @Test
    void the_header_shows_the_way_there_and_the_staging_switch() {
        CustomerView view = open("manager", Demo.CHILD_OF_OWN);
        assertThat(view.header.name.getText()).isEqualTo(Demo.CHILD_OF_OWN);
        assertThat(view.header.meta.getText()).isEqualTo("Acme Telecom · ACME-1004");
        assertThat(_find(view.header.crumbs, RouterLink.class).stream().map(RouterLink::getText))
                .containsExactly("Customers", Demo.PARENT_OF_OWN, Demo.OWN);
        assertThat(view.staging.staging.getLabel()).isEqualTo("Staging");
        assertThat(view.staging.staging.getValue()).isTrue();
        assertThat(view.staging.staging.isEnabled()).isTrue();
    }

    @Test
    void flipping_staging_asks_first_and_uses_the_service() {
        CustomerView view = open("manager", Demo.SIBLING_OF_OWN);
        Customer before = demo.customer(Demo.SIBLING_OF_OWN);
        long history = demo.historyRows(before.getId());

        _setValue(view.staging.staging, true);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.text(confirm)).isEqualTo("Route Acme Dental Uptown's numbers to the staging server?");
        assertThat(view.staging.staging.getValue()).as("nothing changes before the confirmation").isFalse();
        Dialogs.cancel(confirm);
        assertThat(repository.findById(before.getId()).orElseThrow().isStaging()).isFalse();

        _setValue(view.staging.staging, true);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(view.staging.staging.getValue()).isTrue();
        assertThat(repository.findById(before.getId()).orElseThrow().isStaging()).isTrue();
        assertThat(demo.historyRows(before.getId())).isEqualTo(history + 1);
        assertThat(Dialogs.notifications()).anyMatch(n -> n.contains("now route to staging"));
        demo.flipBack(before.getId(), false);
    }

    @Test
    void invalid_input_is_marked_and_nothing_is_saved() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        long version = demo.customer(Demo.OTHER_ACME).getVersion();

        view.general.nameField.setValue("");
        _click(view.actions.save);
        assertThat(view.general.nameField.isInvalid()).isTrue();
        assertThat(view.general.nameField.getErrorMessage()).isEqualTo("Name is required");

        view.general.nameField.setValue("x".repeat(201));
        _click(view.actions.save);
        assertThat(view.general.nameField.getErrorMessage()).isEqualTo("Name must be at most 200 characters");

        view.general.nameField.setValue("Cobalt Logistics");
        view.tabs.select(view.appSettings);
        _setValue(view.appSettings.overrideApp, true);
        view.appSettings.<TextField>field(AppSettings.Field.LOGOUT_URL).setValue("javascript:alert(1)");
        _click(view.actions.save);
        assertThat(view.appSettings.<TextField>field(AppSettings.Field.LOGOUT_URL).isInvalid()).isTrue();
        assertThat(view.tabs.isMarked(view.appSettings)).isTrue();

        assertThat(demo.customer(Demo.OTHER_ACME).getVersion()).isEqualTo(version);
    }

    @Test
    void text_xml_cannot_carry_or_nobody_can_see_is_marked_at_its_field_and_not_saved() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        long version = demo.customer(Demo.OTHER_ACME).getVersion();

        view.general.nameField.setValue("Ctl a\u0001b");
        _click(view.actions.save);
        assertThat(view.general.nameField.isInvalid()).isTrue();
        assertThat(view.general.nameField.getErrorMessage()).isEqualTo("Name contains a control character (U+0001)");

        view.general.nameField.setValue("\u200B\u200D");
        _click(view.actions.save);
        assertThat(view.general.nameField.getErrorMessage()).isEqualTo("Name has no visible characters");

        view.general.nameField.setValue(Demo.OTHER_ACME);
        view.general.referenceId.setValue("R\uFFFF");
        _click(view.actions.save);
        assertThat(view.general.referenceId.getErrorMessage()).isEqualTo("Reference id contains a noncharacter (U+FFFF)");

        view.general.referenceId.setValue("ACME-3001");
        view.tabs.select(view.appSettings);
        _setValue(view.appSettings.overrideApp, true);
        view.appSettings.<TextField>field(AppSettings.Field.PAGE_TITLE).setValue("Title\u0085");
        _click(view.actions.save);
        assertThat(view.appSettings.<TextField>field(AppSettings.Field.PAGE_TITLE).getErrorMessage())
                .isEqualTo("Page title contains a control character (U+0085)");

        view.appSettings.<TextField>field(AppSettings.Field.PAGE_TITLE).setValue("Title");
        view.tabs.select(view.data);
        DataField.Row row = view.data.data.addRow("note", null);
        row.text.setValue("a\uD800b");
        _click(view.actions.save);
        assertThat(row.text.isInvalid()).isTrue();
        assertThat(row.text.getErrorMessage()).isEqualTo("The text contains a lone surrogate (U+D800)");

        assertThat(demo.customer(Demo.OTHER_ACME).getVersion()).isEqualTo(version);
    }

    @Test
    void cancel_puts_everything_back() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        view.general.nameField.setValue("Renamed");
        view.general.referenceId.setValue("NEW");
        DataField.Row row = view.data.data.addRow("extra", null);
        row.text.setValue("value");
        _click(view.actions.cancel);
        assertThat(view.general.nameField.getValue()).isEqualTo(Demo.OTHER_ACME);
        assertThat(view.general.referenceId.getValue()).isEqualTo("ACME-3001");
        assertThat(view.data.data.rows).isEmpty();
        assertThat(demo.customer(Demo.OTHER_ACME).getName()).isEqualTo(Demo.OTHER_ACME);
    }

    @Test
    void saving_general_data_and_integrations_writes_history() {
        CustomerView view = open("manager", "Juniper Cafe");
        String id = demo.id("Juniper Cafe");
        long history = demo.historyRows(id);

        view.general.referenceId.setValue("JC-7");
        DataField.Row bad = view.data.data.addRow("1bad", null);
        bad.text.setValue("x");
        _click(view.actions.save);
        assertThat(bad.key.isInvalid()).isTrue();
        assertThat(demo.customer("Juniper Cafe").getReferenceId()).isNull();

        bad.key.setValue("seats");
        bad.type.setValue(DataField.NUMBER);
        bad.number.setValue(12.0);
        view.tabs.select(view.integrations);
        _click(view.integrations.integrations.add);
        IntegrationsField.Row integration = view.integrations.integrations.rows.get(0);
        integration.key.setValue("hubspot");
        _click(view.actions.save);
        assertThat(integration.thirdPartyId.isInvalid()).as("a third-party id is required").isTrue();
        integration.thirdPartyId.setValue("HS-9");
        _click(view.actions.save);

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
        assertThat(view.billing.overrideBilling.getValue()).isFalse();
        assertThat(base(view).isReadOnly()).isTrue();
        assertThat(base(view).getValue()).as("inherited from Acme Dental Group").isEqualTo(39.2);
        assertThat(view.billing.billingSource.getText()).isEqualTo("Inherited from " + Demo.PARENT_OF_OWN);
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();

        view.tabs.select(view.billing);
        _setValue(view.billing.overrideBilling, true);
        assertThat(base(view).isReadOnly()).isFalse();
        base(view).setValue(-1.0);
        _click(view.actions.save);
        assertThat(base(view).isInvalid()).isTrue();
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();

        base(view).setValue(55.5);
        _click(view.actions.save);
        Customer saved = demo.customer("Uptown Oral Surgery");
        assertThat(saved.isOverrideBillingSettings()).isTrue();
        assertThat(saved.getBillingSettings().base().baseCost()).isEqualTo(55.5);
        assertThat(view.billing.billingSource.getText()).isEqualTo("This customer's own billing settings");

        _setValue(view.billing.overrideBilling, false);
        assertThat(base(view).getValue()).as("the inherited values show again").isEqualTo(39.2);
        _click(view.actions.save);
        assertThat(demo.customer("Uptown Oral Surgery").isOverrideBillingSettings()).isFalse();
    }

    @Test
    void a_customer_user_edits_its_own_but_not_billing_parent_or_deletion() {
        CustomerView view = open("customer", Demo.OWN);
        assertThat(view.billing.overrideBilling.isReadOnly()).isTrue();
        assertThat(view.billing.billingSource.getText()).isEqualTo("Billing is managed by your provider");
        assertThat(view.general.parent.isReadOnly()).isTrue();
        assertThat(view.actions.delete.isEnabled()).isFalse();
        assertThat(view.tags.manageTags.isVisible()).isFalse();
        assertThat(_find(view.header.crumbs, RouterLink.class).stream().map(RouterLink::getText))
                .as("the customer's ancestors are not links for it").isEmpty();

        DataField.Row row = view.data.data.addRow("color", null);
        row.text.setValue("teal");
        _click(view.actions.save);
        assertThat(demo.customer(Demo.OWN).getData().values().get("color").stringValue()).isEqualTo("teal");
        assertThat(demo.customer(Demo.OWN).getLastModifiedBy()).isEqualTo("customer");
    }

    @Test
    void customers_out_of_reach_and_unknown_ids_show_not_found() {
        signIn("customer");
        navigate("portal/customers/" + demo.id(Demo.SIBLING_OF_OWN));
        assertThat(_get(H1.class, spec -> spec.withText("Customer not found"))).isNotNull();
        navigate("portal/customers/no-such-customer");
        assertThat(_get(H1.class, spec -> spec.withText("Customer not found"))).isNotNull();
    }

    @Test
    void a_lost_race_offers_to_reapply_and_never_overwrites_silently() {
        CustomerView view = open("manager", "Harbor Veterinary");
        String id = demo.id("Harbor Veterinary");
        view.general.referenceId.setValue("HV-MINE");

        demo.signIn("admin");
        Customer stored = repository.findById(id).orElseThrow();
        CustomerEdit theirs = CustomerEdit.of(stored);
        editing.update(id, stored.getVersion(), new CustomerEdit("Harbor Veterinary Clinic", theirs.referenceId(),
                theirs.parentCustomerId(), theirs.tagIds(), theirs.data(), theirs.integrationData(),
                theirs.overrideBillingSettings(), theirs.billingSettings(), theirs.overrideAppSettings(),
                theirs.appSettings(), theirs.schedule()), Channel.API);
        signIn("manager");

        _click(view.actions.save);
        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(Dialogs.header(conflict)).isEqualTo("Someone else changed this customer");
        assertThat(_get(conflict, Paragraph.class).getText()).startsWith("admin saved a newer version");
        assertThat(_find(conflict.fields, Div.class, spec -> spec.withClasses("conflict-field")).stream()
                .map(d -> d.getElement().getTextRecursively()))
                .as("each field I changed, with their value and mine")
                .containsExactly("Reference idTheirs: —Yours: HV-MINE");
        assertThat(repository.findById(id).orElseThrow().getReferenceId()).isNull();

        Dialogs.confirm(conflict);
        assertThat(view.general.nameField.getValue()).isEqualTo("Harbor Veterinary Clinic");
        assertThat(view.general.referenceId.getValue()).isEqualTo("HV-MINE");
        _click(view.actions.save);
        Customer merged = repository.findById(id).orElseThrow();
        assertThat(merged.getName()).isEqualTo("Harbor Veterinary Clinic");
        assertThat(merged.getReferenceId()).isEqualTo("HV-MINE");
    }

    @Test
    void discarding_after_a_lost_race_reloads_theirs() {
        CustomerView view = open("manager", "Granite Gyms");
        String id = demo.id("Granite Gyms");
        view.general.referenceId.setValue("MINE");
        demo.signIn("admin");
        Customer stored = repository.findById(id).orElseThrow();
        CustomerEdit e = CustomerEdit.of(stored);
        editing.update(id, stored.getVersion(), new CustomerEdit(e.name(), "THEIRS", e.parentCustomerId(), e.tagIds(),
                e.data(), e.integrationData(), e.overrideBillingSettings(), e.billingSettings(),
                e.overrideAppSettings(), e.appSettings(), e.schedule()), Channel.API);
        signIn("manager");

        _click(view.actions.save);
        Dialogs.reject(Dialogs.confirmDialog());
        assertThat(view.general.referenceId.getValue()).isEqualTo("THEIRS");
        assertThat(repository.findById(id).orElseThrow().getReferenceId()).isEqualTo("THEIRS");
    }

    @Test
    void delete_is_disabled_with_the_reason_while_there_are_children_and_confirmed_otherwise() {
        CustomerView view = open("manager", Demo.PARENT_OF_OWN);
        assertThat(view.actions.delete.isEnabled()).isFalse();
        int children = service.children(demo.id(Demo.PARENT_OF_OWN)).size();
        assertThat(children).isGreaterThan(1);
        assertThat(view.actions.deleteReason.getText()).isEqualTo("Has " + children + " children: move or delete them first");
        assertThat(repository.findById(demo.id(Demo.PARENT_OF_OWN))).isPresent();

        demo.signIn("manager");
        String leaf = editing.create(new NewCustomer(demo.accountId("Acme Telecom"), demo.id(Demo.OWN), "Short Lived",
                null), Channel.UI).id();
        navigate("portal/customers/" + leaf);
        CustomerView leafView = _get(CustomerView.class);
        assertThat(leafView.actions.delete.isEnabled()).isTrue();
        _click(leafView.actions.delete);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.header(confirm)).isEqualTo("Delete Short Lived?");
        Dialogs.confirm(confirm);
        assertThat(repository.findById(leaf)).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withText(Demo.OWN))).as("back on the parent").isNotNull();
    }

    @Test
    void moving_under_a_descendant_is_refused_and_a_valid_move_is_saved() {
        CustomerView view = open("manager", "Cobalt Oakland Depot");
        List<String> candidates = service.parentCandidates(demo.accountId("Acme Telecom"), demo.id("Cobalt Oakland Depot"),
                "cobalt", 50).stream().map(c -> c.name()).toList();
        assertThat(candidates).contains("Cobalt Logistics", "Cobalt Fresno Depot")
                .doesNotContain("Cobalt Oakland Depot", "Cobalt Night Dispatch");

        view.general.parent.setValue(new com.switchboard.customer.CustomerDetails.Crumb(demo.id("Cobalt Fresno Depot"),
                "Cobalt Fresno Depot"));
        _click(view.actions.save);
        Customer moved = demo.customer("Cobalt Oakland Depot");
        assertThat(moved.getParentCustomerId()).isEqualTo(demo.id("Cobalt Fresno Depot"));
        assertThat(demo.customer("Cobalt Night Dispatch").getPath())
                .as("descendants move along").startsWith(moved.getPath());

        view.general.parent.setValue(new com.switchboard.customer.CustomerDetails.Crumb(demo.id("Cobalt Logistics"),
                "Cobalt Logistics"));
        _click(view.actions.save);
        assertThat(demo.customer("Cobalt Oakland Depot").getParentCustomerId()).isEqualTo(demo.id("Cobalt Logistics"));
    }

    @Test
    void managers_add_tags_to_the_catalogue_and_to_the_customer() {
        CustomerView view = open("manager", "Evergreen Realty");
        view.tabs.select(view.tags);
        _click(view.tags.manageTags);
        TagCatalogueDialog catalogue = _get(TagCatalogueDialog.class);
        catalogue.name.setValue("VIP");
        _click(catalogue.add);
        assertThat(catalogue.name.isInvalid()).as("names are unique per account").isTrue();
        catalogue.name.setValue("Premium");
        catalogue.color.setValue(TagColor.Magenta);
        _click(catalogue.add);
        catalogue.close();

        var premium = view.tags.tags.getListDataView().getItems().filter(t -> t.name().equals("Premium")).findFirst()
                .orElseThrow();
        assertThat(premium.color()).isEqualTo(TagColor.Magenta);
        view.tags.tags.select(premium);
        _click(view.actions.save);
        assertThat(demo.customer("Evergreen Realty").getTagIds()).contains(premium.id());
    }

    @Test
    void the_page_has_the_customer_name_as_its_heading_and_the_tab_in_the_address() {
        signIn("manager");
        navigate("portal/customers/" + demo.id(Demo.OTHER_ACME) + "/billing");
        CustomerView view = _get(CustomerView.class);
        assertThat(view.header.name.getText()).isEqualTo(Demo.OTHER_ACME);
        assertThat(view.tabs.selected()).contains(view.billing);
        navigate("portal/customers/" + demo.id(Demo.OTHER_ACME) + "/app-settings");
        view = _get(CustomerView.class);
        assertThat(view.tabs.selected()).contains(view.appSettings);
        navigate("portal/customers/" + demo.id(Demo.OTHER_ACME) + "/no-such-tab");
        view = _get(CustomerView.class);
        assertThat(view.tabs.selected()).as("an unknown tab opens the first").contains(view.general);
    }

    @Test
    void save_is_enabled_only_with_changes_and_a_marker_says_so() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        assertThat(view.actions.save.isEnabled()).isFalse();
        assertThat(view.actions.unsaved.isVisible()).isFalse();

        view.general.nameField.setValue("Cobalt Logistics Ltd");
        assertThat(view.actions.save.isEnabled()).isTrue();
        assertThat(view.actions.unsaved.isVisible()).isTrue();
        assertThat(view.changes.isDirty()).isTrue();

        view.general.nameField.setValue(Demo.OTHER_ACME);
        assertThat(view.actions.save.isEnabled()).as("back as it was: nothing to save").isFalse();

        view.tabs.select(view.billing);
        _setValue(view.billing.overrideBilling, true);
        assertThat(view.actions.unsaved.isVisible()).isTrue();
        _click(view.actions.cancel);
        assertThat(view.actions.unsaved.isVisible()).isFalse();
    }

    @Test
    void leaving_with_unsaved_changes_asks_and_stays_or_leaves() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        view.general.referenceId.setValue("CHANGED");

        navigate("portal/customers");
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.header(confirm)).isEqualTo("Leave without saving?");
        Dialogs.cancel(confirm);
        assertThat(_get(CustomerView.class)).as("stays").isSameAs(view);
        assertThat(view.general.referenceId.getValue()).isEqualTo("CHANGED");

        navigate("portal/customers");
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(_find(CustomerView.class)).as("left").isEmpty();
        assertThat(demo.customer(Demo.OTHER_ACME).getReferenceId()).isEqualTo("ACME-3001");
    }

    @Test
    void an_error_on_a_hidden_tab_marks_that_tab_and_opens_it() {
        CustomerView view = open("manager", "Uptown Oral Surgery");
        view.tabs.select(view.billing);
        _setValue(view.billing.overrideBilling, true);
        base(view).setValue(-5.0);
        view.tabs.select(view.general);
        view.general.referenceId.setValue("UOS-1");

        _click(view.actions.save);
        assertThat(view.tabs.isMarked(view.billing)).isTrue();
        assertThat(view.tabs.tab(view.billing).getElement().getAttribute("aria-label"))
                .isEqualTo("Billing (has errors)");
        assertThat(view.tabs.isMarked(view.general)).isFalse();
        assertThat(view.tabs.selected()).contains(view.billing);
        assertThat(base(view).isInvalid()).isTrue();
        assertThat(demo.customer("Uptown Oral Surgery").getReferenceId()).isEqualTo("ACME-1006");

        base(view).setValue(5.0);
        _click(view.actions.cancel);
        assertThat(view.tabs.isMarked(view.billing)).isFalse();
    }

    @Test
    void a_flip_can_be_undone_as_a_change_of_its_own() {
        CustomerView view = open("manager", "Juniper Cafe");
        String id = demo.id("Juniper Cafe");
        long history = demo.historyRows(id);
        assertThat(view.staging.badge.getText()).isEqualTo("Production");

        _setValue(view.staging.staging, true);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(view.staging.badge.getText()).isEqualTo("Staging");
        assertThat(view.staging.badge.getClassNames()).contains("staging-warning");
        assertThat(view.staging.undo).isNotNull();

        _click(view.staging.undo);
        assertThat(repository.findById(id).orElseThrow().isStaging()).isFalse();
        assertThat(view.staging.staging.getValue()).isFalse();
        assertThat(demo.historyRows(id)).as("the flip and its undo").isEqualTo(history + 2);
        assertThat(view.staging.undo).isNull();

        view.tabs.select(view.history);
        assertThat(_getFormatted(view.history.history, 0, "field")).isEqualTo("Routing");
        assertThat(_getFormatted(view.history.history, 0, "change")).isEqualTo("Staging → Production");
        assertThat(_getFormatted(view.history.history, 1, "change")).isEqualTo("Production → Staging");
    }

    @Test
    void structs_in_the_data_show_as_nested_fields() {
        CustomerView view = open("manager", Demo.OTHER_ACME);
        DataField.Row row = view.data.data.addRow("address", com.switchboard.base.domain.DataValue.ofStruct(
                java.util.Map.of("city", com.switchboard.base.domain.DataValue.of("Oakland"),
                        "zip", com.switchboard.base.domain.DataValue.of(94607))));
        assertThat(row.type.getValue()).isEqualTo(DataField.STRUCTURE);
        assertThat(_find(row.structure, TextField.class).stream().map(f -> f.getLabel() + "=" + f.getValue()))
                .containsExactly("city=Oakland", "zip=94607");
        assertThat(_find(row.structure, TextField.class)).allMatch(TextField::isReadOnly);
    }
}
