package com.switchboard.customer.ui;

import com.switchboard.account.AccountService;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.NotFoundException;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.AccountSettings;
import com.switchboard.customer.AccountSettings.Settings;
import com.switchboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * An account's Settings page: its tag catalogue and its customer fields, with a preview of the Data
 * tab they produce, edited as one draft saved through {@link AccountSettings}. Managers of the account
 * and administrators edit; customer users read their own account's settings. A refusal is shown next
 * to the input it names; a save that lost a race says so and overwrites nothing; leaving or reloading
 * with unsaved changes asks first.
 */
@Route(value = "portal/accounts/:accountId/settings", layout = MainLayout.class)
@RolesAllowed({Role.ADMIN, Role.MANAGER, Role.CUSTOMER})
class SettingsView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String READ_ONLY = "Only managers of the account change its settings: you see them read-only.";
    private static final Pattern MEMBER = Pattern.compile("(tags|customerFields)\\[(\\d+)]\\.(\\w+)");

    final H1 title = new H1("Settings");
    final Paragraph readOnlyNote = new Paragraph(READ_ONLY);
    final TagCatalogueSection tags = new TagCatalogueSection(this::changed);
    final CustomerFieldsSection fields = new CustomerFieldsSection(this::changed);
    final DataTabPreview preview = new DataTabPreview();
    final Button save = new Button("Save settings", e -> save());
    final Button cancel = new Button("Discard changes", e -> show(this.loaded));
    final Anchor back = new Anchor();

    private final transient AccountSettings settings;
    private final transient AccountService accounts;
    private final boolean writer;
    private String accountName;
    private Settings loaded;
    private boolean dirty;

    SettingsView(AccountSettings settings, AccountService accounts, AuthenticationContext authentication) {
        this.settings = settings;
        this.accounts = accounts;
        this.writer = !authentication.hasRole(Role.CUSTOMER);
        addClassName("settings-view");
        readOnlyNote.addClassName("read-only-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("settings-actions");
        actions.setVisible(writer);
        readOnlyNote.setVisible(!writer);
        back.addClassName("settings-back");
        add(back, title, readOnlyNote, tags, fields, preview, actions);
        addDetachListener(e -> e.getUI().getPage().executeJs("window.onbeforeunload = null"));
    }

    /** Where the Settings page of {@code accountId} is. */
    static String location(String accountId) {
        return "portal/accounts/" + accountId + "/settings";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("accountId").orElse("");
        try {
            accountName = accounts.get(id).name();
            back.setHref("portal/accounts/" + id);
            back.setText("Back to " + accountName);
            show(settings.read(id));
        } catch (NotFoundException | AccessDeniedException e) {
            loaded = null;
            removeAll();
            add(new H1("Account not found"), new Paragraph("There is no account '" + id + "', or it is not yours to see."));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            UnsavedChanges.confirmLeaving("the settings of " + accountName, () -> {
                setDirty(false);
                action.proceed();
            }, action::cancel).open();
        }
    }

    @Override
    public String getPageTitle() {
        return (loaded == null ? "Account not found" : "Settings of " + accountName) + " · Switchboard";
    }

    /** Shows {@code fresh} as stored; edits in progress are replaced. */
    private void show(Settings fresh) {
        loaded = fresh;
        title.setText("Settings of " + accountName);
        tags.show(fresh.tags(), settings.carriers(fresh.accountId()));
        fields.show(fresh.customerFields().fields());
        tags.setReadOnly(!writer);
        fields.setReadOnly(!writer);
        changed();
    }

    private void changed() {
        if (loaded == null) {
            return;
        }
        preview.show(fields.fields());
        setDirty(!tags.tags().equals(loaded.tags()) || !fields.fields().equals(loaded.customerFields().fields()));
    }

    private void setDirty(boolean changed) {
        save.setEnabled(changed);
        cancel.setEnabled(changed);
        if (changed != dirty) {
            dirty = changed;
            // the browser's own question when the page is reloaded or closed with unsaved changes
            UI.getCurrent().getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); "
                    + "e.returnValue = ''; }) : null", changed);
        }
    }

    private void save() {
        try {
            Settings saved = settings.patch(loaded.accountId(), loaded, tags.tags(), fields.fields(), Channel.UI);
            show(saved);
            Notifications.success("Settings of " + accountName + " saved");
        } catch (ValidationException e) {
            refused(e.errors());
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (NotFoundException e) {
            Notifications.error("Account " + accountName + " was deleted by someone else");
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Marks each refused input; what names no input is a notification. */
    private void refused(List<FieldError> errors) {
        for (FieldError error : errors) {
            Matcher m = MEMBER.matcher(error.field() == null ? "" : error.field());
            boolean shown = m.matches() && ("tags".equals(m.group(1))
                    ? tags.refuse(Integer.parseInt(m.group(2)), m.group(3), error.message())
                    : fields.refuse(Integer.parseInt(m.group(2)), m.group(3), error.message()));
            if (!shown) {
                Notifications.error(error.message());
            }
        }
    }

    private void conflict() {
        ConfirmDialog dialog = new ConfirmDialog("Someone else changed these settings",
                "Your changes were not saved, and theirs were not overwritten. Load their version (your changes"
                        + " are discarded) or keep yours to save over theirs.", "Load their version", e -> show(settings.read(loaded.accountId())));
        dialog.addClassName("settings-conflict");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my changes");
        // keeping them takes their version as the one these edits start from: saving again replaces it
        dialog.addCancelListener(e -> {
            loaded = settings.read(loaded.accountId());
            changed();
        });
        dialog.open();
    }
}
