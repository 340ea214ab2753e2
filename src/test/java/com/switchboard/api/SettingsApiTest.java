package com.switchboard.api;

import static com.switchboard.api.StagingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An account's settings on the wire: the tag catalogue and the customer-fields schema, their shape in
 * JSON and XML, tags replaced as a list, the schema's rules and the data held to it, and who may do
 * what. Each test works in an account of its own, with a manager and a customer user of its own.
 */
@IntegrationTest
class SettingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Settings-pass-1";

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    private String account;
    private String manager;
    private String customerUser;
    private String customerId;

    @BeforeEach
    void anAccountOfItsOwn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        account = json(send(post("/accounts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Settings " + suffix + "\"}"), "admin")).get("id").asText();
        customerId = json(send(post("/customers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\": \"" + account + "\", \"name\": \"Settings customer " + suffix + "\"}"),
                "admin")).get("id").asText();
        manager = "settings-manager-" + suffix;
        customerUser = "settings-customer-" + suffix;
        String hash = passwords.encode(PASSWORD);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, version) VALUES (?, ?, TRUE, 'Manager', 0)",
                manager, hash);
        jdbc.update("INSERT INTO app_user_account (app_user, account_id) SELECT id, ? FROM app_user WHERE username = ?",
                account, manager);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, customer_id, version) "
                + "VALUES (?, ?, TRUE, 'Customer', ?, 0)", customerUser, hash, customerId);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", manager, customerUser);
        jdbc.update("DELETE FROM customer WHERE account_id = ?", account);
        jdbc.update("DELETE FROM tag WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account WHERE id = ?", account);
    }

    // ---- the wire ------------------------------------------------------------------------------------

    @Test
    void settings_read_and_write_in_json_and_xml_on_the_route_and_the_predefined_routes() throws Exception {
        JsonNode empty = json(send(get("/system/settings?accountId=" + account), manager));
        assertThat(empty.get("tags").size()).isZero();
        assertThat(empty.get("customerFields").size()).isZero();
        assertThat(empty.get("id").asText()).isEqualTo(account);

        JsonNode patched = json(patchSettings(manager, Map.of("tags", List.of(tag(null, "VIP", "Gold")),
                "customerFields", List.of(field("plan", "String", Map.of("displayName", "Plan", "isRequired", true,
                        "possibleValues", List.of("gold", "silver"), "defaultValue", Map.of("stringValue", "silver"),
                        "showInGrid", true, "description", "The customer's plan"))))));
        JsonNode tag = patched.get("tags").get(0);
        assertThat(names(tag)).containsExactly("id", "name", "color");
        assertThat(tag.get("color").asText()).isEqualTo("Gold");
        JsonNode plan = patched.get("customerFields").get(0);
        assertThat(names(plan)).containsExactly("name", "displayName", "type", "description", "isRequired",
                "defaultValue", "showInGrid", "possibleValues");
        assertThat(plan.get("type").asText()).isEqualTo("String");
        assertThat(plan.get("defaultValue").get("stringValue").asText()).isEqualTo("silver");
        assertThat(plan.get("possibleValues").toString()).isEqualTo("[\"gold\",\"silver\"]");

        assertThat(json(send(get("/json/reply/GetSystemSettings?accountId=" + account), customerUser)))
                .isEqualTo(patched);
        assertThat(json(send(get("/api/GetSystemSettings?accountId=" + account), "admin"))).isEqualTo(patched);

        String xml = send(get("/system/settings.xml?accountId=" + account), manager)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<SystemSettingsInfo", "xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Settings\"",
                "<CustomerFields><CustomerDataField>", "<IsRequired>true</IsRequired>", "<Name>plan</Name>",
                "<PossibleValues xmlns:d", "<Type>String</Type>", "<Tags><Tag>", "<Color>Gold</Color>",
                "<Name>VIP</Name>");

        // the platform's CLI sends the patch to the pre-defined route; XML works there too
        MockHttpServletResponse viaReply = send(patch("/json/reply/PatchSystemSettings")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("accountId", account,
                        "tags", List.of(tag(tag.get("id").asText(), "VIP", "Purple"))))), manager);
        assertThat(json(viaReply).get("tags").get(0).get("color").asText()).isEqualTo("Purple");
        assertThat(json(viaReply).get("customerFields")).as("a list the patch does not carry stays")
                .isEqualTo(patched.get("customerFields"));
        String xmlPatch = send(patch("/xml/reply/PatchSystemSettings").contentType(MediaType.APPLICATION_XML)
                .accept(MediaType.APPLICATION_XML).content("""
                        <PatchSystemSettings xmlns:i="http://www.w3.org/2001/XMLSchema-instance"
                            xmlns="http://schemas.datacontract.org/2004/07/Voice.Api.Settings">
                          <AccountId>%s</AccountId>
                          <Tags><Tag><Color>Lime</Color><Name>Renewal</Name></Tag></Tags>
                        </PatchSystemSettings>""".formatted(account)), manager).getContentAsString(StandardCharsets.UTF_8);
        assertThat(xmlPatch).contains("<Name>Renewal</Name>", "<Color>Lime</Color>").doesNotContain("VIP");

        assertError(send(get("/system/settings"), manager), 400, "Invalid", "AccountId");
        assertError(send(get("/json/reply/PatchSystemSettings?accountId=" + account), manager), 405, "NotSupported", null);
    }

    @Test
    void the_metadata_page_is_generated_from_the_declaration() throws Exception {
        String page = send(get("/json/metadata?op=PatchSystemSettings"), manager).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("SystemAdministrator, Manager, Customer", "<th>PATCH</th><td>/system/settings</td>",
                "customerFields", "possibleValues");
    }

    // ---- tags as a list ------------------------------------------------------------------------------

    @Test
    void patching_tags_replaces_the_catalogue_and_takes_deleted_tags_off_customers_with_history() throws Exception {
        JsonNode start = json(patchSettings(manager, Map.of("tags", List.of(tag(null, "Alpha", "Gold"),
                tag(null, "Beta", "Red"), tag(null, "Gamma", "Blue")))));
        String alpha = idOf(start, "Alpha");
        String beta = idOf(start, "Beta");
        String gamma = idOf(start, "Gamma");
        json(send(patch("/customers/" + customerId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tagIds\": [\"" + alpha + "\", \"" + gamma + "\"]}"), manager));
        long historyBefore = demo.historyRows(customerId);

        JsonNode replaced = json(patchSettings(manager, Map.of("tags", List.of(tag(alpha, "Alpha prime", "Green"),
                tag(beta, "Beta", "Red"), tag("no-such-tag-id", "Delta", "Lime"), tag(null, "Epsilon", "Cyan")))));

        assertThat(replaced.findValuesAsText("name")).containsExactly("Alpha prime", "Beta", "Delta", "Epsilon");
        assertThat(idOf(replaced, "Alpha prime")).isEqualTo(alpha);
        assertThat(idOf(replaced, "Beta")).isEqualTo(beta);
        assertThat(idOf(replaced, "Delta")).isNotEqualTo("no-such-tag-id");
        assertThat(replaced.get("tags").get(0).get("color").asText()).isEqualTo("Green");
        JsonNode customer = json(send(get("/customers/" + customerId), manager));
        assertThat(customer.get("tags").findValuesAsText("id")).containsExactly(alpha);
        assertThat(demo.historyRows(customerId)).isEqualTo(historyBefore + 1);
        assertThat(jdbc.queryForMap("SELECT channel, old_value, new_value FROM customer_change WHERE customer_id = ? "
                + "AND field = 'tags' ORDER BY id DESC LIMIT 1", customerId))
                .containsEntry("channel", "API").containsEntry("old_value", "Alpha, Gamma").containsEntry("new_value", "Alpha");
        assertThat(jdbc.queryForObject("SELECT new_value FROM account_change WHERE account_id = ? AND field = 'tags' "
                + "ORDER BY id DESC LIMIT 1", String.class, account))
                .isEqualTo("Alpha prime (Green), Beta (Red), Delta (Lime), Epsilon (Cyan)");

        JsonNode swapped = json(patchSettings(manager, Map.of("tags", List.of(tag(alpha, "Beta", "Green"),
                tag(beta, "Alpha prime", "Red")))));
        assertThat(idOf(swapped, "Beta")).as("two tags may swap names").isEqualTo(alpha);
        assertThat(idOf(swapped, "Alpha prime")).isEqualTo(beta);

        assertThat(json(patchSettings(manager, Map.of("tags", List.of()))).get("tags").size()).isZero();
        assertThat(json(send(get("/customers/" + customerId), manager)).get("tags").size()).isZero();
    }

    @Test
    void invalid_tags_are_all_named_and_change_nothing() throws Exception {
        JsonNode start = json(patchSettings(manager, Map.of("tags", List.of(tag(null, "Keep", "Gold")))));
        String keep = idOf(start, "Keep");
        Map<String, Object> noColour = new LinkedHashMap<>();
        noColour.put("name", "Colourless");
        MockHttpServletResponse refused = patchSettings(manager, Map.of("tags", List.of(tag(keep, "Keep", "Red"),
                tag(null, "KEEP", "Blue"), tag(null, "  ", "Blue"), noColour, tag(null, "x".repeat(101), "Blue"))));
        assertError(refused, 400, "Invalid", "Tags[1].Name");
        assertThat(fieldNames(refused)).containsExactly("Tags[1].Name", "Tags[2].Name", "Tags[3].Color", "Tags[4].Name");
        assertError(patchSettings(manager, Map.of("tags", List.of(tag(null, "Bell\u0007", "Blue")))), 400, "Invalid",
                "Tags[0].Name");
        assertThat(json(send(get("/system/settings?accountId=" + account), manager)).get("tags"))
                .isEqualTo(start.get("tags"));
        assertThat(idOf(start, "Keep")).isEqualTo(keep);

        assertError(patchSettings(manager, Map.of("tags", List.of(Map.of("name", "x", "color", "Chartreuse")))), 400,
                "SerializationException", null);
    }

    // ---- the schema -----------------------------------------------------------------------------------

    @Test
    void the_schema_is_validated_member_by_member_and_a_refusal_changes_nothing() throws Exception {
        JsonNode start = json(patchSettings(manager, Map.of("customerFields", List.of(field("seats", "Number", Map.of())))));
        MockHttpServletResponse refused = patchSettings(manager, Map.of("customerFields", List.of(
                field("1st", "String", Map.of()),
                field("plan", "String", Map.of()),
                field("PLAN", "String", Map.of()),
                field("seats", "Number", Map.of("possibleValues", List.of("1", "2"))),
                field("vip", "Boolean", Map.of("defaultValue", Map.of("stringValue", "yes"))),
                field("tier", "String", Map.of("possibleValues", List.of("a", "b"), "defaultValue", Map.of("stringValue", "c"))),
                field("renews", "Date", Map.of("defaultValue", Map.of("stringValue", "2026-02-30"))),
                field("label", "String", Map.of("displayName", "\u200b\u200b")),
                field("tags2", "String", Map.of("possibleValues", List.of("a", "a"))),
                Map.of("name", "untyped"))));
        assertThat(fieldNames(refused)).containsExactly("CustomerFields[0].Name", "CustomerFields[2].Name",
                "CustomerFields[3].PossibleValues", "CustomerFields[4].DefaultValue", "CustomerFields[5].DefaultValue",
                "CustomerFields[6].DefaultValue", "CustomerFields[7].DisplayName", "CustomerFields[8].PossibleValues",
                "CustomerFields[9].Type");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertError(patchSettings(manager, Map.of("customerFields", List.of(field("x", "Colour", Map.of())))), 400,
                "SerializationException", null);
        assertError(patchSettings(manager, Map.of("customerFields", List.of(field("label", "String",
                Map.of("description", "Bell\u0007"))))), 400, "Invalid", "CustomerFields[0].Description");
        assertThat(json(send(get("/system/settings?accountId=" + account), manager))).isEqualTo(start);
    }

    @Test
    void new_and_patched_customers_data_is_held_to_the_schema_and_undefined_members_stay_free() throws Exception {
        json(patchSettings(manager, Map.of("customerFields", List.of(
                field("plan", "String", Map.of("isRequired", true, "possibleValues", List.of("gold", "silver"))),
                field("seats", "Number", Map.of()),
                field("renews", "Date", Map.of()),
                field("vip", "Boolean", Map.of("defaultValue", Map.of("boolValue", false)))))));

        assertError(newCustomer(Map.of("notes", Map.of("stringValue", "free"))), 400, "Invalid", "Data.plan");
        assertError(newCustomer(Map.of("plan", Map.of("stringValue", "bronze"))), 400, "Invalid", "Data.plan");
        MockHttpServletResponse wrongTypes = newCustomer(Map.of("plan", Map.of("stringValue", "gold"),
                "seats", Map.of("stringValue", "ten"), "renews", Map.of("stringValue", "2026-13-01"),
                "vip", Map.of("numberValue", 1)));
        assertThat(fieldNames(wrongTypes)).containsExactly("Data.seats", "Data.renews", "Data.vip");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE account_id = ?", Long.class, account))
                .isEqualTo(1);

        JsonNode created = json(newCustomer(Map.of("plan", Map.of("stringValue", "gold"), "seats", Map.of("numberValue", 12),
                "renews", Map.of("stringValue", "2027-01-31"), "notes", Map.of("stringValue", "free-form"))));
        assertThat(created.get("data").get("vip").get("boolValue").asBoolean()).as("the default is filled in").isFalse();
        assertThat(created.get("data").get("notes").get("stringValue").asText()).isEqualTo("free-form");
        String id = created.get("id").asText();

        long history = demo.historyRows(id);
        assertError(send(patch("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Renamed\", \"data\": {\"plan\": {\"stringValue\": \"bronze\"}}}"), manager),
                400, "Invalid", "Data.plan");
        assertThat(demo.historyRows(id)).isEqualTo(history);
        assertThat(json(send(get("/customers/" + id), manager)).get("data")).isEqualTo(created.get("data"));

        // the customer made before the schema lacks the required member: changes elsewhere still save
        JsonNode renamed = json(send(patch("/customers/" + customerId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Older customer\"}"), manager));
        assertThat(renamed.get("name").asText()).isEqualTo("Older customer");
    }

    // ---- who may --------------------------------------------------------------------------------------

    @Test
    void access_matrix_every_role_on_its_own_and_another_account() throws Exception {
        String globex = demo.accountId("Globex Voice");
        JsonNode globexBefore = json(send(get("/system/settings?accountId=" + globex), "admin"));
        Map<String, Object> change = Map.of("tags", List.of(tag(null, "Taken over", "Red")));

        // reads: everyone who sees the account; out of reach is not found
        for (String reader : List.of("admin", manager, customerUser)) {
            assertThat(send(get("/system/settings?accountId=" + account), reader).getStatus()).as(reader).isEqualTo(200);
        }
        for (String outsider : List.of("globex", "manager", "customer")) {
            assertError(send(get("/system/settings?accountId=" + account), outsider), 404, "NotFound", null);
        }
        assertError(send(get("/system/settings?accountId=" + globex), manager), 404, "NotFound", null);
        assertError(send(get("/system/settings?accountId=" + globex), customerUser), 404, "NotFound", null);
        assertError(send(get("/system/settings?accountId=no-such-account"), "admin"), 404, "NotFound", null);

        // writes: the customer user is refused on its own account, outsiders do not find it
        assertError(patchSettings(customerUser, change), 403, "Forbidden", null);
        for (String outsider : List.of("globex", "manager", "customer")) {
            assertError(patchSettings(outsider, change), 404, "NotFound", null);
        }
        assertThat(json(send(get("/system/settings?accountId=" + account), "admin")).get("tags").size())
                .as("refused means nothing changed").isZero();
        for (String user : List.of(manager, customerUser)) {
            MockHttpServletResponse refused = send(patch("/system/settings").contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(Map.of("accountId", globex, "tags", List.of())))
                    .header("Accept", "application/json"), user);
            assertError(refused, 404, "NotFound", null);
        }
        assertThat(json(send(get("/system/settings?accountId=" + globex), "admin"))).isEqualTo(globexBefore);

        assertThat(idOf(json(patchSettings(manager, change)), "Taken over")).isNotBlank();
        assertThat(idOf(json(patchSettings("admin", Map.of("tags", List.of(tag(null, "By admin", "Blue"))))),
                "By admin")).isNotBlank();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private MockHttpServletResponse patchSettings(String user, Map<String, Object> members) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(members);
        body.put("accountId", account);
        return send(patch("/system/settings").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)),
                user);
    }

    private MockHttpServletResponse newCustomer(Map<String, Object> data) throws Exception {
        return send(post("/customers").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                "accountId", account, "name", "Data " + UUID.randomUUID(), "data", data))), manager);
    }

    private static Map<String, Object> tag(String id, String name, String color) {
        Map<String, Object> tag = new LinkedHashMap<>();
        if (id != null) {
            tag.put("id", id);
        }
        tag.put("name", name);
        tag.put("color", color);
        return tag;
    }

    private static Map<String, Object> field(String name, String type, Map<String, Object> more) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        field.putAll(more);
        return field;
    }

    private static String idOf(JsonNode settings, String tagName) {
        for (JsonNode tag : settings.get("tags")) {
            if (tag.get("name").asText().equals(tagName)) {
                return tag.get("id").asText();
            }
        }
        throw new AssertionError("no tag named " + tagName + " in " + settings);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        String password = username.startsWith("settings-") ? PASSWORD : username;
        return mvc.perform(request.with(httpBasic(username, password))).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(MockHttpServletResponse response) throws Exception {
        List<String> names = new ArrayList<>();
        JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).at("/responseStatus/errors")
                .forEach(e -> names.add(e.get("fieldName").asText()));
        return names;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
