package com.switchboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.Demo;
import com.switchboard.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MainLayoutTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_manager_sees_the_navigation_its_name_role_and_its_accounts_figures() {
        signIn("manager");
        navigate("portal");

        List<String> items = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(items).contains("Overview");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("manager");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-role")).getText()).isEqualTo("Manager");
        long staging = acmeOnStaging();
        assertThat(figure("figure-customers")).isEqualTo("21");
        assertThat(figure("figure-staging")).isEqualTo(Long.toString(staging));
        assertThat(figure("figure-production")).isEqualTo(Long.toString(21 - staging));
    }

    @Test
    void a_customer_user_lands_on_its_own_customer_and_is_offered_only_that() {
        signIn("customer");
        navigate("");

        assertThat(_get(H1.class, spec -> spec.withText(Demo.OWN))).isNotNull();
        List<String> items = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly("My customer", "Customers", "Accounts", "My account");
    }

    @Test
    void managers_are_offered_the_overview_and_the_customers() {
        signIn("manager");
        navigate("");
        assertThat(figure("figure-customers")).isEqualTo("21");
        List<String> items = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly("Overview", "Customers", "Accounts", "Users", "Audit log", "My account");
    }

    @Test
    void the_theme_switch_toggles_dark_mode_and_is_remembered_for_that_user() {
        signIn("admin");
        navigate("portal");
        assertThat(figure("figure-customers")).isEqualTo("31");

        Button toggle = _get(Button.class, spec -> spec.withText("Dark theme"));
        _click(toggle);
        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(toggle.getText()).isEqualTo("Light theme");

        UI.getCurrent().getPage().reload();
        navigate("portal");
        assertThat(UI.getCurrent().getElement().getThemeList()).as("after a reload").contains(Lumo.DARK);
        toggle = _get(Button.class, spec -> spec.withText("Light theme"));

        signIn("manager");
        UI.getCurrent().getPage().reload();
        navigate("portal");
        assertThat(UI.getCurrent().getElement().getThemeList()).as("another user").doesNotContain(Lumo.DARK);

        signIn("admin");
        UI.getCurrent().getPage().reload();
        navigate("portal");
        _click(_get(Button.class, spec -> spec.withText("Light theme")));
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);
        assertThat(_find(Button.class, spec -> spec.withText("Sign out"))).hasSize(1);
    }

    @Test
    void every_view_sits_in_the_main_landmark_under_one_h1() {
        signIn("manager");
        navigate("portal");
        Main main = _get(Main.class);
        assertThat(_find(main, H1.class)).extracting(H1::getText).containsExactly("Overview");
        navigate("portal/customers");
        assertThat(_find(_get(Main.class), H1.class)).extracting(H1::getText).containsExactly("Customers");
    }

    @Test
    void errors_stay_until_closed_or_until_the_user_navigates_and_successes_fade() {
        signIn("manager");
        navigate("portal");
        Notification success = Notifications.success("Saved");
        assertThat(success.getDuration()).isPositive();
        assertThat(success.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        success.close();

        Notification error = Notifications.error("The switch was refused");
        assertThat(error.getDuration()).as("stays until closed").isZero();
        assertThat(error.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
        _click(_get(error, Button.class, spec -> spec.withAttribute("aria-label", "Close")));
        assertThat(error.isOpened()).isFalse();

        Notification stale = Notifications.error("Someone else changed this tag");
        assertThat(stale.isOpened()).isTrue();
        navigate("portal/customers");
        assertThat(stale.isOpened()).as("closed by navigating").isFalse();
    }

    /** The view tests share a database and flip customers; the figure must follow the table. */
    private long acmeOnStaging() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer c JOIN account a ON a.id = c.account_id"
                + " WHERE a.name = 'Acme Telecom' AND c.is_staging = TRUE", Long.class);
    }

    private static String figure(String className) {
        Div figure = _get(Div.class, spec -> spec.withClasses(className));
        return _get(figure, Span.class, spec -> spec.withClasses("figure-value")).getText();
    }
}
