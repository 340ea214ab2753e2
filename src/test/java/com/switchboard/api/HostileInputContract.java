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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private static final String MANAGER = basic("manager");
    private static final String CUSTOMER_USER = basic("customer");
    private static final String AUTHORIZATION = "Authorization: " + MANAGER;
    private static final String ACCEPT_XML = "Accept: application/xml";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    @LocalServerPort int port;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;
    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return send(MANAGER, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
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
    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
    /** The id of {@link Demo#OWN}. */
    private String ownId;
    @BeforeEach
    void findOwn() {
        ownId = demo.id(Demo.OWN);
    }
    /** Puts the name back should a refusal a test expects not have happened, so that the other tests still run. */
    @AfterEach
    void restoreOwnName() {
        jdbc.update("UPDATE customer SET name = ?, name_lower = ? WHERE id = ?", Demo.OWN,
                Demo.OWN.toLowerCase(Locale.ROOT), ownId);
    }
    private HttpResponse<String> send(String authorization, String method, String path, String contentType,
            byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
    private HttpResponse<String> patchOwn(String authorization, String contentType, byte[] body) throws Exception {
        return send(authorization, "PATCH", "/customers/" + demo.id(Demo.OWN), contentType, body);
    }
    private HttpResponse<String> patchOwn(String json) throws Exception {
        return patchOwn(CUSTOMER_USER, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
    /** The refusal changed nothing: same version, and the customer's XML (and the manager's list) still parses. */
    private void assertUnchanged(Customer before) throws Exception {
        Customer after = demo.customer(Demo.OWN);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(after.isStaging()).isEqualTo(before.isStaging());
        for (String path : List.of("/customers/" + before.getId() + ".xml", "/xml/reply/ListCustomers?all=true")) {
            HttpResponse<String> xml = send("GET", path, null, null);
            assertThat(xml.statusCode()).isEqualTo(200);
            DataContractXmlTest.elements(xml.body());
        }
    }
    /** A JSON string with every character outside printable ASCII escaped, so that lone surrogates travel too. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf(c)
                    : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
    @Test
    void a_name_xml_cannot_carry_or_nobody_can_see_is_refused_naming_it(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        for (String name : List.of("Ctl a\u0001b", "a\uFFFFb", "a\uFFFEb", "a\uD800b", "a\uDC00", "a\u0085b",
                "a\u007Fb", "a\u009Fb", "a\uFDD0b", "a\uD83F\uDFFFb", "a\tb", "a\nb", "\u200B\u200B",
                "\u200D\uFEFF\u2060", "\u00A0\u3000", "\u3164", "\u202E")) {
            assertRefused(patchOwn("{\"name\":" + json(name) + "}"), "Invalid", "Name");
        }
        assertRefused(json("/customers", "{\"accountId\":\"" + demo.accountId("Acme Telecom") + "\",\"name\":"
                + json("\u200B") + "}"), "Invalid", "Name");
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void every_text_member_refuses_what_xml_cannot_carry(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        String bad = json("a\u0001b");
        String invisible = json("\u200B");
        assertRefused(patchOwn("{\"referenceId\":" + bad + "}"), "Invalid", "ReferenceId");
        assertRefused(patchOwn("{\"referenceId\":" + invisible + "}"), "Invalid", "ReferenceId");
        assertRefused(patchOwn("{\"data\":{\"plan\":{\"stringValue\":" + bad + "}}}"), "Invalid",
                "Data.Plan.StringValue");
        assertRefused(patchOwn("{\"data\":{\"a\\u0001\":{\"stringValue\":\"x\"}}}"), "Invalid", "Data");
        assertRefused(patchOwn("{\"data\":{\"plan\":{\"structValue\":{\"tier\":{\"stringValue\":" + invisible
                + "}}}}}"), "Invalid", "Data");
        assertRefused(patchOwn("{\"data\":{\"plan\":{\"stringValue\":\"a\\u0085b\"}}}"), "Invalid", "Data");
        assertRefused(patchOwn("{\"overrideAppSettings\":true,\"appSettings\":{\"pageTitle\":\"a\\u009Bb\"}}"),
                "Invalid", "AppSettings.PageTitle");
        assertRefused(patchOwn("{\"overrideAppSettings\":true,\"appSettings\":{\"customCss\":\"a{}\\u000Bb\"}}"),
                "Invalid", "AppSettings.CustomCss");
        String schedule = "{\"schedule\":{\"timeZoneId\":\"UTC\",\"defaultState\":%s,\"rules\":[{\"name\":%s,"
                + "\"state\":%s,\"simpleRuleType\":\"Always\"}]}}";
        assertRefused(patchOwn(String.format(schedule, "\"Open\"", invisible, "\"Open\"")), "Invalid",
                "Schedule.Rules[0].Name");
        assertRefused(patchOwn(String.format(schedule, "\"Open\"", "\"r\"", "\"a\\u0085\"")), "Invalid",
                "Schedule.Rules[0].State");
        assertRefused(patchOwn(String.format(schedule, "\"\\u200B\"", "\"r\"", "\"Open\"")), "Invalid",
                "Schedule.DefaultState");
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void multi_line_settings_take_tabs_and_line_breaks_but_no_other_control() throws Exception {
        Customer before = demo.customer(Demo.OWN);
        HttpResponse<String> css = send("PATCH", "/customers/" + before.getId(), "application/json",
                "{\"overrideAppSettings\":true,\"appSettings\":{\"customCss\":\"a {\\n\\tcolor: red;\\r\\n}\"}}");
        assertThat(css.statusCode()).as(css.body()).isEqualTo(200);
        assertThat(demo.customer(Demo.OWN).getAppSettings().customCss()).isEqualTo("a {\n\tcolor: red;\r\n}");
        send("PATCH", "/customers/" + before.getId(), "application/json",
                "{\"overrideAppSettings\":" + before.isOverrideAppSettings() + ",\"appSettings\":"
                        + (before.getAppSettings() == null ? "null" : JSON.writeValueAsString(before.getAppSettings()))
                        + "}");
    }
    @Test
    void an_xml_character_reference_xml_does_not_allow_is_refused_naming_the_member(CapturedOutput output)
            throws Exception {
        Customer before = demo.customer(Demo.OWN);
        for (String reference : List.of("&#0;", "&#1;", "&#xFFFF;", "&#xD800;")) {
            String body = "<PatchCustomer xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\">"
                    + "<Name>a" + reference + "b</Name></PatchCustomer>";
            assertRefused(patchOwn(MANAGER, "application/xml", body.getBytes(StandardCharsets.UTF_8)),
                    "SerializationException", "Name");
        }
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ", "ERROR");
    }
    @Test
    void values_of_another_type_than_the_dto_says_are_refused(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        String staging = "/customers/" + before.getId() + "/staging";
        for (String value : List.of("1", "0", "\"true\"", "\"yes\"", "1.0")) {
            assertRefused(json(staging, "{\"isStaging\":" + value + "}"), "SerializationException", "IsStaging");
        }
        for (String value : List.of("1", "yes", "on")) {
            assertRefused(form(staging, "isStaging=" + value), "SerializationException", "IsStaging");
            assertRefused(send("POST", staging + "?isStaging=" + value, null, null), "SerializationException",
                    "IsStaging");
        }
        assertRefused(form(staging, "isStaging=true&isStaging=false"), "SerializationException", "IsStaging");
        for (String value : List.of("123", "1.5", "true", "{}", "[\"a\"]")) {
            assertRefused(patchOwn("{\"name\":" + value + "}"), "SerializationException", "Name");
        }
        assertRefused(patchOwn("{\"data\":{\"plan\":{\"stringValue\":5}}}"), "SerializationException",
                "Data.Plan.StringValue");
        assertRefused(get("/customers?countPerPage=2.5"), "SerializationException", "CountPerPage");
        assertRefused(json("/api/ListCustomers", "{\"countPerPage\":\"5\"}"), "SerializationException", "CountPerPage");
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void true_and_false_in_a_form_or_the_query_string_are_booleans() throws Exception {
        Customer before = demo.customer(Demo.OWN);
        String staging = "/customers/" + before.getId() + "/staging";
        try {
            HttpResponse<String> flipped = form(staging, "isStaging=" + !before.isStaging());
            assertThat(flipped.statusCode()).as(flipped.body()).isEqualTo(200);
            assertThat(demo.customer(Demo.OWN).isStaging()).isEqualTo(!before.isStaging());
            HttpResponse<String> back = send("POST", staging + "?isStaging=" + (before.isStaging() ? "True" : "False"),
                    null, null);
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            assertThat(demo.customer(Demo.OWN).isStaging()).isEqualTo(before.isStaging());
        } finally {
            demo.flipBack(before.getId(), before.isStaging());
        }
    }
    @Test
    void duplicate_keys_are_refused_naming_the_member(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        assertRefused(patchOwn("{\"name\":\"a\",\"name\":\"b\"}"), "SerializationException", "Name");
        assertRefused(json("/customers/" + before.getId() + "/staging", "{\"isStaging\":true,\"isStaging\":false}"),
                "SerializationException", "IsStaging");
        assertRefused(patchOwn("{\"data\":{\"plan\":{\"stringValue\":\"a\"},\"plan\":{\"stringValue\":\"b\"}}}"),
                "SerializationException", "Data");
        String xml = "<PatchCustomer xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\">"
                + "<Name>a</Name><Name>b</Name></PatchCustomer>";
        assertRefused(patchOwn(MANAGER, "application/xml", xml.getBytes(StandardCharsets.UTF_8)),
                "SerializationException", "Name");
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void a_body_that_is_not_utf8_is_refused(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        String body = "{\"name\":\"Renamed\"}";
        byte[] overlong = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xC1, (byte) 0x81, '"', '}'};
        byte[] overlongSlash = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xE0, (byte) 0x80,
                (byte) 0xAF, '"', '}'};
        byte[] encodedSurrogate = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, '"', '}'};
        for (byte[] bytes : List.of(body.getBytes(StandardCharsets.UTF_16), body.getBytes(StandardCharsets.UTF_16LE),
                body.getBytes(StandardCharsets.UTF_16BE), body.getBytes(Charset.forName("UTF-32")), overlong,
                overlongSlash, encodedSurrogate, "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))) {
            HttpResponse<String> refused = patchOwn(MANAGER, "application/json", bytes);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/responseStatus/errorCode").asText())
                    .isEqualTo("SerializationException");
        }
        for (String charset : List.of("utf-16", "iso-8859-1", "windows-1252")) {
            HttpResponse<String> declared = patchOwn(MANAGER, "application/json; charset=" + charset,
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(400);
            assertThat(declared.body()).contains("UTF-8");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><PatchCustomer "
                + "xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Customers\"><Name>Renamed</Name></PatchCustomer>";
        assertThat(patchOwn(MANAGER, "application/xml", xml.getBytes(StandardCharsets.UTF_16)).statusCode()).isEqualTo(400);
        assertThat(patchOwn(MANAGER, "application/xml", xml.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(get("/customers?nameFilter=a%C1%81").statusCode()).isEqualTo(400);
        assertUnchanged(before);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void data_beyond_its_bounds_is_refused_naming_data(CapturedOutput output) throws Exception {
        Customer before = demo.customer(Demo.OWN);
        String manyKeys = ids(10_000, i -> "\"k" + i + "\":{\"numberValue\":" + i + "}", ",");
        assertRefused(patchOwn("{\"data\":{" + manyKeys + "}}"), "Invalid", "Data");
        String justOver = ids(1_001, i -> "\"k" + i + "\":{\"boolValue\":true}", ",");
        assertRefused(patchOwn("{\"data\":{" + justOver + "}}"), "Invalid", "Data");
        String deep = "{\"stringValue\":\"x\"}";
        for (int i = 0; i < 11; i++) {
            deep = "{\"structValue\":{\"k\":" + deep + "}}";
        }
        assertRefused(patchOwn("{\"data\":{\"k\":" + deep + "}}"), "Invalid", "Data");
        String text = "x".repeat(9_000);
        String muchText = ids(8, i -> "\"k" + i + "\":{\"stringValue\":\"" + text + "\"}", ",");
        assertRefused(patchOwn("{\"data\":{" + muchText + "}}"), "Invalid", "Data");
        assertUnchanged(before);

        String mostAllowed = ids(1_000, i -> "\"k" + i + "\":{\"boolValue\":true}", ",");
        HttpResponse<String> taken = send("PATCH", "/customers/" + before.getId(), "application/json",
                "{\"data\":{" + mostAllowed + "}}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        send("PATCH", "/customers/" + before.getId(), "application/json", "{\"data\":"
                + (before.getData() == null ? "null" : JSON.writeValueAsString(before.getData().values())) + "}");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void test_schedule_refuses_a_body_customer_id_that_is_not_the_routes(CapturedOutput output) throws Exception {
        String own = demo.id(Demo.OWN);
        assertRefused(json("/customers/" + own + "/test-schedule", "{\"customerId\":\"" + demo.id(Demo.SIBLING_OF_OWN)
                + "\",\"dateTime\":\"2026-11-26T09:30:00Z\"}"), "NotEqual", "CustomerId");
        HttpResponse<String> same = json("/customers/" + own + "/test-schedule", "{\"customerId\":\"" + own
                + "\",\"dateTime\":\"2026-11-26T09:30:00Z\"}");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
    @Test
    void test_schedule_refuses_a_moment_outside_the_years_a_datetime_has(CapturedOutput output) throws Exception {
        String own = demo.id(Demo.OWN);
        for (String moment : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00", "0000-12-31T23:59:59Z")) {
            assertRefused(json("/customers/" + own + "/test-schedule", "{\"dateTime\":\"" + moment + "\"}"),
                    "InclusiveBetween", "DateTime");
        }
        for (String moment : List.of("9999-12-31T23:59:59Z", "0001-01-01T00:00:00")) {
            HttpResponse<String> edge = json("/customers/" + own + "/test-schedule", "{\"dateTime\":\"" + moment + "\"}");
            assertThat(edge.statusCode()).as(moment + " " + edge.body()).isEqualTo(200);
        }
        assertThat(output.getAll()).doesNotContain("\tat ", "ERROR");
    }
}
