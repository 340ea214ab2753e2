package com.switchboard.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Dialogs;
import com.switchboard.KaribuTest;
import com.switchboard.account.CustomerField;
import com.switchboard.base.domain.Channel;
import com.switchboard.account.AccountService;
import com.switchboard.customer.AccountSettings;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.NewCustomer;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An account's Settings page: managers add, rename, recolour and delete tags (deleting asks, saying
 * how many customers carry the tag) and add, edit, reorder and delete customer fields with refusals
 * next to the input and a preview of the Data tab; customer users read it; a save that lost a race
 * overwrites nothing; leaving with unsaved changes asks. Each test works in an account of its own.
 */
class SettingsViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountSettings settings;
    @Autowired AccountService accounts;
    @Autowired CustomerEditing editing;

    private String account;
    private String accountName;
    private String customerId;
    private String manager;
    private String customerUser;

    @BeforeEach
    void anAccountOfItsOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accountName = "Settings UI " + suffix;
        signIn("admin");
        account = accounts.create(accountName, Channel.API).id();
        customerId = editing.create(new NewCustomer(account, null, "Carrier " + suffix, null), Channel.API).id();
        manager = "settings-ui-manager-" + suffix;
        customerUser = "settings-ui-customer-" + suffix;
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES (?, 'x', TRUE, 'Manager', 0)",
                manager);
        jdbc.update("INSERT INTO app_user_account (app_user, account_id) SELECT id, ? FROM app_user WHERE username = ?",
                account, manager);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, customer_id, version) "
                + "VALUES (?, 'x', TRUE, 'Customer', ?, 0)", customerUser, customerId);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", manager, customerUser);
        jdbc.update("DELETE FROM customer_tag WHERE customer_id = ?", customerId);
        jdbc.update("DELETE FROM customer WHERE account_id = ?", account);
        jdbc.update("DELETE FROM tag WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account_settings WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account_change WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account WHERE id = ?", account);
    }

    private SettingsView page(String user) {
        signIn(user);
        UI.getCurrent().navigate(SettingsView.location(account));
        return _get(SettingsView.class);
    }

    private List<Tag> storedTags() {
        signIn("admin");
        return settings.read(account).tags();
    }

    private List<CustomerField> storedFields() {
        signIn("admin");
        return settings.read(account).customerFields().fields();
    }

    @Test
    void a_manager_adds_renames_recolours_and_deletes_tags_saying_how_many_customers_carry_one() {
        SettingsView view = page(manager);
        assertThat(view.save.isEnabled()).as("nothing to save yet").isFalse();
        _click(view.tags.add);
        view.tags.rows.get(0).name.setValue("VIP");
        view.tags.rows.get(0).color.setValue(TagColor.Gold);
        _click(view.save);
        assertThat(storedTags()).extracting(Tag::name, Tag::color).containsExactly(org.assertj.core.groups.Tuple.tuple("VIP", TagColor.Gold));
        String id = storedTags().get(0).id();

        view = page(manager);
        view.tags.rows.get(0).name.setValue("Gold customers");
        view.tags.rows.get(0).color.setValue(TagColor.Green);
        _click(view.save);
        assertThat(storedTags()).extracting(Tag::id, Tag::name, Tag::color)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "Gold customers", TagColor.Green));

        jdbc.update("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", customerId, id);
        view = page(manager);
        _click(view.tags.rows.get(0).delete);
        ConfirmDialog confirm = Dialogs.confirmDialog();
        assertThat(Dialogs.text(confirm)).startsWith("1 customer carries it");
        Dialogs.cancel(confirm);
        assertThat(view.tags.rows).as("cancelled: kept").hasSize(1);
        _click(view.tags.rows.get(0).delete);
        Dialogs.confirm(Dialogs.confirmDialog());
        assertThat(view.tags.rows).isEmpty();
        assertThat(storedTags()).as("nothing stored before Save").hasSize(1);
        signIn(manager);
        _click(view.save);
        assertThat(storedTags()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_tag WHERE customer_id = ?", Long.class, customerId))
                .isZero();
    }

    @Test
    void a_tag_refusal_is_shown_next_to_its_name_and_changes_nothing() {
        SettingsView view = page(manager);
        _click(view.tags.add);
        _click(view.tags.add);
        view.tags.rows.get(0).name.setValue("Twin");
        view.tags.rows.get(1).name.setValue("twin");
        _click(view.save);
        assertThat(view.tags.rows.get(1).name.isInvalid()).isTrue();
        assertThat(view.tags.rows.get(1).name.getErrorMessage()).contains("Two tags are named");
        assertThat(storedTags()).isEmpty();
    }

    @Test
    void a_manager_adds_edits_reorders_and_deletes_fields_with_refusals_next_to_the_input_and_a_preview() {
        SettingsView view = page(manager);
        _click(view.fields.add);
        CustomerFieldEditor plan = view.fields.items.get(0).editor;
        plan.name.setValue("plan");
        plan.displayName.setValue("Plan");
        plan.possibleValues.setValue("gold, silver");
        plan.defaultValue.setValue("bronze");
        plan.isRequired.setValue(true);
        _click(view.save);
        assertThat(plan.defaultValue.isInvalid()).isTrue();
        assertThat(plan.defaultValue.getErrorMessage()).startsWith("The default value");
        assertThat(storedFields()).as("refused: nothing changed").isEmpty();

        signIn(manager);
        plan.defaultValue.setValue("silver");
        _click(view.fields.add);
        CustomerFieldEditor seats = view.fields.items.get(1).editor;
        seats.name.setValue("seats");
        seats.type.setValue(CustomerField.Type.Number);
        seats.defaultValue.setValue("5");
        var previewed = view.preview.form.getChildren().toList();
        assertThat(previewed).hasSize(2);
        Select<?> choice = (Select<?>) previewed.get(0);
        assertThat(choice.getLabel()).isEqualTo("Plan (required)");
        assertThat(choice.getValue()).isEqualTo("silver");
        assertThat(choice.isReadOnly()).isTrue();
        assertThat(((NumberField) previewed.get(1)).getValue()).isEqualTo(5.0);

        _click(view.fields.items.get(1).up);
        assertThat(view.preview.form.getChildren().findFirst().orElseThrow()).isInstanceOf(NumberField.class);
        _click(view.save);
        assertThat(storedFields()).extracting(CustomerField::name).containsExactly("seats", "plan");
        assertThat(storedFields().get(1).possibleValues()).containsExactly("gold", "silver");

        view = page(manager);
        _click(view.fields.items.get(0).delete);
        view.fields.items.get(0).editor.type.setValue(CustomerField.Type.Boolean);
        view.fields.items.get(0).editor.possibleValues.setValue("");
        view.fields.items.get(0).editor.defaultValue.setValue("true");
        assertThat(((Checkbox) view.preview.form.getChildren().findFirst().orElseThrow()).getValue()).isTrue();
        _click(view.save);
        assertThat(storedFields()).extracting(CustomerField::name, CustomerField::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan", CustomerField.Type.Boolean));
    }

    @Test
    void customer_users_read_their_accounts_settings_and_others_do_not_see_them() {
        signIn("admin");
        settings.patch(account, List.of(Tag.create(null, account, "VIP", TagColor.Gold)),
                List.of(new CustomerField("plan", "Plan", CustomerField.Type.String, null, false, null, false, null)),
                Channel.API);
        SettingsView view = page(customerUser);
        assertThat(view.readOnlyNote.isVisible()).isTrue();
        assertThat(view.save.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.tags.add.isVisible()).isFalse();
        assertThat(view.fields.add.isVisible()).isFalse();
        assertThat(view.tags.rows.get(0).name.isReadOnly()).isTrue();
        assertThat(view.tags.rows.get(0).delete.isVisible()).isFalse();
        assertThat(view.fields.items.get(0).editor.name.isReadOnly()).isTrue();
        assertThat(view.fields.items.get(0).tools.isVisible()).isFalse();
        assertThat(view.preview.form.getChildren().count()).isEqualTo(1);

        for (String outsider : List.of("manager", "customer")) {
            signIn(outsider);
            UI.getCurrent().navigate(SettingsView.location(account));
            assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).as(outsider).isEqualTo("Account not found");
        }
        SettingsView admin = page("admin");
        assertThat(admin.tags.add.isVisible()).isTrue();
        assertThat(admin.readOnlyNote.isVisible()).isFalse();
    }

    @Test
    void a_save_that_lost_a_race_overwrites_nothing_and_leaving_with_changes_asks() {
        SettingsView view = page(manager);
        _click(view.tags.add);
        view.tags.rows.get(0).name.setValue("Mine");
        signIn("admin");
        settings.patch(account, List.of(Tag.create(null, account, "Theirs", TagColor.Red)), null, Channel.API);
        signIn(manager);
        _click(view.save);
        ConfirmDialog conflict = Dialogs.confirmDialog();
        assertThat(Dialogs.header(conflict)).isEqualTo("Someone else changed these settings");
        assertThat(storedTags()).extracting(Tag::name).containsExactly("Theirs");
        signIn(manager);
        Dialogs.confirm(conflict);
        assertThat(view.tags.rows).extracting(r -> r.name.getValue()).containsExactly("Theirs");

        view.tags.rows.get(0).name.setValue("Edited");
        UI.getCurrent().navigate("portal/accounts/" + account);
        ConfirmDialog leave = Dialogs.confirmDialog();
        assertThat(Dialogs.header(leave)).isEqualTo("Leave without saving?");
        Dialogs.cancel(leave);
        assertThat(_get(SettingsView.class)).isSameAs(view);
    }

    @Test
    void the_page_is_reached_from_the_account_page_and_the_customer_pages_tags_tab() {
        signIn(manager);
        UI.getCurrent().navigate("portal/accounts/" + account);
        Anchor fromAccount = _get(Anchor.class, spec -> spec.withClasses("account-settings-link"));
        assertThat(fromAccount.getHref()).isEqualTo(SettingsView.location(account));

        UI.getCurrent().navigate("portal/customers/" + customerId + "/tags");
        CustomerView customer = _get(CustomerView.class);
        Anchor fromTags = _get(Anchor.class, spec -> spec.withClasses("account-settings-link"));
        assertThat(fromTags.getHref()).isEqualTo(SettingsView.location(account));
        assertThat(customer).isNotNull();
        UI.getCurrent().navigate(fromTags.getHref());
        assertThat(_get(SettingsView.class).title.getText()).isEqualTo("Settings of " + accountName);
    }
}
