package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.security.SessionEnded;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-in, status, sign-out and the session cookies on the wire; cross-site writes refused. */
@IntegrationTest
@Import(AuthApiTest.Events.class)
class AuthApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired Events events;
    @Autowired UserDetailsService users;

    @TestComponent
    static class Events {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        void authentication(AbstractAuthenticationEvent event) {
            seen.add(event);
        }

        @EventListener
        void ended(SessionEnded event) {
            seen.add(event);
        }
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM user_session");
        events.seen.clear();
    }

    private MvcResult signIn(String user, String password, boolean rememberMe) throws Exception {
        return mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"credentials\",\"userName\":\"" + user + "\",\"password\":\"" + password
                        + "\",\"rememberMe\":" + rememberMe + "}")).andReturn();
    }

    /** Set-Cookie headers by cookie name. */
    private static Map<String, String> setCookies(MockHttpServletResponse response) {
        Map<String, String> byName = new TreeMap<>();
        for (String header : response.getHeaders(HttpHeaders.SET_COOKIE)) {
            byName.put(header.substring(0, header.indexOf('=')), header);
        }
        return byName;
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static Cookie[] cookies(MockHttpServletResponse response) {
        return setCookies(response).values().stream().filter(h -> !h.contains("Max-Age=0"))
                .map(h -> new Cookie(h.substring(0, h.indexOf('=')), value(h))).toArray(Cookie[]::new);
    }

    // ---- sign-in ----------------------------------------------------------------------------------

    @Test
    void credentials_sign_in_answers_authenticate_response_and_sets_servicestack_cookies() throws Exception {
        MockHttpServletResponse response = signIn("manager", "manager", true).getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(names(body)).containsExactly("userId", "sessionId", "userName", "displayName", "roles");
        assertThat(body.get("userName").asText()).isEqualTo("manager");
        assertThat(body.get("displayName").asText()).isEqualTo("Morgan Manager");
        assertThat(body.get("roles").toString()).isEqualTo("[\"Manager\"]");
        assertThat(body.get("userId").asText()).isEqualTo(
                String.valueOf(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'manager'", Long.class)));

        Map<String, String> cookies = setCookies(response);
        assertThat(cookies).containsOnlyKeys("ss-id", "ss-pid", "ss-opt");
        String sessionId = body.get("sessionId").asText();
        assertThat(value(cookies.get("ss-id"))).isEqualTo(sessionId);
        assertThat(value(cookies.get("ss-pid"))).isEqualTo(sessionId);
        assertThat(value(cookies.get("ss-opt"))).isEqualTo("perm");
        assertThat(cookies.get("ss-id")).doesNotContain("Max-Age");
        assertThat(cookies.get("ss-pid")).contains("Max-Age=1209600");
        for (String cookie : cookies.values()) {
            assertThat(cookie).contains("Path=/").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session WHERE remember_me = TRUE AND channel = 'API'",
                Integer.class)).isEqualTo(1);
        assertThat(events.seen).hasAtLeastOneElementOfType(AuthenticationSuccessEvent.class);
    }

    @Test
    void without_remember_me_the_session_is_temporary_and_over_https_the_cookies_are_secure() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/auth/credentials").secure(true)
                .contentType(MediaType.APPLICATION_JSON).content("{\"userName\":\"manager\",\"password\":\"manager\"}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, String> cookies = setCookies(response);
        assertThat(value(cookies.get("ss-opt"))).isEqualTo("temp");
        assertThat(cookies.get("ss-pid")).contains("Max-Age=0");
        assertThat(cookies.values()).allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(jdbc.queryForObject("SELECT remember_me FROM user_session", Boolean.class)).isFalse();
    }

    @Test
    void unknown_user_and_wrong_password_get_the_same_401() throws Exception {
        MockHttpServletResponse wrong = signIn("manager", "nope", false).getResponse();
        MockHttpServletResponse unknown = signIn("nobody", "nope", false).getResponse();

        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(unknown.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).isEqualTo(unknown.getContentAsString())
                .isEqualTo("{\"responseStatus\":{\"errorCode\":\"Unauthorized\",\"message\":\"Invalid UserName or "
                        + "Password\",\"errors\":[]}}");
        assertThat(wrong.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class)).isZero();
        assertThat(events.seen).filteredOn(AuthenticationFailureBadCredentialsEvent.class::isInstance).hasSize(2);
    }

    @Test
    void a_disabled_user_cannot_sign_in() throws Exception {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'globex'");
        try {
            assertThat(signIn("globex", "globex", false).getResponse().getStatus()).isEqualTo(401);
        } finally {
            jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = 'globex'");
        }
    }

    @Test
    void empty_fields_are_named_and_unknown_providers_are_404() throws Exception {
        MockHttpServletResponse empty = mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        JsonNode errors = JSON.readTree(empty.getContentAsString()).at("/responseStatus/errors");
        assertThat(errors.findValuesAsText("fieldName")).containsExactly("UserName", "Password");

        MockHttpServletResponse other = mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"facebook\",\"userName\":\"a\",\"password\":\"b\"}")).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString()).contains("No configuration was added for OAuth provider 'facebook'");
    }

    @Test
    void post_auth_takes_the_provider_in_json_xml_or_a_form() throws Exception {
        MockHttpServletResponse json = mvc.perform(post("/auth").contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"credentials\",\"userName\":\"admin\",\"password\":\"admin\"}"))
                .andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(200);

        MockHttpServletResponse form = mvc.perform(post("/auth").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("provider", "credentials").param("UserName", "admin").param("Password", "admin")
                .param("RememberMe", "true")).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(value(setCookies(form).get("ss-opt"))).isEqualTo("perm");

        MockHttpServletResponse xml = mvc.perform(post("/auth").contentType(MediaType.APPLICATION_XML)
                .accept(MediaType.APPLICATION_XML)
                .content("<Authenticate xmlns=\"http://schemas.servicestack.net/types\"><provider>credentials</provider>"
                        + "<UserName>admin</UserName><Password>admin</Password></Authenticate>"))
                .andReturn().getResponse();
        assertThat(xml.getStatus()).isEqualTo(200);
        String text = xml.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><AuthenticateResponse "
                + "xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"http://schemas.servicestack.net/types\">"
                + "<UserId>");
        assertThat(text).contains("<UserName>admin</UserName><DisplayName>Ada Admin</DisplayName>")
                .contains("<d2p1:string>SystemAdministrator</d2p1:string>");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class)).isEqualTo(3);
    }

    // ---- using the session ------------------------------------------------------------------------

    @Test
    void the_cookies_sign_api_requests_in_and_status_lists_the_accounts() throws Exception {
        Cookie[] cookies = cookies(signIn("manager", "manager", true).getResponse());

        MockHttpServletResponse status = mvc.perform(get("/auth/status").cookie(cookies)).andReturn().getResponse();
        assertThat(status.getStatus()).isEqualTo(200);
        JsonNode body = JSON.readTree(status.getContentAsString());
        assertThat(names(body)).containsExactly("isAuthenticated", "id", "userName", "name", "displayName",
                "emailAddress", "roles", "accountIds", "accountNames");
        assertThat(body.get("isAuthenticated").asBoolean()).isTrue();
        assertThat(body.get("name").asText()).isEqualTo("Morgan Manager");
        assertThat(body.get("emailAddress").asText()).isEqualTo("manager@acme-telecom.example");
        assertThat(body.get("accountIds").toString()).isEqualTo("[\"" + demo.accountId("Acme Telecom") + "\"]");
        assertThat(body.get("accountNames").toString()).isEqualTo("[\"Acme Telecom\"]");

        assertThat(mvc.perform(get("/customers/" + demo.id(Demo.OTHER_ACME)).cookie(cookies)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse current = mvc.perform(get("/auth").cookie(cookies)).andReturn().getResponse();
        assertThat(JSON.readTree(current.getContentAsString()).get("sessionId").asText())
                .isEqualTo(cookies[0].getValue());
    }

    @Test
    void an_administrator_sees_every_account_in_the_status() throws Exception {
        JsonNode body = JSON.readTree(mvc.perform(get("/auth/status").with(httpBasic("admin", "admin")))
                .andReturn().getResponse().getContentAsString());
        assertThat(body.get("accountNames").toString()).isEqualTo("[\"Acme Telecom\",\"Globex Voice\"]");
        assertThat(body.get("accountIds")).hasSize(2);
    }

    @Test
    void without_credentials_status_and_auth_are_401() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/auth/status"), get("/auth"),
                get("/auth/status").cookie(new Cookie("ss-id", "forged")))) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsString()).contains("Not Authenticated");
        }
    }

    @Test
    void an_authorization_header_decides_alone() throws Exception {
        Cookie[] cookies = cookies(signIn("manager", "manager", false).getResponse());

        MockHttpServletResponse wrongBasic = mvc.perform(get("/auth/status").cookie(cookies)
                .with(httpBasic("manager", "wrong"))).andReturn().getResponse();
        assertThat(wrongBasic.getStatus()).isEqualTo(401);
        MockHttpServletResponse bearer = mvc.perform(get("/auth/status").cookie(cookies)
                .header(HttpHeaders.AUTHORIZATION, "Bearer abc")).andReturn().getResponse();
        assertThat(bearer.getStatus()).isEqualTo(401);
        MockHttpServletResponse otherUser = mvc.perform(get("/auth/status").cookie(cookies)
                .with(httpBasic("globex", "globex"))).andReturn().getResponse();
        assertThat(JSON.readTree(otherUser.getContentAsString()).get("userName").asText()).isEqualTo("globex");
    }

    @Test
    void the_portal_session_is_no_api_credential_and_the_api_makes_no_portal_session() throws Exception {
        var portal = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                users.loadUserByUsername("admin"), null, users.loadUserByUsername("admin").getAuthorities()));
        MvcResult result = mvc.perform(get("/customers")
                .sessionAttr(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, portal)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);

        MvcResult signedIn = signIn("admin", "admin", true);
        assertThat(signedIn.getRequest().getSession(false)).isNull();
        MvcResult used = mvc.perform(get("/customers").cookie(cookies(signedIn.getResponse()))).andReturn();
        assertThat(used.getResponse().getStatus()).isEqualTo(200);
        assertThat(used.getRequest().getSession(false)).isNull();
        assertThat(used.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
    }

    // ---- sign-out ---------------------------------------------------------------------------------

    @Test
    void every_sign_out_route_ends_the_session_and_expires_the_cookies() throws Exception {
        for (MockHttpServletRequestBuilder logout : List.of(get("/auth/logout"), post("/auth/logout"), delete("/auth"),
                post("/auth").contentType(MediaType.APPLICATION_JSON).content("{\"provider\":\"logout\"}"))) {
            Cookie[] cookies = cookies(signIn("customer", "customer", true).getResponse());
            assertThat(mvc.perform(get("/auth/status").cookie(cookies)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);

            MockHttpServletResponse out = mvc.perform(logout.cookie(cookies)).andReturn().getResponse();

            assertThat(out.getStatus()).isEqualTo(200);
            Map<String, String> expired = setCookies(out);
            assertThat(expired).containsOnlyKeys("ss-id", "ss-pid", "ss-opt");
            assertThat(expired.values()).allSatisfy(cookie -> assertThat(cookie).contains("Max-Age=0"));
            assertThat(mvc.perform(get("/auth/status").cookie(cookies)).andReturn().getResponse().getStatus())
                    .isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class)).isZero();
        assertThat(events.seen).filteredOn(LogoutSuccessEvent.class::isInstance).hasSize(4);
        assertThat(events.seen).filteredOn(SessionEnded.class::isInstance).hasSize(4);
    }

    @Test
    void signing_out_without_a_session_is_harmless() throws Exception {
        MockHttpServletResponse out = mvc.perform(post("/auth/logout")).andReturn().getResponse();
        assertThat(out.getStatus()).isEqualTo(200);
        assertThat(out.getContentAsString()).isEqualTo("{}");
    }

    // ---- cross-site writes ------------------------------------------------------------------------

    @Test
    void writes_a_browser_marks_as_cross_site_are_refused_and_change_nothing() throws Exception {
        String id = demo.id(Demo.SIBLING_OF_OWN);
        boolean before = demo.customer(Demo.SIBLING_OF_OWN).isStaging();
        Cookie[] cookies = cookies(signIn("manager", "manager", false).getResponse());
        List<MockHttpServletRequestBuilder> attacks = List.of(
                stage(id, !before).header("Sec-Fetch-Site", "cross-site").cookie(cookies),
                stage(id, !before).header("Sec-Fetch-Site", "same-site").cookie(cookies),
                stage(id, !before).header("Origin", "https://evil.example").with(httpBasic("manager", "manager")),
                stage(id, !before).header("Origin", "null").cookie(cookies),
                stage(id, !before).header("Origin", "http://localhost:8443").cookie(cookies),
                post("/auth/credentials").header("Sec-Fetch-Site", "cross-site").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userName\":\"manager\",\"password\":\"manager\"}"),
                get("/auth/logout").header("Sec-Fetch-Site", "cross-site").cookie(cookies));
        for (MockHttpServletRequestBuilder attack : attacks) {
            MockHttpServletResponse response = mvc.perform(attack).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).isEqualTo("{\"responseStatus\":{\"errorCode\":\"Forbidden\","
                    + "\"message\":\"Cross-site requests may not change anything\",\"errors\":[]}}");
        }
        assertThat(demo.customer(Demo.SIBLING_OF_OWN).isStaging()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_session", Integer.class)).isEqualTo(1);
    }

    @Test
    void scripts_same_origin_pages_and_cross_site_reads_are_unaffected() throws Exception {
        String id = demo.id(Demo.SIBLING_OF_OWN);
        boolean before = demo.customer(Demo.SIBLING_OF_OWN).isStaging();
        Cookie[] cookies = cookies(signIn("manager", "manager", false).getResponse());
        try {
            assertThat(status(stage(id, !before).cookie(cookies))).isEqualTo(200);
            assertThat(status(stage(id, before).header("Sec-Fetch-Site", "same-origin").cookie(cookies)))
                    .isEqualTo(200);
            assertThat(status(stage(id, !before).header("Origin", "http://localhost").cookie(cookies)))
                    .isEqualTo(200);
            assertThat(status(stage(id, before).header("Sec-Fetch-Site", "none").with(httpBasic("manager", "manager"))))
                    .isEqualTo(200);
            assertThat(status(get("/customers/" + id).header("Sec-Fetch-Site", "cross-site").cookie(cookies)))
                    .isEqualTo(200);
        } finally {
            demo.flipBack(id, before);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder stage(String id, boolean staging) {
        return post("/customers/" + id + "/staging").contentType(MediaType.APPLICATION_JSON)
                .content("{\"isStaging\":" + staging + "}");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
