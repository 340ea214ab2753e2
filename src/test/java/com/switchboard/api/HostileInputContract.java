package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.customer.Customer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
 * stack trace. What Tomcat and Spring Security refuse before any handler runs (a request line or a
 * header too long, a path the firewall rejects), an API path that no operation takes and the error page
 * itself answer a ResponseStatus in the caller's format, without a session cookie. Each database runs the same cases ({@link HostileInputTest}, {@link HostileInputPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Tomcat's connector logs what it refuses at INFO: a stack trace there would show in these tests
        properties = {"logging.level.org.apache.coyote=info", "logging.level.org.apache.catalina=info",
                "logging.level.org.springframework.security=info"})
@ActiveProfiles("test")
@Import(Demo.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MORE_THAN_POSTGRESQL_TAKES = 70_000;
    private static final int MOST_ALLOWED = RequestReader.MAX_LIST;
    private static final String MANAGER = "Basic "
            + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));

    private static final String AUTHORIZATION = "Authorization: " + MANAGER;
    private static final String ACCEPT_XML = "Accept: application/xml";

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

    /** An answer read off the socket: its status line's code, its headers (lower-case names) and body. */
    record Raw(int status, List<String> headers, String body) {

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse("");
        }
    }

    /**
     * One request written byte for byte, as no HTTP client library would send it (paths with {@code ..;}
     * or {@code %25}, request lines over Tomcat's limit), answered on a connection that then closes.
     */
    private Raw raw(String method, String target, String... headers) throws Exception {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return parse(answer.toString(StandardCharsets.UTF_8));
        }
    }

    private static Raw parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        assertThat(end).as(answer).isPositive();
        List<String> lines = new ArrayList<>(List.of(answer.substring(0, end).split("\r\n")));
        int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
        String body = answer.substring(end + 4);
        boolean chunked = lines.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
        return new Raw(status, lines, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    /**
     * A refusal in ServiceStack's shape and nothing else: the status, a ResponseStatus with an error
     * code and a message in JSON (or XML), no Spring or Tomcat error page, no session cookie.
     */
    private static void assertResponseStatus(Raw response, int status, String format) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers()).noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"));
        assertThat(response.body()).doesNotContain("\tat ", "java.", "Apache Tomcat", "timestamp", "<html",
                "<!doctype");
        if (format.equals("xml")) {
            assertThat(response.header("Content-Type")).startsWith("application/xml");
            assertThat(response.body()).contains("<ErrorResponse ", "<ResponseStatus>", "<ErrorCode>", "<Message>");
            return;
        }
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body()).get("responseStatus");
        assertThat(error).as(response.body()).isNotNull();
        assertThat(error.get("errorCode").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void a_request_line_or_a_header_over_tomcats_limit_answers_a_response_status(CapturedOutput output)
            throws Exception {
        assertResponseStatus(raw("GET", "/customers?nameFilter=" + "a".repeat(20_000), AUTHORIZATION), 400, "json");
        assertResponseStatus(raw("GET", "/customers", AUTHORIZATION, "X-Padding: " + "a".repeat(20_000)), 400,
                "json");
        assertResponseStatus(raw("GET", "/customers.xml", AUTHORIZATION, "X-Padding: " + "a".repeat(20_000)), 400,
                "xml");
        assertResponseStatus(raw("GET", "/customers", AUTHORIZATION, "Content-Length: x"), 400, "json");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void paths_the_firewall_rejects_answer_400_in_the_callers_format(CapturedOutput output) throws Exception {
        for (String path : List.of("/customers/..;/x", "/customers/%252e%252e%252fetc", "/customers/;jsessionid=x",
                "/api/GetCustomer;x=1", "/customers/a%2F..%2Fb", "/customers/%2e%2e/x", "/customers/a%5Cb")) {
            assertResponseStatus(raw("GET", path, AUTHORIZATION), 400, "json");
            assertResponseStatus(raw("GET", path, AUTHORIZATION, ACCEPT_XML), 400, "xml");
            assertResponseStatus(raw("POST", path, "Content-Type: application/json", "Content-Length: 0"), 400, "json");
        }
        for (String method : List.of("TRACE", "PROPFIND")) {
            assertResponseStatus(raw(method, "/customers", AUTHORIZATION), 400, "json");
        }
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void an_api_path_no_operation_takes_answers_404_without_a_session(CapturedOutput output) throws Exception {
        for (String path : List.of("/customers/x/y/z", "/customers/x/staging/y", "/api/GetCustomer/x",
                "/json/reply", "/json/nothing/GetCustomer", "/xml/reply/GetCustomer/x", "/auth/x/y")) {
            assertResponseStatus(raw("GET", path, AUTHORIZATION), 404, path.startsWith("/xml/") ? "xml" : "json");
            assertResponseStatus(raw("GET", path, AUTHORIZATION, ACCEPT_XML), 404,
                    path.startsWith("/json/") ? "json" : "xml");
            assertResponseStatus(raw("DELETE", path, AUTHORIZATION), 404, path.startsWith("/xml/") ? "xml" : "json");
        }
        assertResponseStatus(raw("GET", "/customers/x/y/z"), 401, "json");
        // a route the API has, with a method it does not take, is still 405
        assertResponseStatus(raw("PUT", "/customers/x", AUTHORIZATION), 405, "json");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void the_error_page_asked_for_directly_is_not_found(CapturedOutput output) throws Exception {
        assertResponseStatus(raw("GET", "/error"), 404, "json");
        assertResponseStatus(raw("GET", "/error", ACCEPT_XML), 404, "xml");
        assertResponseStatus(raw("POST", "/error", AUTHORIZATION, "Content-Length: 0"), 404, "json");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
