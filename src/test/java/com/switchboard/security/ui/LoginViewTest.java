package com.switchboard.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_form_posts_username_and_password_to_spring_security() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
    }

    @Test
    void wrong_credentials_show_the_error_message() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void anonymous_users_do_not_get_the_portal() {
        navigate("portal");
        _assertNone(Div.class, spec -> spec.withClasses("figure"));
    }
}
