package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.customer.Customer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Input that no database takes is refused before it reaches one, over real HTTP: NUL characters and
 * lists of more ids than PostgreSQL takes parameters in a statement (65,535) answer 400 with a
 * ResponseStatus naming the field, the longest lists allowed are answered, and no client error logs a
 * stack trace. Each database runs the same cases ({@link HostileInputTest}, {@link HostileInputPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Demo.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MORE_THAN_POSTGRESQL_TAKES = 70_000;
    private static final int MOST_ALLOWED = RequestReader.MAX_LIST;
    private static final String MANAGER = "Basic "
            + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort int port;
    @Autowired Demo demo;

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", MANAGER).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> json(String path, String body) throws Exception {
        return send("POST", path, "application/json", body);
    }

    private HttpResponse<String> form(String path, String body) throws Exception {
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /** A 400 whose ResponseStatus names {@code field} with {@code errorCode}, in the summary and in errors[]. */
    private static void assertRefused(HttpResponse<String> response, String errorCode, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode status = JSON.readTree(response.body()).get("responseStatus");
        assertThat(status).as(response.body()).isNotNull();
        assertThat(status.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(status.get("errors").get(0).get("fieldName").asText()).isEqualTo(field);
        assertThat(status.get("errors").get(0).get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(response.body()).doesNotContain("\tat ", "java.", "org.postgresql", "org.h2");
    }

    private static String ids(int count, IntFunction<String> id, String separator) {
        return IntStream.range(0, count).mapToObj(id).collect(Collectors.joining(separator));
    }

    @Test
    void a_nul_byte_in_the_name_filter_answers_400_naming_the_field(CapturedOutput output) throws Exception {
        assertRefused(get("/customers?nameFilter=dent%00al"), "Invalid", "NameFilter");
        assertRefused(form("/api/ListCustomers", "nameFilter=dent%00al"), "Invalid", "NameFilter");
        assertRefused(json("/api/ListCustomers", "{\"nameFilter\":\"dent\\u0000al\"}"), "Invalid", "NameFilter");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void a_nul_byte_in_any_id_list_answers_400_naming_the_item(CapturedOutput output) throws Exception {
        for (String list : List.of("specificIds", "tagIds", "parentCustomerIds", "accountIds")) {
            String field = Character.toUpperCase(list.charAt(0)) + list.substring(1);
            assertRefused(get("/customers?" + list + "=a,b%00c"), "Invalid", field + "[1]");
            assertRefused(get("/customers?" + list + "=a&" + list + "=b%00c"), "Invalid", field + "[1]");
            assertRefused(json("/api/ListCustomers", "{\"" + list + "\":[\"a\",\"b\\u0000c\"]}"), "Invalid",
                    field + "[1]");
        }
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void a_nul_byte_in_a_customer_id_in_the_body_answers_400_and_changes_nothing(CapturedOutput output)
            throws Exception {
        Customer before = demo.customer(Demo.OWN);
        assertRefused(json("/api/GetCustomer", "{\"customerId\":\"x\\u0000y\"}"), "Invalid", "CustomerId");
        assertRefused(json("/api/SetCustomerStagingMode", "{\"customerId\":\"" + before.getId() + "\\u0000\","
                + "\"isStaging\":" + !before.isStaging() + "}"), "Invalid", "CustomerId");
        assertRefused(json("/customers/" + before.getId() + "/staging", "{\"customerId\":\"x\\u0000y\",\"isStaging\":"
                + !before.isStaging() + "}"), "Invalid", "CustomerId");
        assertRefused(get("/api/GetCustomer?customerId=x%00y"), "Invalid", "CustomerId");
        Customer after = demo.customer(Demo.OWN);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    /**
     * A NUL in the path never reaches the application: Tomcat refuses a path that decodes to one
     * before any filter or handler, and on the API its refusal is a ResponseStatus naming the id.
     */
    @Test
    void a_nul_byte_in_the_customer_id_of_the_path_answers_400_naming_the_field(CapturedOutput output)
            throws Exception {
        Customer before = demo.customer(Demo.OWN);
        assertRefused(get("/customers/x%00y"), "Invalid", "CustomerId");
        assertRefused(json("/customers/" + before.getId() + "%00/staging", "{\"isStaging\":" + !before.isStaging() + "}"),
                "Invalid", "CustomerId");
        assertRefused(get("/customers/" + before.getId() + "%00/inherited-schedule"), "Invalid", "CustomerId");
        HttpResponse<String> xml = send("GET", "/customers/x%00y.xml", null, null);
        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(xml.body()).contains("<ErrorCode>Invalid</ErrorCode>", "<FieldName>CustomerId</FieldName>");
        Customer after = demo.customer(Demo.OWN);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.isStaging()).isEqualTo(before.isStaging());
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void outside_the_api_tomcat_keeps_its_own_page_without_server_details() throws Exception {
        HttpResponse<String> portal = get("/portal/customers/x%00y");
        assertThat(portal.statusCode()).isEqualTo(400);
        assertThat(portal.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(portal.body()).doesNotContain("responseStatus", "Apache Tomcat/");
    }

    @Test
    void more_ids_than_postgresql_takes_answer_400_naming_the_list(CapturedOutput output) throws Exception {
        String many = ids(MORE_THAN_POSTGRESQL_TAKES, i -> "c" + i, ",");
        HttpResponse<String> comma = form("/api/ListCustomers", "specificIds=" + many);
        assertRefused(comma, "MaximumLength", "SpecificIds");
        assertThat(comma.body()).contains(String.valueOf(MOST_ALLOWED));

        String jsonList = "[" + ids(MORE_THAN_POSTGRESQL_TAKES, i -> "\"a" + i + "\"", ",") + "]";
        assertRefused(json("/api/ListCustomers", "{\"accountIds\":" + jsonList + "}"), "MaximumLength", "AccountIds");
        assertRefused(json("/api/ListCustomers", "{\"parentCustomerIds\":" + jsonList + "}"), "MaximumLength",
                "ParentCustomerIds");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    /** Tomcat reads 10,000 form fields and drops the rest: the list is refused, not answered from its start. */
    @Test
    void a_list_sent_one_id_per_form_field_beyond_what_tomcat_reads_answers_400(CapturedOutput output)
            throws Exception {
        String tags = ids(MORE_THAN_POSTGRESQL_TAKES, i -> "tagIds=t" + i, "&");
        assertRefused(form("/api/ListCustomers", tags), "MaximumLength", "TagIds");
        String ids = ids(MORE_THAN_POSTGRESQL_TAKES, i -> "specificIds%5B%5D=c" + i, "&");
        assertRefused(form("/api/ListCustomers", "countPerPage=5&" + ids), "MaximumLength", "SpecificIds");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void the_longest_lists_allowed_are_answered_all_four_at_once(CapturedOutput output) throws Exception {
        StringBuilder body = new StringBuilder("{");
        for (String list : List.of("specificIds", "tagIds", "parentCustomerIds", "accountIds")) {
            body.append('"').append(list).append("\":[")
                    .append(ids(MOST_ALLOWED, i -> "\"" + list.charAt(0) + i + "\"", ",")).append("],");
        }
        body.setLength(body.length() - 1);
        HttpResponse<String> response = json("/api/ListCustomers", body.append('}').toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("totalCount").asInt()).isZero();

        String demoIds = String.join(",", demo.id(Demo.OWN), demo.id(Demo.SIBLING_OF_OWN));
        HttpResponse<String> found = form("/api/ListCustomers", "specificIds="
                + ids(MOST_ALLOWED - 2, i -> "c" + i, ",") + "," + demoIds);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(JSON.readTree(found.body()).get("totalCount").asInt()).isEqualTo(2);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
