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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The accounts on the wire: who sees which, who may change them, patch semantics and refusals. */
@IntegrationTest
class AccountApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteCreatedAccounts() {
        for (String id : created) {
            jdbc.update("DELETE FROM account WHERE id = ?", id);
        }
    }

    @Test
    void each_role_lists_only_the_accounts_it_reaches() throws Exception {
        assertThat(names(list("admin"))).contains("Acme Telecom", "Globex Voice");
        assertThat(names(list("manager"))).containsExactly("Acme Telecom");
        assertThat(names(list("globex"))).containsExactly("Globex Voice");
        assertThat(names(list("customer"))).containsExactly("Acme Telecom");

        JsonNode page = json(send(get("/accounts?nameFilter=GLOBEX"), "admin"));
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        assertThat(page.get("totalPages").asInt()).isEqualTo(1);
        assertThat(page.get("hasMorePages").asBoolean()).isFalse();
        JsonNode globex = page.get("items").get(0);
        assertThat(names(globex)).as("JSON leaves null members out, as ServiceStack does").containsExactly("name",
                "ancestorIds", "billingSettings", "id", "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy");
        assertThat(globex.get("ancestorIds").size()).isZero();
        assertThat(globex.get("billingSettings").get("base").get("baseCost").isNumber()).isTrue();
        assertThat(globex.get("dateCreated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void lists_are_paged_and_sorted_in_the_way_every_list_is() throws Exception {
        JsonNode first = json(send(get("/accounts?countPerPage=1&sortField=name&sortOrder=Descend"), "admin"));
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("hasMorePages").asBoolean()).isTrue();
        JsonNode second = json(send(get("/accounts?countPerPage=1&page=1&sortField=name&sortOrder=Descend"), "admin"));
        assertThat(second.get("items").get(0).get("name").asText())
                .isLessThan(first.get("items").get(0).get("name").asText());
        JsonNode simplified = json(send(get("/accounts?countPerPage=1&simplifiedPaging=true"), "admin"));
        assertThat(simplified.get("totalCount").asLong()).isZero();
        assertThat(simplified.get("hasMorePages").asBoolean()).isTrue();

        assertError(send(get("/accounts?sortField=color"), "admin"), 400, "Predicate", "SortField");
        assertError(send(get("/accounts?sortOrder=Sideways"), "admin"), 400, "IsEnumName", "SortOrder");
        assertError(send(get("/accounts?page=-1"), "admin"), 400, "GreaterThanOrEqual", "Page");
    }

    @Test
    void an_account_out_of_reach_is_not_found() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        String globex = demo.accountId("Globex Voice");
        assertThat(send(get("/accounts/" + acme), "manager").getStatus()).isEqualTo(200);
        assertThat(send(get("/accounts/" + acme), "customer").getStatus()).isEqualTo(200);
        assertError(send(get("/accounts/" + globex), "manager"), 404, "NotFound", null);
        assertError(send(get("/accounts/" + globex), "customer"), 404, "NotFound", null);
        assertError(send(get("/accounts/no-such-account"), "admin"), 404, "NotFound", null);
    }

    @Test
    void administrators_create_accounts_with_names_unique_without_regard_to_case() throws Exception {
        String name = "Initech " + UUID.randomUUID();
        MockHttpServletResponse response = create(name, "admin");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode account = json(response);
        created.add(account.get("id").asText());
        assertThat(account.get("name").asText()).isEqualTo(name);
        assertThat(account.get("createdBy").asText()).isEqualTo("admin");
        assertThat(history(account.get("id").asText())).containsExactly("created: null -> " + name);

        assertError(create(name.toUpperCase(), "admin"), 400, "Invalid", "Name");
        assertError(create("   ", "admin"), 400, "Invalid", "Name");
        assertError(create("x".repeat(201), "admin"), 400, "Invalid", "Name");
        assertError(create("Ctl a\u0001b", "admin"), 400, "Invalid", "Name");
        assertError(create("\u200b\u200b", "admin"), 400, "Invalid", "Name");
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void only_administrators_change_accounts_and_a_refusal_changes_nothing() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        for (String user : List.of("manager", "customer")) {
            String name = "Refused " + UUID.randomUUID();
            MockHttpServletResponse refused = create(name, user);
            assertError(refused, 403, "Forbidden", null);
            assertThat(JSON.readTree(refused.getContentAsString()).at("/responseStatus/message").asText())
                    .isEqualTo("Invalid Role");
            assertThat(count(name)).isZero();
            assertError(send(patch("/accounts/" + acme).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Taken over\"}"), user), 403, "Forbidden", null);
            assertError(send(delete("/accounts/" + acme), user), 403, "Forbidden", null);
        }
        assertThat(json(send(get("/accounts/" + acme), "admin")).get("name").asText()).isEqualTo("Acme Telecom");
    }

    @Test
    void a_patch_changes_only_the_members_it_carries_and_records_each() throws Exception {
        String id = json(create("Patched " + UUID.randomUUID(), "admin")).get("id").asText();
        created.add(id);
        JsonNode before = json(send(get("/accounts/" + id), "admin"));

        JsonNode limited = json(patchJson(id, "{\"maxPhoneNumbers\": 40}"));
        assertThat(limited.get("maxPhoneNumbers").asInt()).isEqualTo(40);
        assertThat(limited.get("name")).isEqualTo(before.get("name"));
        assertThat(limited.get("billingSettings")).isEqualTo(before.get("billingSettings"));

        String renamed = "Renamed " + UUID.randomUUID();
        JsonNode after = json(patchJson(id, "{\"name\": \"" + renamed + "\", \"billingSettings\": {\"base\": "
                + "{\"baseCost\": 9.5, \"rawUnitMultiplier\": 1, \"unitCost\": 0, \"allowance\": 0}}}"));
        assertThat(after.get("name").asText()).isEqualTo(renamed);
        assertThat(after.get("maxPhoneNumbers").asInt()).isEqualTo(40);
        assertThat(after.at("/billingSettings/base/baseCost").asDouble()).isEqualTo(9.5);
        assertThat(after.at("/billingSettings/localNumbers/baseCost").asDouble()).isZero();
        assertThat(history(id)).contains("maxPhoneNumbers: null -> 40",
                "name: " + before.get("name").asText() + " -> " + renamed);

        assertError(patchJson(id, "{\"maxPhoneNumbers\": -1}"), 400, "Invalid", "MaxPhoneNumbers");
        assertError(patchJson(id, "{\"billingSettings\": {\"base\": {\"baseCost\": -1}}}"), 400, "Invalid",
                "BillingSettings");
        assertError(patchJson(id, "{\"name\": \"acme telecom\"}"), 400, "Invalid", "Name");
        assertError(send(patch("/accounts/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\": \"another\", \"name\": \"x\"}"), "admin"), 400, "NotEqual", "AccountId");
        assertThat(json(send(get("/accounts/" + id), "admin"))).isEqualTo(after);
    }

    @Test
    void an_account_is_deleted_only_when_it_holds_no_customers_and_no_users() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        MockHttpServletResponse refused = send(delete("/accounts/" + acme), "admin");
        assertError(refused, 409, "NotEmpty", null);
        assertThat(JSON.readTree(refused.getContentAsString()).at("/responseStatus/message").asText())
                .as("other tests add users to the shared database").matches(
                        "Account 'Acme Telecom' still holds \\d+ customers and \\d+ users?; move or delete them first");
        assertThat(send(get("/accounts/" + acme), "admin").getStatus()).isEqualTo(200);

        String id = json(create("Short-lived " + UUID.randomUUID(), "admin")).get("id").asText();
        created.add(id);
        MockHttpServletResponse deleted = send(delete("/accounts/" + id), "admin");
        assertThat(deleted.getStatus()).isEqualTo(204);
        assertThat(deleted.getContentAsByteArray()).isEmpty();
        assertError(send(get("/accounts/" + id), "admin"), 404, "NotFound", null);
        assertThat(history(id)).last().asString().startsWith("deleted: Short-lived");
    }

    @Test
    void an_account_in_xml_is_in_the_accounts_namespace_with_the_entity_members_first() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        MockHttpServletResponse response = send(get("/accounts/" + acme + ".xml"), "manager");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><AccountInfo xmlns:i=\"http://www.w3.org"
                + "/2001/XMLSchema-instance\" xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Accounts\">"
                + "<CreatedBy xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api\">");
        assertThat(xml).contains("<Name>Acme Telecom</Name>", "<ParentAccountId i:nil=\"true\"", "<AncestorIds",
                "<MaxPhoneNumbers i:nil=\"true\"", "<BillingSettings>", "<Base>");
        assertThat(xml.indexOf("<AncestorIds")).isLessThan(xml.indexOf("<BillingSettings"));

        MockHttpServletResponse predefined = send(post("/json/reply/ListAccounts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameFilter\": \"acme\"}"), "manager");
        assertThat(names(predefined)).containsExactly("Acme Telecom");
    }

    @Test
    void the_metadata_page_names_the_role_an_account_change_requires() throws Exception {
        String page = send(get("/json/metadata?op=NewAccount"), "manager").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<th>Requires any of the roles:</th><td>SystemAdministrator</td>",
                "<th>POST</th><td>/accounts</td>");
        String list = send(get("/json/metadata?op=ListAccounts"), "manager").getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("SystemAdministrator, Manager, Customer", "<tr><td>nameFilter</td><td>query</td>",
                "<tr><td>countPerPage</td><td>query</td>");
    }

    private MockHttpServletResponse list(String user) throws Exception {
        return send(get("/accounts"), user);
    }

    private MockHttpServletResponse create(String name, String user) throws Exception {
        return send(post("/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("name", name))), user);
    }

    private MockHttpServletResponse patchJson(String id, String body) throws Exception {
        return send(patch("/accounts/" + id).contentType(MediaType.APPLICATION_JSON).content(body), "admin");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, username))).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> names(MockHttpServletResponse response) throws Exception {
        List<String> names = new ArrayList<>();
        json(response).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long count(String name) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE name = ?", Long.class, name);
        return n == null ? 0 : n;
    }

    private List<String> history(String accountId) {
        return jdbc.query("SELECT field, old_value, new_value FROM account_change WHERE account_id = ? ORDER BY id",
                (rs, n) -> rs.getString(1) + ": " + rs.getString(2) + " -> " + rs.getString(3), accountId);
    }
}
