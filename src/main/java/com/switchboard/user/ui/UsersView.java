package com.switchboard.user.ui;

import com.switchboard.account.Account;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.security.Role;
import com.switchboard.user.UserAdministration;
import com.switchboard.user.UserDirectory;
import com.switchboard.user.UserFilter;
import com.switchboard.user.UserRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Users, for administrators (everyone) and managers (the users of their accounts): a lazy grid
 * searched by name or email and filtered by role and account; create, edit, disable or enable,
 * unlock, reset the password (a one-time password shown once) and sign out all sessions.
 */
@Route(value = "portal/users", layout = MainLayout.class)
@PageTitle("Users · Switchboard")
@Menu(order = 5, icon = "vaadin:user-card", title = "Users")
@RolesAllowed({Role.ADMIN, Role.MANAGER})
class UsersView extends VerticalLayout {

    final TextField search = new TextField("Search");
    final Select<Role> role = new Select<>();
    final ComboBox<Account> account = new ComboBox<>("Account");
    final Grid<UserRow> grid = new Grid<>();
    final Button create = new Button("New user", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit");
    final Button enable = new Button("Disable");
    final Button unlock = new Button("Unlock");
    final Button reset = new Button("Reset password");
    final Button signOut = new Button("Sign out all sessions");

    private final transient UserDirectory directory;
    private final transient UserAdministration administration;
    private final List<Account> accounts;
    private UserFilter filter = UserFilter.ALL;

    UsersView(UserDirectory directory, UserAdministration administration, CustomerDirectory customers) {
        this.directory = directory;
        this.administration = administration;
        this.accounts = customers.visibleAccounts();
        addClassName("users-view");
        setSizeFull();

        search.setPlaceholder("Username, name or email");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refilter(filter.withSearch(e.getValue())));
        role.setLabel("Role");
        role.setItems(new ArrayList<>(administration.assignableRoles()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.addValueChangeListener(e -> refilter(filter.withRole(e.getValue())));
        account.setItems(accounts);
        account.setItemLabelGenerator(Account::name);
        account.setClearButtonVisible(true);
        account.addValueChangeListener(e -> refilter(filter.withAccount(e.getValue() == null ? null
                : e.getValue().id())));

        grid.addColumn(UserRow::username).setHeader("Username").setKey("username").setAutoWidth(true);
        grid.addColumn(u -> u.displayName() == null ? "" : u.displayName()).setHeader("Display name")
                .setKey("displayName");
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader("Email").setKey("email");
        grid.addColumn(u -> u.role().name()).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(u -> u.role() == Role.Customer ? u.customerName() : String.join(", ", u.accountNames()))
                .setHeader("Accounts or customer").setKey("reach");
        grid.addColumn(UsersView::status).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.setItems(q -> directory.list(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) directory.count(filter));
        grid.addSelectionListener(e -> selectionChanged());
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openDialog(null));
        edit.addClickListener(e -> selected(this::openDialog));
        enable.addClickListener(e -> selected(this::confirmEnable));
        unlock.addClickListener(e -> selected(u -> act(() -> administration.unlock(u.id()), u.username() + " unlocked")));
        reset.addClickListener(e -> selected(this::confirmReset));
        signOut.addClickListener(e -> selected(this::confirmSignOut));
        selectionChanged();

        FlexLayout filters = new FlexLayout(search, role, account);
        filters.addClassName("toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        FlexLayout actions = new FlexLayout(create, edit, enable, unlock, reset, signOut);
        actions.addClassName("toolbar");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H1("Users"), filters, actions, grid);
    }

    static String status(UserRow u) {
        List<String> parts = new ArrayList<>();
        parts.add(u.enabled() ? "Enabled" : "Disabled");
        if (u.locked()) {
            parts.add("Locked");
        }
        if (u.mustChangePassword()) {
            parts.add("One-time password");
        }
        return String.join(", ", parts);
    }

    private void refilter(UserFilter next) {
        filter = next;
        grid.getDataProvider().refreshAll();
    }

    private void selectionChanged() {
        UserRow u = grid.asSingleSelect().getValue();
        for (Button b : List.of(edit, enable, unlock, reset, signOut)) {
            b.setEnabled(u != null);
        }
        enable.setText(u != null && !u.enabled() ? "Enable" : "Disable");
        unlock.setEnabled(u != null && u.locked());
    }

    private void selected(java.util.function.Consumer<UserRow> action) {
        UserRow u = grid.asSingleSelect().getValue();
        if (u != null) {
            action.accept(u);
        }
    }

    private void openDialog(UserRow existing) {
        new UserDialog(existing, administration.assignableRoles(), accounts,
                text -> administration.customerChoices(text, 50), draft -> {
                    if (existing == null) {
                        var created = administration.create(draft);
                        refresh("User " + created.user().username() + " created");
                        new OneTimePasswordDialog(created.user().username(), created.oneTimePassword()).open();
                    } else {
                        administration.update(existing.id(), draft);
                        refresh("User " + existing.username() + " saved");
                    }
                }).open();
    }

    private void confirmEnable(UserRow u) {
        if (!u.enabled()) {
            act(() -> administration.setEnabled(u.id(), true), u.username() + " enabled");
            return;
        }
        confirm("Disable " + u.username() + "?", "They are signed out everywhere and cannot sign in until enabled.",
                "Disable", () -> act(() -> administration.setEnabled(u.id(), false), u.username() + " disabled"));
    }

    private void confirmReset(UserRow u) {
        confirm("Reset the password of " + u.username() + "?", "They are signed out everywhere and get a one-time"
                + " password that you pass on.", "Reset password", () -> {
                    try {
                        var result = administration.resetPassword(u.id());
                        refresh("Password of " + u.username() + " reset");
                        new OneTimePasswordDialog(u.username(), result.oneTimePassword()).open();
                    } catch (ValidationException e) {
                        Notifications.error(e.getMessage());
                    }
                });
    }

    private void confirmSignOut(UserRow u) {
        confirm("Sign " + u.username() + " out everywhere?", "Every portal and API session of " + u.username()
                + " ends now.", "Sign out", () -> act(() -> administration.signOutEverywhere(u.id()),
                        u.username() + " signed out everywhere"));
    }

    private static void confirm(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(Supplier<?> action, String done) {
        try {
            action.get();
            refresh(done);
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void refresh(String message) {
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
        Notifications.success(message);
    }

    Span countLabel() {
        return new Span(directory.count(filter) + " users");
    }
}
