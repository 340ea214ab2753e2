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
        assertThat(items).containsExactly("My customer");
    }

    @Test
    void managers_are_offered_the_overview_and_the_customers() {
        signIn("manager");
        navigate("");
        assertThat(figure("figure-customers")).isEqualTo("21");
        List<String> items = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly("Overview", "Customers");
    }

    @Test
    void the_theme_switch_toggles_dark_mode() {
        signIn("admin");
        navigate("portal");
        assertThat(figure("figure-customers")).isEqualTo("31");

        Button toggle = _get(Button.class, spec -> spec.withText("Dark theme"));
        _click(toggle);
        assertThat(UI.getCurrent().getElement().getThemeList()).contains(Lumo.DARK);
        assertThat(toggle.getText()).isEqualTo("Light theme");
        _click(toggle);
        assertThat(UI.getCurrent().getElement().getThemeList()).doesNotContain(Lumo.DARK);
        assertThat(_find(Button.class, spec -> spec.withText("Sign out"))).hasSize(1);
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
