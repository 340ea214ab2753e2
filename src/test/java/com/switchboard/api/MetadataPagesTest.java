package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.switchboard.api.dto.ApiOperation;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The metadata pages and the OpenAPI document, generated from the request types. */
@IntegrationTest
class MetadataPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired ApiOperations operations;

    @Test
    void the_pages_need_authentication() throws Exception {
        for (String url : List.of("/metadata", "/json/metadata?op=GetCustomer", "/xml/metadata?op=GetCustomer",
                "/openapi.json")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(401);
            assertThat(response.getContentAsString()).doesNotContain("GetCustomer");
        }
    }

    @Test
    void the_index_lists_every_operation() throws Exception {
        MockHttpServletResponse response = page("/metadata");
        assertThat(response.getContentType()).isEqualTo("text/html; charset=utf-8");
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ApiOperation.class));
        Set<String> declared = new HashSet<>();
        scan.findCandidateComponents(ApiOperation.class.getPackageName())
                .forEach(type -> declared.add(type.getBeanClassName().substring(type.getBeanClassName().lastIndexOf('.') + 1)));
        assertThat(operations.all()).extracting(ApiOperations.Operation::name).as("every declared operation is served")
                .containsExactlyInAnyOrderElementsOf(declared).hasSizeGreaterThanOrEqualTo(13);
        for (ApiOperations.Operation op : operations.all()) {
            for (String route : op.spec().routes()) {
                String path = route.replaceAll("\\{\\w+}", "x");
                assertThat(ApiPaths.matches(path)).as(route + " is on the API's paths").isTrue();
                assertThat(ApiPaths.matches(path + ".xml")).as(route + ".xml is on the API's paths").isTrue();
            }
        }
        for (ApiOperations.Operation op : operations.all()) {
            assertThat(html).contains("<th>" + op.name() + "</th>", "json/metadata?op=" + op.name(),
                    "xml/metadata?op=" + op.name());
        }
        assertThat(html).contains("<th>NewCustomer</th>", "<th>PatchCustomer</th>", "<th>DeleteCustomer</th>",
                "PATCH /customers/{customerId}", "DELETE /customers/{customerId}", "POST /customers</td>");
    }

    @Test
    void an_operation_page_shows_roles_routes_members_and_samples_like_the_reference() throws Exception {
        String html = page("/xml/metadata?op=SetCustomerStagingMode").getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>SetCustomerStagingMode</h1>", "<b>Requires Authentication</b>",
                "<th>Requires any of the roles:</th><td>SystemAdministrator, Manager, Customer</td>",
                "<th>POST</th><td>/customers/{customerId}/staging</td>",
                "<tr><td>customerId</td><td>path</td><td>string</td><td>Yes</td><td>The ID of the customer you want to "
                        + "update</td></tr>",
                "<tr><td>isStaging</td><td>body</td><td>bool?</td><td>Yes</td><td>Should this customer&#39;s phone "
                        + "numbers route to the staging server</td></tr>",
                "<tr><td>accountId</td><td>string</td><td>The ID of the account associated with this customer</td>",
                "<tr><td>data</td><td>Struct</td>", "<tr><td>tags</td><td>List&lt;Tag&gt;</td>",
                "<tr><td>integrationData</td><td>EntityIntegrationData</td>",
                "use the HTTP Accept Header, append the .xml suffix or ?format=xml");

        String request = body(pre(html, "request"));
        assertThat(pre(html, "request")).startsWith("POST /customers/{customerId}/staging HTTP/1.1\n")
                .contains("Content-Type: application/xml\n");
        assertThat(collapse(request)).isEqualTo(collapse(SeedSamples.setStagingXml()));
        assertThat(pre(html, "response")).startsWith("HTTP/1.1 200 OK\n");
        assertThat(collapse(body(pre(html, "response")))).as("the reference's sample response, written by our "
                + "serializer from a populated example").isEqualTo(SeedSamples.customerInfoXml());
    }

    @Test
    void every_operation_has_a_json_and_an_xml_page() throws Exception {
        for (ApiOperations.Operation op : operations.all()) {
            String json = page("/json/metadata?op=" + op.name()).getContentAsString(StandardCharsets.UTF_8);
            assertThat(json).contains("<h1>" + op.name() + "</h1>", "Requires any of the roles:");
            for (String route : op.spec().routes()) {
                assertThat(json).contains("<th>" + op.spec().verb() + "</th><td>" + route + "</td>");
            }
            for (ApiTypes.Member m : ApiTypes.members(op.request())) {
                assertThat(json).contains("<tr><td>" + m.name() + "</td>");
                assertThat(m.description()).as(op.name() + "." + m.name()).isNotBlank();
            }
            if (!op.readOnly() && !op.spec().verb().equals("DELETE")) {
                JsonNode sample = JSON.readTree(body(pre(json, "request")));
                assertThat(sample.isObject()).isTrue();
                assertThat(sample.fieldNames().next()).isNotBlank();
            }
            if (op.spec().response() != Void.class) {
                assertThat(JSON.readTree(body(pre(json, "response"))).isObject()).isTrue();
            } else {
                assertThat(pre(json, "response")).isEqualTo("HTTP/1.1 204 No Content\n");
            }
            assertThat(page("/xml/metadata?op=" + op.name()).getContentAsString()).contains("HTTP + XML");
        }
        MockHttpServletResponse unknown = mvc.perform(get("/json/metadata?op=DropEverything")
                .with(httpBasic("customer", "customer"))).andReturn().getResponse();
        StagingApiTest.assertError(unknown, 404, "NotFound", null);
    }

    @Test
    void the_openapi_document_describes_every_operation_and_schema() throws Exception {
        MockHttpServletResponse response = page("/openapi.json");
        assertThat(response.getContentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode doc = JSON.readTree(response.getContentAsString());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");

        Set<String> operationIds = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(method -> operationIds.add(method.getValue().get("operationId").asText())));
        for (ApiOperations.Operation op : operations.all()) {
            assertThat(operationIds).contains(op.name());
            for (String route : op.spec().routes()) {
                JsonNode operation = doc.get("paths").get(route).get(op.spec().verb().toLowerCase());
                assertThat(operation.get("operationId").asText()).isEqualTo(op.name());
                assertThat(operation.get("responses").has(String.valueOf(op.spec().status()))).isTrue();
            }
            assertThat(doc.at("/components/schemas/" + op.request().getSimpleName()).isObject())
                    .as(op.name()).isTrue();
        }
        assertThat(operationIds).hasSize(operations.all().size());

        JsonNode patch = doc.at("/paths/~1customers~1{customerId}/patch");
        assertThat(patch.at("/parameters/0/name").asText()).isEqualTo("customerId");
        assertThat(patch.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(patch.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/PatchCustomer");
        assertThat(doc.at("/paths/~1customers~1{customerId}/delete/responses/204").isObject()).isTrue();
        assertThat(doc.at("/paths/~1customers/get/parameters").findValuesAsText("name")).contains("accountIds",
                "simplifiedPaging", "sortOrder");
        assertThat(doc.at("/components/schemas/CustomerInfo/properties/tags/items/$ref").asText())
                .isEqualTo("#/components/schemas/Tag");
        assertThat(doc.at("/components/schemas/SetCustomerStagingMode/required").toString())
                .isEqualTo("[\"customerId\",\"isStaging\"]");

        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("\"\\$ref\" ?: ?\"#/components/schemas/(\\w+)\"").matcher(response.getContentAsString());
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertThat(refs).isNotEmpty().allSatisfy(name -> assertThat(doc.at("/components/schemas/" + name).isObject())
                .as("$ref " + name).isTrue());
    }

    private MockHttpServletResponse page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic("manager", "manager")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    private static String pre(String html, String kind) {
        Matcher m = Pattern.compile("<pre class=\"" + kind + "\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("<pre class=" + kind + ">").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    /** The body of a sample HTTP message: what follows the first empty line. */
    private static String body(String message) {
        int blank = message.indexOf("\n\n");
        assertThat(blank).as(message).isPositive();
        return message.substring(blank + 2);
    }

    private static String collapse(String xml) {
        return xml.strip().replaceAll(">\\s+<", "><");
    }
}
