package com.switchboard.account.ui;

import com.switchboard.account.AccountRow;
import com.switchboard.account.AccountService;
import com.switchboard.account.AccountSort;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.ui.MainLayout;
import com.switchboard.base.ui.Notifications;
import com.switchboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The accounts the user may see (an administrator every one, a manager its own, a customer user the
 * account of its customer): a lazy grid, searched by name and sorted by name or creation in SQL, with
 * the number of customers and users of each. Administrators create accounts here; names open the
 * account's page.
 */
@Route(value = "portal/accounts", layout = MainLayout.class)
@PageTitle("Accounts · Switchboard")
@Menu(order = 4, icon = "vaadin:institution", title = "Accounts")
@RolesAllowed({Role.ADMIN, Role.MANAGER, Role.CUSTOMER})
class AccountsView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    final TextField search = new TextField("Search");
    final Button create = new Button("New account", VaadinIcon.PLUS.create());
    final Grid<AccountRow> grid = new Grid<>();

    private final transient AccountService accounts;

    AccountsView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        addClassName("accounts-view");
        setSizeFull();

        search.setPlaceholder("Account name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(new ComponentRenderer<>(AccountsView::link)).setHeader("Name").setKey("name")
                .setSortable(true).setSortProperty(AccountSort.Field.NAME.key).setFlexGrow(3);
        grid.addColumn(AccountRow::customers).setHeader("Customers").setKey("customers").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AccountRow::users).setHeader("Users").setKey("users").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> DAY.format(r.account().dateCreated())).setHeader("Created").setKey("created")
                .setSortable(true).setSortProperty(AccountSort.Field.DATE_CREATED.key).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> accounts.overview(search.getValue(), sort(q.getSortOrders()), q.getPage(), q.getPageSize())
                        .items().stream(),
                q -> (int) accounts.list(search.getValue(), null, AccountSort.BY_NAME, 0, 1).totalCount());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(authentication.hasRole(Role.ADMIN));
        create.addClickListener(e -> openCreate());

        FlexLayout toolbar = new FlexLayout(search, create);
        toolbar.addClassNames("toolbar", "accounts-toolbar");
        add(new H1("Accounts"), toolbar, grid);
    }

    static RouterLink link(AccountRow row) {
        RouterLink link = new RouterLink(row.account().name(), AccountView.class,
                new RouteParameters(AccountView.ID, row.account().id()));
        link.addClassName("account-link");
        return link;
    }

    /** The grid's sort as the service takes it: the first sorted column, by name when none. */
    static AccountSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .flatMap(o -> AccountSort.Field.fromKey(o.getSorted())
                        .map(f -> new AccountSort(f, o.getDirection() == SortDirection.ASCENDING)))
                .orElse(AccountSort.BY_NAME);
    }

    private void openCreate() {
        NewAccountDialog dialog = new NewAccountDialog();
        dialog.onCreate(name -> {
            try {
                var created = accounts.create(name, Channel.UI);
                dialog.close();
                Notifications.success("Account " + created.name() + " created");
                UI.getCurrent().navigate(AccountView.class, new RouteParameters(AccountView.ID, created.id()));
            } catch (ValidationException e) {
                dialog.showError(e.getMessage());
            }
        });
        dialog.open();
    }
}
