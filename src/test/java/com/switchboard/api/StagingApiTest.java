package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staging API on the wire: formats, routes, and every answer byte that callers parse. */
@IntegrationTest
class StagingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired CustomerRepository customers;

    // ---- the happy path --------------------------------------------------------------------------

    @Test
    void the_seed_xml_request_flips_and_answers_xml_of_the_seed_shape() throws Exception {
        Customer c = demo.customer(Demo.SIBLING_OF_OWN);
        boolean target = !c.isStaging();
        String body = SeedSamples.setStagingXml().replace(">String<", ">" + c.getId() + "<")
                .replace("<IsStaging>false</IsStaging>", "<IsStaging>" + target + "</IsStaging>");

        MockHttpServletResponse response = send(post("/customers/" + c.getId() + "/staging")
                .contentType(MediaType.APPLICATION_XML).accept(MediaType.APPLICATION_XML).content(body), "manager");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/xml; charset=utf-8");
        String xml = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><CustomerInfo xmlns:i=\"http://www.w3.org"
                + "/2001/XMLSchema-instance\" xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\">"
                + "<CreatedBy xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api\">system</CreatedBy>");
        assertThat(xml).contains("<IsStaging>" + target + "</IsStaging>");
        assertThat(rootMembers(xml)).isEqualTo(rootMembers(SeedSamples.customerInfoXml()));

        Customer after = customers.findById(c.getId()).orElseThrow();
        assertThat(after.isStaging()).isEqualTo(target);
        assertThat(after.getVersion()).isEqualTo(c.getVersion() + 1);
        assertThat(after.getLastModifiedBy()).isEqualTo("manager");
        assertThat(demo.historyRows(c.getId())).isPositive();
        send(post("/customers/" + c.getId() + "/staging").contentType(MediaType.APPLICATION_JSON)
                .content("{\"isStaging\":" + c.isStaging() + "}"), "manager");
    }

    @Test
    void json_answers_use_the_seed_names_and_leave_out_nulls() throws Exception {
        String id = demo.id(Demo.PARENT_OF_OWN);
        MockHttpServletResponse response = send(get("/customers/" + id), "manager");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode info = JSON.readTree(response.getContentAsString());
        assertThat(names(info)).containsExactly("accountId", "breadcrumb", "accountName", "isStaging", "name",
                "referenceId", "tags", "schedule", "integrationData", "overrideBillingSettings", "billingSettings",
                "overrideAppSettings", "appSettings", "id", "dateCreated", "dateLastModified", "createdBy",
                "lastModifiedBy");
        assertThat(info.get("dateCreated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(names(info.get("billingSettings"))).containsExactly("base", "localNumbers", "tollFreeNumbers",
                "inboundVoiceCalls", "outboundVoiceCalls", "inboundFaxes", "outboundFaxes", "inboundSmsMessages",
                "outboundSmsMessages", "aiInsights", "aiLiveMinutes");
        assertThat(names(info.get("billingSettings").get("base")))
                .containsExactly("baseCost", "rawUnitMultiplier", "unitCost", "allowance");
        assertThat(response.getContentAsString()).contains("\"baseCost\":39.2", "\"allowance\":0");
        assertThat(names(info.get("appSettings"))).contains("enablePhoneNumberManagement", "chakraTheme", "pageTitle",
                "logoutUrl").doesNotContain("customCss");
        assertThat(names(info.get("tags").get(0))).containsExactly("id", "name", "color");
        assertThat(names(info.get("breadcrumb").get(0))).containsExactly("id", "name");
        assertThat(names(info.get("integrationData").get("hubspot"))).containsExactly("thirdPartyId");
        JsonNode rule = info.get("schedule").get("rules").get(1);
        assertThat(rule.get("startTime").asText()).isEqualTo("09:00");
        assertThat(rule.get("frequency").asText()).isEqualTo("Weekly");
        assertThat(rule.get("byDay").get(0).get("dayOfWeek").asText()).isEqualTo("Monday");
        assertThat(rule.get("simpleRuleType").asText()).isEqualTo("Time");
    }

    @Test
    void xml_of_a_stored_customer_has_every_member_in_its_namespace() throws Exception {
        String id = demo.id(Demo.OWN);
        String xml = send(get("/customers/" + id + ".xml"), "customer").getContentAsString(StandardCharsets.UTF_8);

        assertThat(rootMembers(xml)).isEqualTo(rootMembers(SeedSamples.customerInfoXml()));
        assertThat(xml).contains("<ParentCustomerId>" + demo.id(Demo.PARENT_OF_OWN) + "</ParentCustomerId>");
        assertThat(xml).contains("<BillingSettings xmlns:d2p1=\"http://schemas.datacontract.org/2004/07/Voice.Api"
                + ".Accounts\" i:nil=\"true\" />");
        assertThat(xml).contains("<Data xmlns:d2p1=\"http://schemas.microsoft.com/2003/10/Serialization/Arrays\">"
                + "<d2p1:KeyValueOfstringValue><d2p1:Key>primaryContact</d2p1:Key>");
    }

    // ---- format selection ------------------------------------------------------------------------

    @Test
    void the_format_parameter_wins_then_the_suffix_then_accept_then_content_type() throws Exception {
        String id = demo.id(Demo.OWN);
        assertThat(type(get("/customers/" + id + "?format=xml").accept(MediaType.APPLICATION_JSON))).isEqualTo("xml");
        assertThat(type(get("/customers/" + id + ".json?format=xml"))).isEqualTo("xml");
        assertThat(type(get("/customers/" + id + ".xml").accept(MediaType.APPLICATION_JSON))).isEqualTo("xml");
        assertThat(type(get("/customers/" + id + ".json").accept(MediaType.APPLICATION_XML))).isEqualTo("json");
        assertThat(type(get("/customers/" + id).accept(MediaType.APPLICATION_XML))).isEqualTo("xml");
        assertThat(type(get("/customers/" + id).accept("application/json;q=0.5, application/xml;q=0.9")))
                .isEqualTo("xml");
        assertThat(type(get("/customers/" + id).accept("*/*"))).isEqualTo("json");
        assertThat(type(get("/customers/" + id)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))).isEqualTo("json");
        assertThat(type(post("/customers/" + id + "/staging").contentType(MediaType.APPLICATION_XML)
                .content("<SetCustomerStagingMode><IsStaging>false</IsStaging></SetCustomerStagingMode>")))
                .isEqualTo("xml");
        assertThat(type(post("/customers/" + id + "/staging.json").contentType(MediaType.APPLICATION_XML)
                .content("<SetCustomerStagingMode><IsStaging>false</IsStaging></SetCustomerStagingMode>")))
                .isEqualTo("json");
        assertThat(type(get("/customers/" + id))).isEqualTo("json");
    }

    // ---- pre-defined routes ----------------------------------------------------------------------

    @Test
    void the_predefined_routes_serve_the_same_operations() throws Exception {
        Customer c = demo.customer(Demo.CHILD_OF_OWN);
        MockHttpServletResponse flipped = send(post("/api/SetCustomerStagingMode")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"" + c.getId() + "\",\"isStaging\":" + !c.isStaging() + "}"), "customer");
        assertThat(flipped.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(flipped.getContentAsString()).get("isStaging").asBoolean()).isEqualTo(!c.isStaging());

        MockHttpServletResponse back = send(post("/json/reply/SetCustomerStagingMode?customerId=" + c.getId()
                + "&isStaging=" + c.isStaging()), "customer");
        assertThat(JSON.readTree(back.getContentAsString()).get("isStaging").asBoolean()).isEqualTo(c.isStaging());

        MockHttpServletResponse xml = send(get("/xml/reply/GetCustomer?customerId=" + c.getId()), "customer");
        assertThat(xml.getContentAsString()).contains("<Name>" + Demo.CHILD_OF_OWN + "</Name>");

        MockHttpServletResponse list = send(get("/api/ListCustomers?countPerPage=1"), "customer");
        JsonNode page = JSON.readTree(list.getContentAsString());
        assertThat(names(page)).containsExactly("items", "totalCount", "totalPages", "hasMorePages");
        assertThat(page.get("totalCount").asInt()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("hasMorePages").asBoolean()).isTrue();

        assertError(send(get("/api/DeleteEverything"), "customer"), 404, "NotFound", null);
    }

    @Test
    void lists_take_filters_in_the_query_string() throws Exception {
        String dental = demo.id(Demo.PARENT_OF_OWN);
        JsonNode page = JSON.readTree(send(get("/customers?parentCustomerIds=" + dental
                + "&shallowParent=true&sortField=name&sortOrder=Descend"), "manager").getContentAsString());
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        assertThat(names).containsExactly("Acme Dental Uptown", "Acme Dental Downtown");

        JsonNode globex = JSON.readTree(send(get("/customers?accountIds=" + demo.accountId("Globex Voice")),
                "manager").getContentAsString());
        assertThat(globex.get("totalCount").asInt()).as("a manager sees only its own accounts").isZero();

        String xml = send(get("/customers?nameFilter=uptown&format=xml"), "manager").getContentAsString();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><ListResponseOfCustomerInfo")
                .contains("<TotalCount>2</TotalCount>", "<HasMorePages>false</HasMorePages>");
    }

    // ---- errors ----------------------------------------------------------------------------------

    @Test
    void missing_or_wrong_credentials_answer_401_with_a_challenge() throws Exception {
        String id = demo.id(Demo.OWN);
        MockHttpServletResponse none = mvc.perform(post("/customers/" + id + "/staging")
                .contentType(MediaType.APPLICATION_JSON).content("{\"isStaging\":true}")).andReturn().getResponse();
        assertError(none, 401, "Unauthorized", null);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Basic ");

        MockHttpServletResponse wrong = mvc.perform(get("/customers/" + id + "?format=xml")
                .with(httpBasic("manager", "nope"))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentAsString()).contains("<ErrorResponse", "<ErrorCode>Unauthorized</ErrorCode>");
        assertThat(demo.customer(Demo.OWN).getVersion()).isEqualTo(customers.findById(id).orElseThrow().getVersion());
    }

    @Test
    void a_caller_without_an_api_role_gets_403() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/customers")
                .with(user("robot").roles("Robot"))).andReturn().getResponse();
        assertError(response, 403, "Forbidden", null);
    }

    @Test
    void unknown_and_foreign_customers_answer_404_and_change_nothing() throws Exception {
        assertError(send(get("/customers/no-such-id"), "manager"), 404, "NotFound", null);
        Customer foreign = demo.customer(Demo.GLOBEX);
        assertError(send(post("/customers/" + foreign.getId() + "/staging").contentType(MediaType.APPLICATION_JSON)
                .content("{\"isStaging\":" + !foreign.isStaging() + "}"), "manager"), 404, "NotFound", null);
        Customer after = customers.findById(foreign.getId()).orElseThrow();
        assertThat(after.isStaging()).isEqualTo(foreign.isStaging());
        assertThat(after.getVersion()).isEqualTo(foreign.getVersion());
    }

    @Test
    void bad_input_answers_400_naming_the_field_and_changes_nothing() throws Exception {
        Customer c = demo.customer(Demo.OWN);
        String url = "/customers/" + c.getId() + "/staging";

        assertError(json(url, "{\"isStaging\": tru"), 400, "SerializationException", null);
        assertError(json(url, "[true]"), 400, "SerializationException", null);
        assertError(json(url, "{\"isStaging\":\"maybe\"}"), 400, "SerializationException", "IsStaging");
        assertError(json(url, "{\"isStaging\":{\"a\":1}}"), 400, "SerializationException", "IsStaging");
        assertError(json(url, "{}"), 400, "NotNull", "IsStaging");
        assertError(json(url, "{\"customerId\":\"someone-else\",\"isStaging\":true}"), 400, "NotEqual", "CustomerId");
        assertError(xml(url, "<SetCustomerStagingMode><IsStaging>true</IsStaging>"), 400, "SerializationException",
                null);
        assertError(xml(url, "<Other><IsStaging>true</IsStaging></Other>"), 400, "SerializationException", null);
        assertError(xml(url, "<SetCustomerStagingMode><IsStaging>yes</IsStaging></SetCustomerStagingMode>"), 400,
                "SerializationException", "IsStaging");
        assertError(xml(url, SeedSamples.setStagingXml()), 400, "NotEqual", "CustomerId");
        assertError(send(post("/api/SetCustomerStagingMode").contentType(MediaType.APPLICATION_JSON)
                .content("{\"isStaging\":true}"), "manager"), 400, "NotEmpty", "CustomerId");
        assertError(send(get("/customers?sortOrder=Sideways"), "manager"), 400, "IsEnumName", "SortOrder");
        assertError(send(get("/customers?sortField=password"), "manager"), 400, "Predicate", "SortField");
        assertError(send(get("/customers?countPerPage=100000"), "manager"), 400, "InclusiveBetween", "CountPerPage");
        assertError(send(get("/customers?page=-1"), "manager"), 400, "GreaterThanOrEqual", "Page");
        assertError(send(get("/customers?page=x"), "manager"), 400, "SerializationException", "Page");
        assertError(send(get("/customers/" + c.getId() + "?format=csv"), "manager"), 400, "NotSupported", null);

        Customer after = customers.findById(c.getId()).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(c.getVersion());
        assertThat(after.isStaging()).isEqualTo(c.isStaging());
    }

    @Test
    void xml_with_a_dtd_or_entities_is_refused() throws Exception {
        Customer c = demo.customer(Demo.OWN);
        String url = "/customers/" + c.getId() + "/staging";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE SetCustomerStagingMode [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><SetCustomerStagingMode><CustomerId>&xxe;</CustomerId>"
                + "<IsStaging>true</IsStaging></SetCustomerStagingMode>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;"
                + "&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
                + "&lol2;\">]><SetCustomerStagingMode><CustomerId>&lol3;</CustomerId><IsStaging>true</IsStaging>"
                + "</SetCustomerStagingMode>";
        String undeclared = "<SetCustomerStagingMode><CustomerId>&xxe;</CustomerId><IsStaging>true</IsStaging>"
                + "</SetCustomerStagingMode>";
        for (String body : List.of(xxe, laughs, undeclared)) {
            MockHttpServletResponse response = xml(url, body);
            assertError(response, 400, "SerializationException", null);
            assertThat(response.getContentAsString()).doesNotContain("root:");
        }
        assertThat(customers.findById(c.getId()).orElseThrow().getVersion()).isEqualTo(c.getVersion());
    }

    @Test
    void bodies_over_a_megabyte_answer_413_and_other_content_types_415() throws Exception {
        Customer c = demo.customer(Demo.OWN);
        String url = "/customers/" + c.getId() + "/staging";
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) ' ');
        assertError(send(post(url).contentType(MediaType.APPLICATION_JSON).content(tenMegabytes), "manager"), 413,
                "RequestEntityTooLarge", null);
        assertError(send(post(url).contentType(MediaType.TEXT_PLAIN).content("isStaging=true"), "manager"), 415,
                "UnsupportedMediaType", null);
        assertThat(customers.findById(c.getId()).orElseThrow().getVersion()).isEqualTo(c.getVersion());
    }

    @Test
    void an_unsupported_method_answers_405() throws Exception {
        assertError(send(delete("/customers/" + demo.id(Demo.OWN) + "/staging"), "manager"), 405, "NotSupported",
                null);
    }

    @Test
    void form_posts_are_read_like_query_strings() throws Exception {
        Customer c = demo.customer(Demo.CHILD_OF_OWN);
        MockHttpServletResponse response = send(post("/customers/" + c.getId() + "/staging")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("isStaging", String.valueOf(!c.isStaging())),
                "manager");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(response.getContentAsString()).get("isStaging").asBoolean()).isEqualTo(!c.isStaging());
        send(post("/customers/" + c.getId() + "/staging").contentType(MediaType.APPLICATION_JSON)
                .content("{\"isStaging\":" + c.isStaging() + "}"), "manager");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, username))).andReturn().getResponse();
    }

    private MockHttpServletResponse json(String url, String body) throws Exception {
        return send(post(url).contentType(MediaType.APPLICATION_JSON).content(body), "manager");
    }

    private MockHttpServletResponse xml(String url, String body) throws Exception {
        return send(post(url).contentType(MediaType.APPLICATION_XML).accept(MediaType.APPLICATION_JSON).content(body),
                "manager");
    }

    private String type(MockHttpServletRequestBuilder request) throws Exception {
        String contentType = send(request, "manager").getContentType();
        assertThat(contentType).isNotNull();
        return contentType.startsWith("application/xml") ? "xml" : "json";
    }

    /** Checks a ServiceStack error answer in JSON or XML, and that it leaks no code details. */
    static void assertError(MockHttpServletResponse response, int status, String errorCode, String fieldName)
            throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("com.switchboard", "java.", "org.springframework", "\tat ", "stackTrace");
        if (response.getContentType().startsWith("application/xml")) {
            assertThat(body).contains("<ErrorResponse", "<ResponseStatus>", "<ErrorCode>" + errorCode + "</ErrorCode>");
            return;
        }
        JsonNode status_ = JSON.readTree(body).get("responseStatus");
        assertThat(status_).as(body).isNotNull();
        assertThat(status_.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(status_.get("message").asText()).isNotBlank();
        assertThat(status_.get("errors").isArray()).isTrue();
        if (fieldName != null) {
            assertThat(status_.get("errors").get(0).get("fieldName").asText()).isEqualTo(fieldName);
            assertThat(status_.get("errors").get(0).get("errorCode").asText()).isEqualTo(errorCode);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The root's direct children as {namespace}name, in order. */
    private static List<String> rootMembers(String xml) throws Exception {
        return DataContractXmlTest.elements(xml).stream().filter(e -> e.startsWith("2 {"))
                .map(e -> e.substring(2, e.indexOf(" nil="))).toList();
    }
}
