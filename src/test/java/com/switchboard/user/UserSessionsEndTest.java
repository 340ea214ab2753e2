package com.switchboard.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.security.Role;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Disabling a user, resetting their password or changing their role ends their portal and API
 * sessions at once; a user's own password change ends their other sessions.
 */
@IntegrationTest
class UserSessionsEndTest {

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired UserAdministration administration;
    @Autowired UserDirectory directory;

    /** Signs the test thread out, including the context MockMvc would copy into its requests. */
    @AfterEach
    void signOut() {
        demo.signOut();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
    }

    /** A new Manager of Acme with a known password (set through My account). */
    private long newManager(String username) {
        demo.signIn("admin");
        var created = administration.create(new UserDraft(username, null, null, Role.Manager,
                Set.of(demo.accountId("Acme Telecom")), null));
        signOut();
        return created.user().id();
    }

    private Cookie apiSession(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON)
                .content("{\"userName\":\"" + username + "\",\"password\":\"" + password + "\"}")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getCookie("ss-id");
    }

    private MockHttpSession portalSession(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("login");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Whether the browser session is still signed in after a portal request. */
    private boolean portalWorks(MockHttpSession session) throws Exception {
        mvc.perform(get("/error").session(session)).andReturn();
        return !session.isInvalid();
    }

    private int api(Cookie session) throws Exception {
        return mvc.perform(get("/customers?countPerPage=1").cookie(session)).andReturn().getResponse().getStatus();
    }

    private String firstPassword(String username, long id) {
        demo.signIn("admin");
        String password = administration.resetPassword(id).oneTimePassword();
        signOut();
        return password;
    }

    @Test
    void a_one_time_password_is_refused_by_the_api_until_changed() throws Exception {
        long id = newManager("otp-user");
        String password = firstPassword("otp-user", id);
        MockHttpServletResponse refused = mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON)
                .content("{\"userName\":\"otp-user\",\"password\":\"" + password + "\"}")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(portalWorks(portalSession("otp-user", password))).as("the portal lets them change it").isTrue();
    }

    @Test
    void disabling_a_user_ends_their_portal_and_api_sessions() throws Exception {
        long id = newManager("leaver");
        String password = firstPassword("leaver", id);
        MockHttpSession portal = portalSession("leaver", password);
        demo.signIn("leaver");
        myAccount.changePassword(password, "correct horse battery staple", "correct horse battery staple", null);
        signOut();
        portal = portalSession("leaver", "correct horse battery staple");
        Cookie api = apiSession("leaver", "correct horse battery staple");
        assertThat(portalWorks(portal)).isTrue();
        assertThat(api(api)).isEqualTo(200);

        demo.signIn("admin");
        administration.setEnabled(id, false);
        signOut();

        assertThat(portalWorks(portal)).isFalse();
        assertThat(sessions.resolve(api.getValue())).isEmpty();
        MockHttpServletResponse after = mvc.perform(get("/customers?countPerPage=1").cookie(api)).andReturn().getResponse();
        assertThat(after.getStatus()).as(after.getContentAsString() + after.getHeaderNames()).isEqualTo(401);
        assertThat(mvc.perform(post("/login").param("username", "leaver").param("password",
                "correct horse battery staple").with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void a_role_change_or_a_password_reset_ends_the_sessions_too() throws Exception {
        long id = newManager("mover");
        String password = firstPassword("mover", id);
        demo.signIn("mover");
        myAccount.changePassword(password, "a much better passphrase", "a much better passphrase", null);
        signOut();
        Cookie api = apiSession("mover", "a much better passphrase");
        MockHttpSession portal = portalSession("mover", "a much better passphrase");

        demo.signIn("admin");
        administration.update(id, new UserDraft("mover", null, null, Role.Customer, Set.of(),
                demo.id(Demo.OWN)));
        signOut();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE user_id = ?", Integer.class, id))
                .isZero();
        assertThat(api(api)).isEqualTo(401);
        assertThat(portalWorks(portal)).isFalse();

        api = apiSession("mover", "a much better passphrase");
        demo.signIn("admin");
        administration.resetPassword(id);
        signOut();
        assertThat(api(api)).isEqualTo(401);
    }

    @Autowired MyAccount myAccount;
    @Autowired com.switchboard.security.UserSessions sessions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
}
