package com.switchboard.api;

import static com.switchboard.api.StagingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Users on the wire: ListUsers, NewUser, PatchUser and DeleteUser with the portal's scope, rules,
 * password policy and audit; every role against users of its own and of another account, a refusal
 * changing nothing; sessions that end with a change of role, accounts, password, enabled or a delete.
 */
@IntegrationTest
class UserApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple";
    private static final String PREFIX = "apiuser-";

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteCreatedUsers() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE ?", PREFIX + run + "%");
    }

    private String email(String name) {
        return PREFIX + run + "-" + name + "@example.com";
    }

    /** A new user of that role (a Manager of the account, a Customer of the customer) made by the administrator. */
    private JsonNode newUser(String name, String role, String accountId, String customerId) throws Exception {
        String body = "{\"emailAddress\":\"" + email(name) + "\",\"password\":\"" + PASSWORD + "\",\"firstName\":\"Ann\","
                + "\"lastName\":\"van Dyke\",\"roles\":[\"" + role + "\"]"
                + (accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"")
                + (customerId == null ? "" : ",\"customerId\":\"" + customerId + "\"") + "}";
        return json(send(post("/users").contentType(MediaType.APPLICATION_JSON).content(body), "admin"));
    }

    private JsonNode acmeManager(String name) throws Exception {
        return newUser(name, "Manager", demo.accountId("Acme Telecom"), null);
    }

    private JsonNode globexManager(String name) throws Exception {
        return newUser(name, "Manager", demo.accountId("Globex Voice"), null);
    }

    @Test
    void a_new_user_signs_in_with_its_password_over_basic_and_credentials_at_once() throws Exception {
        JsonNode user = acmeManager("new");
        assertThat(user.get("userName").asText()).as("the email address is the user name").isEqualTo(email("new"));
        assertThat(user.get("emailAddress").asText()).isEqualTo(email("new"));
        assertThat(user.get("firstName").asText()).isEqualTo("Ann");
        assertThat(user.get("lastName").asText()).isEqualTo("van Dyke");
        assertThat(user.get("name").asText()).isEqualTo("Ann van Dyke");
        assertThat(user.get("roles").toString()).isEqualTo("[\"Manager\"]");
        assertThat(user.get("accountIds").toString()).isEqualTo("[\"" + demo.accountId("Acme Telecom") + "\"]");
        assertThat(user.get("accountNames").toString()).isEqualTo("[\"Acme Telecom\"]");
        assertThat(user.get("isEnabled").asBoolean()).isTrue();

        assertThat(mvc.perform(get("/customers?countPerPage=1").with(httpBasic(email("new"), PASSWORD))).andReturn()
                .getResponse().getStatus()).as("Basic, no one-time password to change first").isEqualTo(200);
        assertThat(mvc.perform(get("/customers?countPerPage=1").cookie(signIn(email("new"), PASSWORD))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(audit("USER_CREATED", email("new"))).containsExactly("admin");

        JsonNode named = json(send(post("/users").contentType(MediaType.APPLICATION_JSON).content(
                "{\"userName\":\"" + PREFIX + run + "-script\",\"password\":\"" + PASSWORD + "\",\"accountId\":\""
                        + demo.accountId("Acme Telecom") + "\"}"), "manager"));
        assertThat(named.get("userName").asText()).isEqualTo(PREFIX + run + "-script");
        assertThat(named.has("emailAddress")).isFalse();
        assertThat(named.get("roles").toString()).as("Manager by default").isEqualTo("[\"Manager\"]");
    }

    /**
     * A lock as the throttle sets it after the fifth failure refuses the right password, over Basic and
     * {@code /auth/credentials} (one user each: with the tests' 1,000 allowed failures, the failure a
     * refused attempt counts lifts the lock again).
     */
    @Test
    void a_new_users_sign_ins_are_throttled_like_everyone_elses() throws Exception {
        acmeManager("throttled-basic");
        acmeManager("throttled-credentials");
        try {
            lock(email("throttled-basic"));
            MockHttpServletResponse locked = mvc.perform(get("/customers?countPerPage=1")
                    .with(httpBasic(email("throttled-basic"), PASSWORD))).andReturn().getResponse();
            assertError(locked, 429, "TooManyRequests", null);
            assertThat(locked.getHeader("Retry-After")).isNotNull();
            lock(email("throttled-credentials"));
            assertThat(mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON).content(
                    "{\"userName\":\"" + email("throttled-credentials") + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .andReturn().getResponse().getStatus()).isEqualTo(429);
            for (String user : List.of(email("throttled-basic"), email("throttled-credentials"))) {
                assertThat(jdbc.queryForList("SELECT reason FROM auth_audit WHERE event = 'SIGN_IN_FAILURE'"
                        + " AND target_user = ?", String.class, user)).containsExactly("THROTTLED");
            }
        } finally {
            jdbc.update("DELETE FROM sign_in_throttle WHERE throttle_key IN (?, ?)",
                    "user:" + email("throttled-basic").toLowerCase(), "user:" + email("throttled-credentials").toLowerCase());
        }
    }

    private void lock(String username) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, locked_until)"
                + " VALUES (?, 5, ?, ?)", "user:" + username.toLowerCase(), Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(1))));
    }

    @Test
    void the_password_policy_holds_on_new_user_and_patch_user_and_a_refusal_changes_nothing() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        for (String bad : List.of("short", "123qweasdzxc", email("weak"))) {
            String body = "{\"emailAddress\":\"" + email("weak") + "\",\"password\":\"" + bad + "\",\"accountId\":\""
                    + acme + "\"}";
            assertError(send(post("/users").contentType(MediaType.APPLICATION_JSON).content(body), "admin"), 400,
                    "Invalid", "Password");
        }
        assertError(send(post("/users").contentType(MediaType.APPLICATION_JSON).content(
                "{\"emailAddress\":\"" + email("weak") + "\",\"accountId\":\"" + acme + "\"}"), "admin"), 400, "Invalid",
                "Password");
        assertThat(userCount(email("weak"))).isZero();

        JsonNode user = acmeManager("patched");
        String before = snapshot(user);
        for (String bad : List.of("short", "1qaz2wsx3edc", "", email("patched").toUpperCase())) {
            assertError(patchUser(user, "{\"newPassword\":\"" + bad + "\",\"firstName\":\"Changed\"}", "admin"), 400,
                    "Invalid", "NewPassword");
        }
        assertThat(snapshot(user)).as("the names were not changed either").isEqualTo(before);

        assertThat(patchUser(user, "{\"newPassword\":\"an entirely new passphrase\"}", "admin").getStatus())
                .isEqualTo(200);
        assertThat(basic(email("patched"), PASSWORD)).isEqualTo(401);
        assertThat(basic(email("patched"), "an entirely new passphrase")).isEqualTo(200);
        assertThat(audit("PASSWORD_RESET", email("patched"))).containsExactly("admin");
    }

    @Test
    void bad_input_is_400_naming_the_member_and_changes_nothing() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        assertError(newUserAs("admin", "{\"password\":\"" + PASSWORD + "\",\"accountId\":\"" + acme + "\"}"), 400,
                "Invalid", "EmailAddress");
        assertError(newUserAs("admin", "{\"emailAddress\":\"not an address\",\"userName\":\"" + PREFIX + run
                + "-x\",\"password\":\"" + PASSWORD + "\",\"accountId\":\"" + acme + "\"}"), 400, "Invalid",
                "EmailAddress");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"Manager\",\"Customer\"],\"accountId\":\"" + acme + "\"}"), 400, "Invalid", "Roles");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"Boss\"]}"), 400, "Invalid", "Roles");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"Manager\"]}"), 400, "Invalid", "AccountId");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"Customer\"],\"accountId\":\"" + acme + "\"}"), 400, "Invalid", "AccountId");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"Customer\"]}"), 400, "Invalid", "CustomerId");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"firstName\":\"A\\u0001B\",\"accountId\":\"" + acme + "\"}"), 400, "Invalid", "FirstName");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("r") + "\",\"password\":\"" + PASSWORD
                + "\",\"customerId\":\"" + demo.id(Demo.OWN) + "\",\"accountId\":\"" + acme + "\"}"), 400, "Invalid",
                "CustomerId");
        assertThat(userCount(email("r"))).isZero();

        JsonNode user = acmeManager("dup");
        assertError(newUserAs("admin", "{\"emailAddress\":\"" + email("dup").toUpperCase() + "\",\"password\":\""
                + PASSWORD + "\",\"accountId\":\"" + acme + "\"}"), 400, "Invalid", "EmailAddress");
        String before = snapshot(user);
        assertError(patchUser(user, "{\"roles\":[]}", "admin"), 400, "Invalid", "Roles");
        assertError(patchUser(user, "{\"roles\":[\"Manager\",\"SystemAdministrator\"]}", "admin"), 400, "Invalid",
                "Roles");
        assertError(patchUser(user, "{\"accountIds\":[]}", "admin"), 400, "Invalid", "AccountIds");
        assertError(patchUser(user, "{\"roles\":[\"Customer\"]}", "admin"), 400, "Invalid", "CustomerId");
        assertError(patchUser(user, "{\"roles\":[\"SystemAdministrator\"],\"accountIds\":[\"" + acme + "\"]}", "admin"),
                400, "Invalid", "AccountIds");
        assertError(patchUser(user, "{\"customerId\":\"" + demo.id(Demo.OWN) + "\"}", "admin"), 400, "Invalid",
                "CustomerId");
        assertError(send(patch("/users/" + user.get("id").asText()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"1\"}"), "admin"), 400, "NotEqual", "UserId");
        assertThat(snapshot(user)).isEqualTo(before);
        assertError(send(patch("/users/nonsense").contentType(MediaType.APPLICATION_JSON).content("{}"), "admin"), 404,
                "NotFound", null);
        assertError(send(delete("/users/999999999"), "admin"), 404, "NotFound", null);
    }

    @Test
    void a_patch_changes_only_what_it_carries() throws Exception {
        JsonNode user = acmeManager("partial");
        JsonNode renamed = json(patchUser(user, "{\"firstName\":\"Bea\"}", "admin"));
        assertThat(renamed.get("name").asText()).isEqualTo("Bea van Dyke");
        assertThat(renamed.get("lastName").asText()).isEqualTo("van Dyke");
        assertThat(renamed.get("roles")).isEqualTo(user.get("roles"));
        assertThat(renamed.get("accountIds")).isEqualTo(user.get("accountIds"));
        assertThat(renamed.get("emailAddress")).isEqualTo(user.get("emailAddress"));
        assertThat(basic(email("partial"), PASSWORD)).as("the password stays").isEqualTo(200);

        String both = "[\"" + demo.accountId("Acme Telecom") + "\",\"" + demo.accountId("Globex Voice") + "\"]";
        JsonNode moved = json(patchUser(user, "{\"accountIds\":" + both + "}", "admin"));
        assertThat(moved.get("accountNames").toString()).isEqualTo("[\"Acme Telecom\",\"Globex Voice\"]");
        assertThat(moved.get("name").asText()).isEqualTo("Bea van Dyke");

        JsonNode customer = json(patchUser(user, "{\"roles\":[\"Customer\"],\"customerId\":\"" + demo.id(Demo.OWN)
                + "\",\"accountIds\":[]}", "admin"));
        assertThat(customer.get("roles").toString()).isEqualTo("[\"Customer\"]");
        assertThat(customer.get("customerId").asText()).isEqualTo(demo.id(Demo.OWN));
        assertThat(customer.get("accountNames").toString()).as("its customer's account").isEqualTo("[\"Acme Telecom\"]");
        assertThat(audit("ROLE_CHANGED", email("partial"))).containsExactly("admin");

        assertError(patchUser(user, "{\"roles\":[\"Manager\"]}", "admin"), 400, "Invalid", "AccountIds");
        assertThat(json(patchUser(user, "{}", "admin")).get("roles").toString()).as("a refused role change")
                .isEqualTo("[\"Customer\"]");
        JsonNode disabled = json(patchUser(user, "{\"isEnabled\":false}", "admin"));
        assertThat(disabled.get("isEnabled").asBoolean()).isFalse();
        assertThat(disabled.get("customerId")).isEqualTo(customer.get("customerId"));
        assertThat(basic(email("partial"), PASSWORD)).isEqualTo(401);
    }

    @Test
    void lists_are_scoped_filtered_paged_and_sorted_in_sql() throws Exception {
        JsonNode a = acmeManager("list-a");
        JsonNode b = acmeManager("list-b");
        JsonNode g = globexManager("list-g");
        String filter = "emailFilter=" + PREFIX + run + "-list";
        assertThat(userNames(send(get("/users?" + filter), "admin"))).containsExactly(email("list-a"), email("list-b"),
                email("list-g"));
        assertThat(userNames(send(get("/users?" + filter + "&sortField=userName&sortOrder=Descend"), "admin")))
                .containsExactly(email("list-g"), email("list-b"), email("list-a"));
        assertThat(userNames(send(get("/users?" + filter + "&accountIds=" + demo.accountId("Globex Voice")), "admin")))
                .containsExactly(email("list-g"));
        assertThat(userNames(send(get("/users?" + filter), "manager"))).as("the Users view's scope")
                .containsExactly(email("list-a"), email("list-b"));
        assertThat(userNames(send(get("/users?" + filter), "globex"))).containsExactly(email("list-g"));
        assertThat(userNames(send(get("/users?countPerPage=100"), "manager"))).doesNotContain("admin", "globex");
        assertThat(userNames(send(get("/users?specificIds=" + b.get("id").asText() + "," + g.get("id").asText()),
                "manager"))).containsExactly(email("list-b"));

        JsonNode first = json(send(get("/users?" + filter + "&countPerPage=2"), "admin"));
        assertThat(first.get("totalCount").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("hasMorePages").asBoolean()).isTrue();
        JsonNode second = json(send(get("/users?" + filter + "&countPerPage=2&page=1&simplifiedPaging=true"), "admin"));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("totalCount").asLong()).isZero();
        assertThat(second.get("hasMorePages").asBoolean()).isFalse();
        assertThat(json(send(get("/users?" + filter + "&all=true"), "admin")).get("items")).hasSize(3);
        assertThat(a.get("id").asText()).isNotEqualTo(b.get("id").asText());

        assertError(send(get("/users?sortField=color"), "admin"), 400, "Predicate", "SortField");
        assertError(send(get("/users"), "customer"), 403, "Forbidden", null);
    }

    @Test
    void a_change_of_role_accounts_password_or_enabled_and_a_delete_end_the_users_sessions() throws Exception {
        JsonNode user = acmeManager("sessions");
        Cookie session = signIn(email("sessions"), PASSWORD);
        assertThat(patchUser(user, "{\"lastName\":\"Smith\"}", "admin").getStatus()).isEqualTo(200);
        assertThat(api(session)).as("a new name ends nothing").isEqualTo(200);

        String both = "[\"" + demo.accountId("Acme Telecom") + "\",\"" + demo.accountId("Globex Voice") + "\"]";
        String password = PASSWORD;
        for (String change : List.of("{\"accountIds\":" + both + "}", "{\"isEnabled\":false}",
                "{\"newPassword\":\"yet another passphrase\"}",
                "{\"roles\":[\"Customer\"],\"customerId\":\"" + demo.id(Demo.OWN) + "\"}")) {
            assertThat(patchUser(user, "{\"isEnabled\":true}", "admin").getStatus()).isEqualTo(200);
            session = signIn(email("sessions"), password);
            assertThat(api(session)).isEqualTo(200);
            assertThat(patchUser(user, change, "admin").getStatus()).as(change).isEqualTo(200);
            assertThat(api(session)).as(change).isEqualTo(401);
            if (change.contains("newPassword")) {
                password = "yet another passphrase";
            }
        }

        json(patchUser(user, "{\"isEnabled\":true}", "admin"));
        session = signIn(email("sessions"), "yet another passphrase");
        MockHttpServletResponse deleted = send(delete("/users/" + user.get("id").asText()), "admin");
        assertThat(deleted.getStatus()).isEqualTo(204);
        assertThat(deleted.getContentAsByteArray()).isEmpty();
        assertThat(api(session)).isEqualTo(401);
        assertThat(userCount(email("sessions"))).isZero();
        assertThat(audit("USER_DELETED", email("sessions"))).containsExactly("admin");
        assertThat(audit("USER_CREATED", email("sessions"))).as("its audit rows stay").containsExactly("admin");
    }

    /**
     * Every role × a user of its own and of another account × each operation: administrators reach
     * every user, managers the users of their accounts (others 404, or 400 for an account they do not
     * manage), customer users nothing (403); a refusal changes nothing.
     */
    @Test
    void the_access_matrix_of_roles_and_accounts() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        String globex = demo.accountId("Globex Voice");
        JsonNode own = acmeManager("own");
        JsonNode other = globexManager("other");
        JsonNode ownCustomer = newUser("own-customer", "Customer", null, demo.id(Demo.OWN));

        for (String actor : List.of("admin", "manager", "customer")) {
            boolean admin = actor.equals("admin");
            boolean manager = actor.equals("manager");
            for (JsonNode target : List.of(own, other, ownCustomer)) {
                boolean reaches = admin || (manager && target != other);
                String before = snapshot(target);
                MockHttpServletResponse patched = patchUser(target, "{\"firstName\":\"By" + actor + "\"}", actor);
                if (reaches) {
                    assertThat(json(patched).get("firstName").asText()).isEqualTo("By" + actor);
                } else {
                    assertError(patched, manager ? 404 : 403, manager ? "NotFound" : "Forbidden", null);
                    assertThat(snapshot(target)).as(actor + " patch").isEqualTo(before);
                    assertError(send(delete("/users/" + target.get("id").asText()), actor), manager ? 404 : 403,
                            manager ? "NotFound" : "Forbidden", null);
                    assertThat(snapshot(target)).as(actor + " delete").isEqualTo(before);
                }
                List<String> listed = actor.equals("customer") ? null
                        : userNames(send(get("/users?emailFilter=" + PREFIX + run), actor));
                if (listed != null) {
                    assertThat(listed.contains(target.get("userName").asText())).as(actor + " lists").isEqualTo(reaches);
                } else {
                    assertError(send(get("/users"), actor), 403, "Forbidden", null);
                }
            }
            for (String account : List.of(acme, globex)) {
                String name = actor + "-in-" + (account.equals(acme) ? "acme" : "globex");
                MockHttpServletResponse created = newUserAs(actor, "{\"emailAddress\":\"" + email(name)
                        + "\",\"password\":\"" + PASSWORD + "\",\"accountId\":\"" + account + "\"}");
                if (admin || (manager && account.equals(acme))) {
                    assertThat(created.getStatus()).as(actor + " creates in " + account).isEqualTo(200);
                    MockHttpServletResponse removed = send(delete("/users/" + json(created).get("id").asText()), actor);
                    assertThat(removed.getStatus()).isEqualTo(204);
                } else if (manager) {
                    assertError(created, 400, "Invalid", "AccountId");
                } else {
                    assertError(created, 403, "Forbidden", null);
                }
                assertThat(userCount(email(name))).isZero();
            }
        }
        MockHttpServletResponse admin = newUserAs("manager", "{\"emailAddress\":\"" + email("boss") + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"SystemAdministrator\"]}");
        assertError(admin, 400, "Invalid", "Roles");
        assertThat(userCount(email("boss"))).isZero();
        String adminId = String.valueOf(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'",
                Long.class));
        assertError(send(patch("/users/" + adminId).contentType(MediaType.APPLICATION_JSON).content(
                "{\"firstName\":\"Mallory\"}"), "manager"), 404, "NotFound", null);
    }

    @Test
    void nobody_changes_their_own_role_nor_deletes_themselves() throws Exception {
        JsonNode user = acmeManager("self");
        String id = user.get("id").asText();
        String before = snapshot(user);
        MockHttpServletResponse role = mvc.perform(patch("/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"Customer\"],\"customerId\":\"" + demo.id(Demo.OWN) + "\"}")
                .with(httpBasic(email("self"), PASSWORD))).andReturn().getResponse();
        assertError(role, 400, "Invalid", "Roles");
        MockHttpServletResponse disable = mvc.perform(patch("/users/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"isEnabled\":false}").with(httpBasic(email("self"), PASSWORD))).andReturn().getResponse();
        assertError(disable, 400, "Invalid", "IsEnabled");
        MockHttpServletResponse gone = mvc.perform(delete("/users/" + id).with(httpBasic(email("self"), PASSWORD)))
                .andReturn().getResponse();
        assertError(gone, 400, "Invalid", "UserId");
        assertThat(snapshot(user)).isEqualTo(before);

        String adminId = String.valueOf(jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'admin'",
                Long.class));
        assertError(send(delete("/users/" + adminId), "admin"), 400, "Invalid", "UserId");
        assertError(send(patch("/users/" + adminId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"Manager\"],\"accountIds\":[\"" + demo.accountId("Acme Telecom") + "\"]}"),
                "admin"), 400, "Invalid", "Roles");
        assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = 'admin'", String.class))
                .isEqualTo("SystemAdministrator");
    }

    @Test
    void users_answer_in_xml_and_on_the_predefined_routes() throws Exception {
        JsonNode user = acmeManager("xml");
        MockHttpServletResponse xml = send(patch("/users/" + user.get("id").asText() + ".xml")
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"Xena\"}"), "admin");
        assertThat(xml.getStatus()).isEqualTo(200);
        assertThat(xml.getContentAsString(StandardCharsets.UTF_8)).contains("<UserInfo", "Voice.Api.Authentication",
                "<FirstName>Xena</FirstName>", "<Roles", ">Manager</");
        assertThat(userNames(send(post("/json/reply/ListUsers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"emailFilter\":\"" + email("xml") + "\"}"), "manager"))).containsExactly(email("xml"));
        String page = send(get("/json/metadata?op=NewUser"), "manager").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/users", "SystemAdministrator, Manager", "The password for the new user");
    }

    private MockHttpServletResponse newUserAs(String actor, String body) throws Exception {
        return send(post("/users").contentType(MediaType.APPLICATION_JSON).content(body), actor);
    }

    private MockHttpServletResponse patchUser(JsonNode user, String body, String actor) throws Exception {
        return send(patch("/users/" + user.get("id").asText()).contentType(MediaType.APPLICATION_JSON).content(body),
                actor);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, username))).andReturn().getResponse();
    }

    private int basic(String username, String password) throws Exception {
        return mvc.perform(get("/customers?countPerPage=1").with(httpBasic(username, password))).andReturn()
                .getResponse().getStatus();
    }

    private int api(Cookie session) throws Exception {
        return mvc.perform(get("/customers?countPerPage=1").cookie(session)).andReturn().getResponse().getStatus();
    }

    private Cookie signIn(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON)
                .content("{\"userName\":\"" + username + "\",\"password\":\"" + password + "\"}")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getCookie("ss-id");
    }

    /** Everything stored about the user, its password hash and version included. */
    private String snapshot(JsonNode user) {
        long id = user.get("id").asLong();
        return "" + jdbc.query("SELECT username, display_name, email, role, enabled, customer_id, password_hash, version"
                + " FROM app_user WHERE id = ?", (rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)
                + "|" + rs.getString(4) + "|" + rs.getBoolean(5) + "|" + rs.getString(6) + "|" + rs.getString(7) + "|"
                + rs.getLong(8), id) + jdbc.queryForList("SELECT account_id FROM app_user_account WHERE app_user = ?"
                + " ORDER BY account_id", String.class, id);
    }

    private long userCount(String username) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)", Long.class,
                username);
        return n == null ? 0 : n;
    }

    private List<String> audit(String event, String target) {
        return jdbc.queryForList("SELECT actor FROM auth_audit WHERE event = ? AND target_user = ? ORDER BY id",
                String.class, event, target);
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> userNames(MockHttpServletResponse response) throws Exception {
        List<String> names = new ArrayList<>();
        json(response).get("items").forEach(item -> names.add(item.get("userName").asText()));
        return names;
    }
}
