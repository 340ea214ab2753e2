package com.switchboard.base.ui;

import com.switchboard.preference.Preference;
import com.switchboard.preference.UserPreferences;
import com.switchboard.security.SignedInUser;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every portal view: the side navigation (only the views the signed-in role may open,
 * from their {@code @Menu} annotations), who is signed in, a light/dark switch remembered per user,
 * and sign out. The view sits in the page's {@code main} landmark; error messages of the previous
 * view close when the user navigates.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final transient UserPreferences preferences;
    private final Main main = new Main();
    private final Button theme = new Button();

    MainLayout(AuthenticationContext authentication, UserPreferences preferences) {
        this.authentication = authentication;
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        main.addClassName("main-content");
        setContent(main);
        addToNavbar(new DrawerToggle(), title());
        addToDrawer(brand(), navigation(), userPanel());
        showTheme(preferences.get(Preference.THEME).map(Lumo.DARK::equals).orElse(false));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Notifications.closeErrors(event.getUI());
    }

    private static Span title() {
        Span title = new Span("Switchboard");
        title.addClassName("navbar-title");
        return title;
    }

    private static Div brand() {
        Icon icon = VaadinIcon.CONNECT.create();
        Span name = new Span("Switchboard");
        Div brand = new Div(icon, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private VerticalLayout userPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("user-panel");
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span name = new Span(user.username());
            name.addClassName("user-name");
            Span role = new Span(user.role().name());
            role.getElement().getThemeList().add("badge contrast");
            role.addClassName("user-role");
            panel.add(new HorizontalLayout(VaadinIcon.USER.create(), name, role));
        });
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.addClassName("theme-switch");
        theme.addClickListener(e -> {
            boolean dark = !UI.getCurrent().getElement().getThemeList().contains(Lumo.DARK);
            showTheme(dark);
            preferences.set(Preference.THEME, dark ? Lumo.DARK : Lumo.LIGHT);
        });
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        panel.add(theme, signOut);
        return panel;
    }

    private void showTheme(boolean dark) {
        var themes = UI.getCurrent().getElement().getThemeList();
        if (dark) {
            themes.add(Lumo.DARK);
        } else {
            themes.remove(Lumo.DARK);
        }
        theme.setText(dark ? "Light theme" : "Dark theme");
        theme.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
    }
}
