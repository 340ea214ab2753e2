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
import com.switchboard.customer.Customer;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.NewCustomer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** NewCustomer, PatchCustomer and DeleteCustomer on the wire, on every route family, in JSON and XML. */
@IntegrationTest
class CustomerWriteApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NS = " xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\"";

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired CustomerRepository customers;
    @Autowired CustomerEditing editing;
    @Autowired JdbcTemplate jdbc;

    private final List<String> made = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeWhatTheTestMade() {
        demo.signOut();
        List<String> ids = new ArrayList<>(made);
        Collections.reverse(ids);
        for (String id : ids) {
            jdbc.update("DELETE FROM customer WHERE parent_customer_id = ?", id);
            jdbc.update("DELETE FROM customer WHERE id = ?", id);
        }
    }

    // ---- NewCustomer -----------------------------------------------------------------------------

    @Test
    void new_customer_in_json_on_the_custom_route_answers_200_with_the_customer() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        String parent = demo.id(Demo.PARENT_OF_OWN);
        String name = unique("Acme Dental Midtown");
        MockHttpServletResponse response = send(post("/customers").contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\":\"" + acme + "\",\"name\":\"" + name + "\",\"parentCustomerId\":\"" + parent
                        + "\",\"referenceId\":\"MID-1\",\"data\":{\"plan\":{\"stringValue\":\"gold\"}}}"), "manager");

        assertThat(response.getStatus()).as("ServiceStack answers a POST returning a DTO with 200").isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode info = JSON.readTree(response.getContentAsString());
        made.add(info.get("id").asText());
        assertThat(info.get("name").asText()).isEqualTo(name);
        assertThat(info.get("accountId").asText()).isEqualTo(acme);
        assertThat(info.get("parentCustomerId").asText()).isEqualTo(parent);
        assertThat(info.get("referenceId").asText()).isEqualTo("MID-1");
        assertThat(info.get("data").get("plan").get("stringValue").asText()).isEqualTo("gold");
        assertThat(info.get("breadcrumb").get(1).get("name").asText()).isEqualTo(name);
        assertThat(info.get("createdBy").asText()).isEqualTo("manager");

        Customer stored = customers.findById(info.get("id").asText()).orElseThrow();
        assertThat(stored.getPath()).endsWith("/" + parent + "/" + stored.getId() + "/");
        assertThat(jdbc.queryForList("SELECT channel FROM customer_change WHERE customer_id = ?", String.class,
                stored.getId())).isNotEmpty().containsOnly("API");
    }

    @Test
    void new_customer_in_xml_and_on_every_predefined_route() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        String xmlName = unique("Xml Co");
        MockHttpServletResponse xml = send(post("/customers").contentType(MediaType.APPLICATION_XML)
                .accept(MediaType.APPLICATION_XML).content("<NewCustomer" + NS + "><AccountId>" + acme
                        + "</AccountId><Name>" + xmlName + "</Name><ParentCustomerId i:nil=\"true\"/></NewCustomer>"),
                "manager");
        assertThat(xml.getStatus()).isEqualTo(200);
        String body = xml.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><CustomerInfo")
                .contains("<Name>" + xmlName + "</Name>", "<ParentCustomerId i:nil=\"true\" />");
        made.add(demo.id(xmlName));

        String viaApi = unique("Api Co");
        MockHttpServletResponse api = send(post("/api/NewCustomer")
                .content("{\"accountId\":\"" + acme + "\",\"name\":\"" + viaApi + "\"}"), "manager");
        assertThat(api.getStatus()).as("/api/ reads JSON without a Content-Type").isEqualTo(200);
        made.add(JSON.readTree(api.getContentAsString()).get("id").asText());

        String viaJsonReply = unique("Json Reply Co");
        MockHttpServletResponse jsonReply = send(post("/json/reply/NewCustomer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountId\":\"" + acme + "\",\"name\":\"" + viaJsonReply + "\"}"), "admin");
        assertThat(jsonReply.getStatus()).isEqualTo(200);
        made.add(JSON.readTree(jsonReply.getContentAsString()).get("id").asText());

        String viaXmlReply = unique("Xml Reply Co");
        MockHttpServletResponse xmlReply = send(post("/xml/reply/NewCustomer").contentType(MediaType.APPLICATION_XML)
                .content("<NewCustomer" + NS + "><AccountId>" + acme + "</AccountId><Name>" + viaXmlReply
                        + "</Name></NewCustomer>"), "manager");
        assertThat(xmlReply.getStatus()).isEqualTo(200);
        assertThat(xmlReply.getContentAsString()).contains("<Name>" + viaXmlReply + "</Name>");
        made.add(demo.id(viaXmlReply));
    }

    @Test
    void new_customer_refusals_name_the_field_and_create_nothing() throws Exception {
        String acme = demo.accountId("Acme Telecom");
        String globex = demo.accountId("Globex Voice");
        long before = count();

        assertError(create("{\"accountId\":\"" + acme + "\"}", "manager"), 400, "Invalid", "Name");
        assertError(create("{\"name\":\"Nobody\"}", "manager"), 400, "Invalid", "AccountId");
        assertError(create("{\"accountId\":\"" + globex + "\",\"name\":\"Elsewhere\"}", "manager"), 400, "Invalid",
                "AccountId");
        assertError(create("{\"accountId\":\"no-such-account\",\"name\":\"Nowhere\"}", "manager"), 400, "Invalid",
                "AccountId");
        assertError(create("{\"accountId\":\"" + acme + "\",\"name\":\"Dup\",\"referenceId\":\"acme-1001\"}",
                "manager"), 400, "Invalid", "ReferenceId");
        assertError(create("{\"accountId\":\"" + acme + "\",\"name\":\"Under Globex\",\"parentCustomerId\":\""
                + demo.id(Demo.GLOBEX) + "\"}", "manager"), 400, "Invalid", "ParentCustomerId");
        MockHttpServletResponse several = create("{\"accountId\":\"" + acme + "\",\"name\":\"\",\"referenceId\":"
                + "\"ACME-1002\",\"data\":{\"ok\":{}}}", "manager");
        assertError(several, 400, "Invalid", "Name");
        List<String> fields = new ArrayList<>();
        JSON.readTree(several.getContentAsString()).get("responseStatus").get("errors")
                .forEach(e -> fields.add(e.get("fieldName").asText()));
        assertThat(fields).containsExactly("Name", "ReferenceId", "Data");
        assertError(create("{\"accountId\":\"" + acme + "\",\"name\":\"Mine\"}", "customer"), 403, "Forbidden", null);
        assertError(create("{\"accountId\":\"" + acme + "\",\"name\":\"Bad data\",\"data\":{\"1x\":{\"stringValue\":"
                + "\"a\"}}}", "manager"), 400, "Invalid", "Data");

        assertThat(count()).isEqualTo(before);
    }

    // ---- PatchCustomer -----------------------------------------------------------------------------

    @Test
    void a_patch_changes_only_the_members_it_carries() throws Exception {
        String id = make(Demo.PARENT_OF_OWN, "REF-P1");
        String healthcare = tagId("Healthcare");
        String vip = tagId("VIP");
        String url = "/customers/" + id;

        JsonNode renamed = patchJson(url, "{\"name\":\"" + unique("Renamed") + "\"}");
        assertThat(renamed.get("referenceId").asText()).as("absent: kept").isEqualTo("REF-P1");
        assertThat(renamed.get("parentCustomerId").asText()).isEqualTo(demo.id(Demo.PARENT_OF_OWN));
        assertThat(renamed.get("data").get("plan").get("stringValue").asText()).isEqualTo("gold");
        assertThat(history(id, "name")).isEqualTo(1);

        JsonNode tagged = patchJson(url, "{\"tagIds\":[\"" + healthcare + "\",\"" + vip + "\"]}");
        assertThat(tagNames(tagged)).containsExactlyInAnyOrder("Healthcare", "VIP");
        JsonNode untouched = patchJson(url, "{\"referenceId\":\"REF-P2\"}");
        assertThat(tagNames(untouched)).as("tagIds absent: kept").containsExactlyInAnyOrder("Healthcare", "VIP");
        assertThat(untouched.get("referenceId").asText()).isEqualTo("REF-P2");
        JsonNode replaced = patchJson(url, "{\"tagIds\":[\"" + vip + "\"]}");
        assertThat(tagNames(replaced)).containsExactly("VIP");
        JsonNode cleared = patchJson(url, "{\"tagIds\":[]}");
        assertThat(cleared.get("tags")).isEmpty();
        assertThat(history(id, "tags")).isEqualTo(3);

        JsonNode nulls = patchJson(url, "{\"referenceId\":null,\"data\":null,\"parentCustomerId\":null}");
        assertThat(nulls.has("referenceId")).as("null: cleared").isFalse();
        assertThat(nulls.has("data")).isFalse();
        assertThat(nulls.has("parentCustomerId")).as("null parent: moved to the top").isFalse();
        assertThat(customers.findById(id).orElseThrow().getPath()).isEqualTo("/" + id + "/");
        assertThat(nulls.get("name").asText()).startsWith("Renamed");

        long rows = historyRows(id);
        long version = customers.findById(id).orElseThrow().getVersion();
        JsonNode nothing = patchJson(url, "{}");
        assertThat(nothing.get("id").asText()).isEqualTo(id);
        assertThat(historyRows(id)).as("nothing sent, nothing changed").isEqualTo(rows);
        assertThat(customers.findById(id).orElseThrow().getVersion()).isEqualTo(version);

        JsonNode billing = patchJson(url, "{\"overrideBillingSettings\":true,\"billingSettings\":{\"base\":"
                + "{\"baseCost\":12.5}},\"overrideAppSettings\":true,\"appSettings\":{\"pageTitle\":\"Portal\"},"
                + "\"schedule\":{\"timeZoneId\":\"America/New_York\",\"defaultState\":\"Open\",\"rules\":[]}}");
        assertThat(billing.get("billingSettings").get("base").get("baseCost").asDouble()).isEqualTo(12.5);
        assertThat(billing.get("appSettings").get("pageTitle").asText()).isEqualTo("Portal");
        assertThat(billing.get("schedule").get("defaultState").asText()).isEqualTo("Open");
        assertThat(jdbc.queryForList("SELECT DISTINCT channel FROM customer_change WHERE customer_id = ? "
                + "AND changed_by = 'manager'", String.class, id)).containsExactly("API");
    }

    @Test
    void an_invalid_patch_names_every_field_and_changes_nothing() throws Exception {
        String id = make(Demo.PARENT_OF_OWN, "REF-V1");
        Customer before = customers.findById(id).orElseThrow();
        long rows = historyRows(id);

        MockHttpServletResponse response = send(patch("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\" \",\"referenceId\":\"ACME-1001\",\"tagIds\":[\"no-such-tag\"]}"), "manager");
        assertError(response, 400, "Invalid", "Name");
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getContentAsString()).get("responseStatus").get("errors")
                .forEach(e -> fields.add(e.get("fieldName").asText()));
        assertThat(fields).containsExactly("Name", "ReferenceId", "TagIds");

        assertError(send(patch("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"overrideBillingSettings\":null}"), "manager"), 400, "Invalid", "OverrideBillingSettings");
        assertError(send(patch("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"another\",\"name\":\"x\"}"), "manager"), 400, "NotEqual", "CustomerId");
        assertError(send(patch("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tagIds\":\"nope\"}"), "manager"), 400, "SerializationException", "TagIds");

        Customer after = customers.findById(id).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(historyRows(id)).isEqualTo(rows);
    }

    @Test
    void a_patch_in_xml_and_on_every_predefined_route() throws Exception {
        String id = make(Demo.PARENT_OF_OWN, "REF-X1");
        String vip = tagId("VIP");
        editingAs("admin", () -> editing.patch(id, e -> new com.switchboard.customer.CustomerEdit(e.name(),
                e.referenceId(), e.parentCustomerId(), Set.of(vip), e.data(), e.integrationData(),
                e.overrideBillingSettings(), e.billingSettings(), e.overrideAppSettings(), e.appSettings(),
                e.schedule()), Channel.UI));

        MockHttpServletResponse xml = send(patch("/customers/" + id).contentType(MediaType.APPLICATION_XML)
                .accept(MediaType.APPLICATION_XML).content("<PatchCustomer" + NS + "><Name>Xml Patched " + id
                        + "</Name><ReferenceId i:nil=\"true\"/></PatchCustomer>"), "manager");
        assertThat(xml.getStatus()).isEqualTo(200);
        assertThat(xml.getContentAsString()).contains("<Name>Xml Patched " + id + "</Name>",
                "<ReferenceId i:nil=\"true\" />", "<d2p1:Name>VIP</d2p1:Name>");

        assertThat(JSON.readTree(send(patch("/api/PatchCustomer").content("{\"customerId\":\"" + id
                + "\",\"referenceId\":\"REF-X2\"}"), "manager").getContentAsString()).get("referenceId").asText())
                .isEqualTo("REF-X2");
        assertThat(JSON.readTree(send(post("/json/reply/PatchCustomer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"" + id + "\",\"referenceId\":\"REF-X3\"}"), "manager")
                .getContentAsString()).get("referenceId").asText()).isEqualTo("REF-X3");
        assertThat(send(post("/xml/reply/PatchCustomer").contentType(MediaType.APPLICATION_XML)
                .content("<PatchCustomer" + NS + "><CustomerId>" + id + "</CustomerId><ReferenceId>REF-X4"
                        + "</ReferenceId></PatchCustomer>"), "manager").getContentAsString())
                .contains("<ReferenceId>REF-X4</ReferenceId>", "<d2p1:Name>VIP</d2p1:Name>");
        assertThat(customers.findById(id).orElseThrow().getTagIds()).containsExactly(vip);
    }

    @Test
    void a_patch_out_of_reach_is_404_and_a_forbidden_section_403_and_both_change_nothing() throws Exception {
        Customer foreign = demo.customer(Demo.GLOBEX);
        assertError(send(patch("/customers/" + foreign.getId()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Taken over\"}"), "manager"), 404, "NotFound", null);
        assertError(send(patch("/customers/no-such-id").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ghost\"}"), "manager"), 404, "NotFound", null);
        Customer own = demo.customer(Demo.OWN);
        assertError(send(patch("/customers/" + own.getId()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Moved\",\"parentCustomerId\":null}"), "customer"), 403, "Forbidden", null);

        assertThat(customers.findById(foreign.getId()).orElseThrow().getVersion()).isEqualTo(foreign.getVersion());
        Customer ownAfter = customers.findById(own.getId()).orElseThrow();
        assertThat(ownAfter.getVersion()).isEqualTo(own.getVersion());
        assertThat(ownAfter.getName()).isEqualTo(Demo.OWN);
    }

    // ---- DeleteCustomer ----------------------------------------------------------------------------

    @Test
    void delete_answers_204_without_a_body_on_every_route_and_keeps_the_history() throws Exception {
        String custom = make(Demo.PARENT_OF_OWN, null);
        MockHttpServletResponse response = send(delete("/customers/" + custom), "manager");
        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(customers.findById(custom)).isEmpty();
        assertThat(jdbc.queryForList("SELECT field FROM customer_change WHERE customer_id = ? ORDER BY id",
                String.class, custom)).containsExactly("created", "data", "deleted");

        String api = make(Demo.PARENT_OF_OWN, null);
        assertThat(send(delete("/api/DeleteCustomer?customerId=" + api), "manager").getStatus()).isEqualTo(204);
        String jsonReply = make(Demo.PARENT_OF_OWN, null);
        assertThat(send(post("/json/reply/DeleteCustomer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"" + jsonReply + "\"}"), "manager").getStatus()).isEqualTo(204);
        String xmlReply = make(Demo.PARENT_OF_OWN, null);
        assertThat(send(post("/xml/reply/DeleteCustomer").contentType(MediaType.APPLICATION_XML)
                .content("<DeleteCustomer" + NS + "><CustomerId>" + xmlReply + "</CustomerId></DeleteCustomer>"),
                "manager").getStatus()).isEqualTo(204);
        assertThat(customers.findAllById(List.of(api, jsonReply, xmlReply))).isEmpty();
    }

    @Test
    void delete_of_a_customer_with_children_is_409_and_out_of_reach_404_and_changes_nothing() throws Exception {
        Customer parent = demo.customer(Demo.PARENT_OF_OWN);
        long rows = historyRows(parent.getId());
        MockHttpServletResponse json = send(delete("/customers/" + parent.getId()), "manager");
        assertError(json, 409, "HasChildren", null);
        assertThat(JSON.readTree(json.getContentAsString()).get("responseStatus").get("message").asText())
                .contains("has 2 children");
        MockHttpServletResponse xml = send(delete("/customers/" + parent.getId() + ".xml"), "manager");
        assertError(xml, 409, "HasChildren", null);
        assertThat(xml.getContentType()).startsWith("application/xml");

        assertError(send(delete("/customers/" + demo.id(Demo.GLOBEX)), "manager"), 404, "NotFound", null);
        assertError(send(delete("/customers/no-such-id"), "manager"), 404, "NotFound", null);
        assertError(send(delete("/customers/" + demo.id(Demo.OWN)), "customer"), 403, "Forbidden", null);

        assertThat(customers.findById(parent.getId()).orElseThrow().getVersion()).isEqualTo(parent.getVersion());
        assertThat(historyRows(parent.getId())).isEqualTo(rows);
        assertThat(customers.existsById(demo.id(Demo.GLOBEX))).isTrue();
        assertThat(customers.existsById(demo.id(Demo.OWN))).isTrue();
    }

    @Test
    void delete_of_a_customer_a_portal_user_belongs_to_is_a_conflict_and_changes_nothing() throws Exception {
        String id = make(Demo.PARENT_OF_OWN, null);
        jdbc.update("INSERT INTO app_user (username, password_hash, enabled, role, customer_id, version) "
                + "VALUES (?, '{noop}x', TRUE, 'Customer', ?, 0)", "user-of-" + id, id);
        try {
            assertError(send(delete("/customers/" + id), "manager"), 409, "Conflict", null);
            assertThat(customers.findById(id)).isPresent();
            assertThat(history(id, "deleted")).isZero();
        } finally {
            jdbc.update("DELETE FROM app_user WHERE customer_id = ?", id);
        }
    }

    // ---- verbs ---------------------------------------------------------------------------------------

    @Test
    void no_operation_changes_state_on_get() throws Exception {
        Customer c = demo.customer(Demo.OWN);
        String acme = demo.accountId("Acme Telecom");
        for (String prefix : List.of("/api/", "/json/reply/", "/xml/reply/")) {
            MockHttpServletResponse response = send(get(prefix + "SetCustomerStagingMode?customerId=" + c.getId()
                    + "&isStaging=" + !c.isStaging()), "manager");
            assertError(response, 405, "NotSupported", null);
            assertThat(response.getHeader("Allow")).isEqualTo("DELETE, PATCH, POST, PUT");
            assertError(send(get(prefix + "NewCustomer?accountId=" + acme + "&name=ByGet"), "manager"), 405,
                    "NotSupported", null);
            assertError(send(get(prefix + "PatchCustomer?customerId=" + c.getId() + "&name=ByGet"), "manager"), 405,
                    "NotSupported", null);
            assertError(send(get(prefix + "DeleteCustomer?customerId=" + c.getId()), "manager"), 405,
                    "NotSupported", null);
            assertError(send(get(prefix + "TestSchedule?customerId=" + c.getId() + "&dateTime=2026-12-25T10:00"),
                    "manager"), 405, "NotSupported", null);
        }
        assertError(send(get("/customers/" + c.getId() + "/staging?isStaging=" + !c.isStaging()), "manager"), 405,
                "NotSupported", null);
        Customer after = customers.findById(c.getId()).orElseThrow();
        assertThat(after.isStaging()).isEqualTo(c.isStaging());
        assertThat(after.getVersion()).isEqualTo(c.getVersion());
        assertThat(after.getName()).isEqualTo(Demo.OWN);
        assertThat(demo.id(Demo.OWN)).isEqualTo(c.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name = 'ByGet'", Long.class)).isZero();

        assertThat(send(get("/api/GetCustomer?customerId=" + c.getId()), "manager").getStatus()).isEqualTo(200);
        assertThat(send(post("/api/GetCustomer").content("{\"customerId\":\"" + c.getId() + "\"}"), "manager")
                .getStatus()).isEqualTo(200);
        assertThat(send(get("/json/reply/GetInheritedSchedule?customerId=" + c.getId()), "manager").getStatus())
                .isEqualTo(200);
        assertThat(send(get("/xml/reply/ListCustomers?countPerPage=1"), "manager").getStatus()).isEqualTo(200);
    }

    @Test
    void x_http_method_override_turns_a_post_into_the_verb_it_names() throws Exception {
        String id = make(Demo.PARENT_OF_OWN, null);
        MockHttpServletResponse patched = send(post("/customers/" + id).header("X-Http-Method-Override", "PATCH")
                .contentType(MediaType.APPLICATION_JSON).content("{\"referenceId\":\"OVR-1\"}"), "manager");
        assertThat(patched.getStatus()).isEqualTo(200);
        assertThat(customers.findById(id).orElseThrow().getReferenceId()).isEqualTo("OVR-1");

        MockHttpServletResponse got = send(post("/customers/" + id).header("X-Http-Method-Override", "get"), "manager");
        assertThat(got.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(got.getContentAsString()).get("id").asText()).isEqualTo(id);

        Customer own = demo.customer(Demo.OWN);
        assertError(send(post("/api/SetCustomerStagingMode").header("X-Http-Method-Override", "GET")
                .contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":\"" + own.getId()
                        + "\",\"isStaging\":" + !own.isStaging() + "}"), "manager"), 405, "NotSupported", null);
        assertThat(customers.findById(own.getId()).orElseThrow().getVersion()).isEqualTo(own.getVersion());

        assertThat(send(post("/customers/" + id).header("X-Http-Method-Override", "DELETE"), "manager").getStatus())
                .isEqualTo(204);
        assertThat(customers.findById(id)).isEmpty();
        assertError(send(post("/customers/" + own.getId()).header("X-Http-Method-Override", "TRACE"), "manager"),
                405, "NotSupported", null);
    }

    @Test
    void the_api_route_reads_a_json_body_whatever_its_content_type_says() throws Exception {
        Customer c = demo.customer(Demo.CHILD_OF_OWN);
        String body = "{\"customerId\":\"" + c.getId() + "\",\"isStaging\":" + !c.isStaging() + "}";
        MockHttpServletResponse none = send(post("/api/SetCustomerStagingMode").content(body), "manager");
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(customers.findById(c.getId()).orElseThrow().isStaging()).isEqualTo(!c.isStaging());
        MockHttpServletResponse text = send(post("/api/SetCustomerStagingMode").contentType(MediaType.TEXT_PLAIN)
                .content(body.replace(":" + !c.isStaging(), ":" + c.isStaging())), "manager");
        assertThat(text.getStatus()).isEqualTo(200);
        assertThat(customers.findById(c.getId()).orElseThrow().isStaging()).isEqualTo(c.isStaging());
        assertError(send(post("/customers/" + c.getId() + "/staging").contentType(MediaType.TEXT_PLAIN)
                .content("{\"isStaging\":true}"), "manager"), 415, "UnsupportedMediaType", null);
    }

    // ---- ListCustomers parameters ------------------------------------------------------------------

    @Test
    void list_arrays_come_comma_joined_or_as_repeated_keys() throws Exception {
        String dental = demo.id(Demo.PARENT_OF_OWN);
        String cobalt = demo.id(Demo.OTHER_ACME);
        List<String> comma = names("/customers?shallowParent=true&parentCustomerIds=" + dental + "," + cobalt);
        List<String> repeated = names("/customers?shallowParent=true&parentCustomerIds=" + dental
                + "&parentCustomerIds=" + cobalt);
        List<String> brackets = names("/customers?shallowParent=true&parentCustomerIds[]=" + dental
                + "&parentCustomerIds[]=" + cobalt);
        assertThat(comma).containsExactly("Acme Dental Downtown", "Acme Dental Uptown", "Cobalt Fresno Depot",
                "Cobalt Oakland Depot");
        assertThat(repeated).isEqualTo(comma);
        assertThat(brackets).isEqualTo(comma);

        String healthcare = tagId("Healthcare");
        String vip = tagId("VIP");
        assertThat(names("/customers?tagIds=" + healthcare + "," + vip)).containsExactly("Acme Dental Group");
        assertThat(names("/customers?tagIds=" + healthcare + "&tagIds=" + vip)).containsExactly("Acme Dental Group");
        String ids = "specificIds=" + dental + "&specificIds=" + cobalt;
        assertThat(names("/customers?" + ids)).containsExactly("Acme Dental Group", "Cobalt Logistics");
        assertThat(names("/customers?specificIds=" + dental + "," + cobalt + "&sortOrder=Descend"))
                .containsExactly("Cobalt Logistics", "Acme Dental Group");
        assertThat(names("/customers?" + ids + "&sortField=name&sortOrder=Ascend"))
                .containsExactly("Acme Dental Group", "Cobalt Logistics");
    }

    @Test
    void simplified_paging_skips_the_count_and_all_returns_every_match() throws Exception {
        JsonNode counted = JSON.readTree(send(get("/customers?countPerPage=2"), "customer").getContentAsString());
        assertThat(counted.get("totalCount").asInt()).isEqualTo(3);
        JsonNode first = JSON.readTree(send(get("/customers?countPerPage=2&simplifiedPaging=true"), "customer")
                .getContentAsString());
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("totalCount").asInt()).isZero();
        assertThat(first.get("totalPages").asInt()).isZero();
        assertThat(first.get("hasMorePages").asBoolean()).isTrue();
        JsonNode last = JSON.readTree(send(get("/customers?countPerPage=2&page=1&simplifiedPaging=true"), "customer")
                .getContentAsString());
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("hasMorePages").asBoolean()).isFalse();
        JsonNode all = JSON.readTree(send(get("/customers?all=true&countPerPage=1"), "customer").getContentAsString());
        assertThat(all.get("items")).hasSize(3);
        assertThat(all.get("hasMorePages").asBoolean()).isFalse();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, username))).andReturn().getResponse();
    }

    private MockHttpServletResponse create(String json, String username) throws Exception {
        return send(post("/customers").contentType(MediaType.APPLICATION_JSON).content(json), username);
    }

    private JsonNode patchJson(String url, String json) throws Exception {
        MockHttpServletResponse response = send(patch(url).contentType(MediaType.APPLICATION_JSON).content(json),
                "manager");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    /** A new customer under {@code parentName}, with data {@code plan: gold}, made through the service. */
    private String make(String parentName, String referenceId) {
        String parent = demo.id(parentName);
        String account = customers.findById(parent).orElseThrow().getAccountId();
        CustomerDetails created = editingAs("admin", () -> editing.create(new NewCustomer(account, parent,
                unique("Made"), referenceId, new com.switchboard.customer.CustomerData(Map.of("plan",
                        com.switchboard.base.domain.DataValue.of("gold")))), Channel.UI));
        made.add(created.id());
        return created.id();
    }

    private <T> T editingAs(String user, java.util.function.Supplier<T> action) {
        demo.signIn(user);
        try {
            return action.get();
        } finally {
            demo.signOut();
        }
    }

    private String tagId(String name) {
        return jdbc.queryForObject("SELECT t.id FROM tag t JOIN account a ON a.id = t.account_id "
                + "WHERE t.name = ? AND a.name = 'Acme Telecom'", String.class, name);
    }

    private List<String> names(String url) throws Exception {
        JsonNode page = JSON.readTree(send(get(url), "manager").getContentAsString());
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> tagNames(JsonNode info) {
        List<String> names = new ArrayList<>();
        info.get("tags").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private long history(String id, String field) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_id = ? AND field = ?",
                Long.class, id, field);
    }

    private long historyRows(String id) {
        return demo.historyRows(id);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
    }

    private String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
