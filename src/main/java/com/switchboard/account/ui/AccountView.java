package com.switchboard.account.ui;

import com.switchboard.account.AccountRow;
import com.switchboard.account.AccountService;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ConflictException;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One account's page: its name, phone number limit and the billing defaults its customers inherit,
 * with what it holds. Administrators edit them (a buffered form: Save and Cancel only with unsaved
 * changes, which leaving asks about; a save that lost a race says so and never overwrites) and delete
 * an empty account, or see why not. Managers and customer users see their account read-only.
 */
@Route(value = "portal/accounts/:accountId", layout = MainLayout.class)
@RolesAllowed({Role.ADMIN, Role.MANAGER, Role.CUSTOMER})
class AccountView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "accountId";
    static final String READ_ONLY = "Only system administrators change accounts: you see this one read-only.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    final H1 title = new H1();
    final Span contents = new Span();
    final Paragraph readOnlyNote = new Paragraph(READ_ONLY);
    final Binder<AccountDraft> binder = new Binder<>();
    final AccountDetailsForm details = new AccountDetailsForm(binder);
    final BillingDefaultsForm billing = new BillingDefaultsForm(binder);
    final AccountActions actions = new AccountActions(this::save, this::cancel, this::confirmDelete);

    private final transient AccountService accounts;
    private final boolean administrator;
    private AccountRow row;
    private AccountDraft loaded;
    private boolean dirty;

    AccountView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.administrator = authentication.hasRole(Role.ADMIN);
        addClassName("account-view");
        contents.addClassName("account-contents");
        readOnlyNote.addClassName("read-only-note");
        readOnlyNote.setVisible(!administrator);
        binder.setReadOnly(!administrator);
        actions.setVisible(administrator);
        binder.addValueChangeListener(e -> updateDirty());
        addDetachListener(e -> e.getUI().getPage().executeJs("window.onbeforeunload = null"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            show(accounts.row(id));
        } catch (NotFoundException e) {
            showNotFound(id);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            AccountActions.confirmLeaving(row.account().name(), () -> {
                setDirty(false);
                action.proceed();
            }, action::cancel).open();
        }
    }

    @Override
    public String getPageTitle() {
        return (row == null ? "Account not found" : row.account().name()) + " · Switchboard";
    }

    /** Shows the account as stored now; edits in progress are replaced. */
    private void show(AccountRow fresh) {
        take(fresh);
        binder.readBean(loaded);
        updateDirty();
    }

    /** Takes {@code fresh} as the version edits start from, without touching the fields. */
    private void take(AccountRow fresh) {
        row = fresh;
        loaded = AccountDraft.of(fresh.account());
        title.setText(fresh.account().name());
        contents.setText(fresh.customers() + (fresh.customers() == 1 ? " customer · " : " customers · ")
                + fresh.users() + (fresh.users() == 1 ? " user" : " users") + " · created "
                + AccountsView.DAY.format(fresh.account().dateCreated()));
        actions.refuseDelete(fresh.whatIsLeft());
        RouterLink back = new RouterLink("All accounts", AccountsView.class);
        back.addClassName("account-back");
        H2 billingHeading = new H2("Billing defaults");
        Paragraph billingNote = new Paragraph("The prices this account's customers inherit unless a customer"
                + " overrides them.");
        billingNote.addClassName("inherited-note");
        // the Settings page (tags and customer fields) lives with the customers, which depend on accounts
        Anchor settings = new Anchor("portal/accounts/" + fresh.account().id() + "/settings", "Settings");
        settings.addClassName("account-settings-link");
        Div header = new Div(back, title, contents, settings);
        header.addClassName("account-header");
        removeAll();
        add(header, readOnlyNote, details, billingHeading, billingNote, billing, actions);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void showNotFound(String id) {
        setDirty(false);
        row = null;
        removeAll();
        add(new H1("Account not found"), new Paragraph("There is no account '" + id + "', or it is not yours to see."),
                new RouterLink("All accounts", AccountsView.class));
    }

    private void updateDirty() {
        if (loaded == null) {
            return;
        }
        AccountDraft now = loaded.copy();
        binder.writeBeanAsDraft(now, true);
        setDirty(!Objects.equals(now.toEdit(), loaded.toEdit()));
    }

    private void setDirty(boolean changed) {
        actions.setDirty(changed);
        if (changed != dirty) {
            dirty = changed;
            // the browser's own question when the page is reloaded or closed with unsaved changes
            UI.getCurrent().getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); "
                    + "e.returnValue = ''; }) : null", changed);
        }
    }

    private void save() {
        AccountDraft draft = loaded.copy();
        if (!binder.writeBeanIfValid(draft)) {
            Notifications.error("Some fields need attention before saving");
            return;
        }
        try {
            var edit = draft.toEdit();
            accounts.patch(row.account().id(), row.account().version(), e -> edit, Channel.UI);
            show(accounts.row(row.account().id()));
            Notifications.success("Account " + edit.name() + " saved");
        } catch (ValidationException e) {
            refused(e);
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (NotFoundException e) {
            Notifications.error("Account " + row.account().name() + " was deleted by someone else");
            showNotFound(row.account().id());
        }
    }

    private void refused(ValidationException e) {
        switch (e.field() == null ? "" : e.field()) {
            case "name" -> {
                details.name.setErrorMessage(e.getMessage());
                details.name.setInvalid(true);
            }
            case "maxPhoneNumbers" -> {
                details.maxPhoneNumbers.setErrorMessage(e.getMessage());
                details.maxPhoneNumbers.setInvalid(true);
            }
            default -> Notifications.error(e.getMessage());
        }
    }

    private void conflict() {
        AccountRow theirs;
        try {
            theirs = accounts.row(row.account().id());
        } catch (NotFoundException gone) {
            Notifications.error("Account " + row.account().name() + " was deleted by someone else");
            showNotFound(row.account().id());
            return;
        }
        AccountActions.conflict(theirs.account().lastModifiedBy(), STAMP.format(theirs.account().dateLastModified()),
                () -> show(theirs), () -> {
                    take(theirs);
                    updateDirty();
                }).open();
    }

    private void cancel() {
        binder.readBean(loaded);
        updateDirty();
    }

    private void confirmDelete() {
        String name = row.account().name();
        AccountActions.confirmDelete(name, () -> {
            try {
                accounts.delete(row.account().id(), Channel.UI);
                setDirty(false);
                Notifications.success("Account " + name + " deleted");
                UI.getCurrent().navigate(AccountsView.class);
            } catch (ConflictException e) {
                Notifications.error(e.getMessage());
                show(accounts.row(row.account().id()));
            } catch (NotFoundException e) {
                Notifications.error("Account " + name + " was deleted by someone else");
                showNotFound(row.account().id());
            }
        }).open();
    }
}
