package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform's command-line client, replayed request by request against the running server over
 * real HTTP: its exact headers and bodies, comma-joined arrays, redirects never followed (a 3xx is an
 * error to it), the cookies kept from the sign-in and sent back in a {@code Cookie} header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Demo.class)
class CliTranscriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    @LocalServerPort int port;
    @Autowired Demo demo;
    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode() / 100).as(method + " " + path + " must not redirect").isNotEqualTo(3);
        return response;
    }
    /** The client's sign-in: the cookies it keeps, as its Cookie header. */
    private String signIn(String user, String password, Map<String, String> extraHeaders) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json",
                "Accept", "application/json"));
        headers.putAll(extraHeaders);
        HttpResponse<String> response = send("POST", "/auth/credentials", "{\"provider\":\"credentials\",\"userName\":\""
                + user + "\",\"password\":\"" + password + "\",\"rememberMe\":true}", headers);
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> cookies = response.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> !cookie.hasExpired())
                .collect(Collectors.toMap(HttpCookie::getName, HttpCookie::getValue, (a, b) -> b, LinkedHashMap::new));
        assertThat(cookies).containsKeys("ss-id", "ss-pid");
        assertThat(cookies.get("ss-opt")).isEqualTo("perm");
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
    @Test
    void the_clients_whole_flow_with_cookies() throws Exception {
        String cookie = signIn("manager", "manager", Map.of());
        Map<String, String> auth = Map.of("Cookie", cookie, "Accept", "application/json");
        runCustomerCommands(auth);

        HttpResponse<String> out = send("POST", "/auth/logout", null, auth);
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/auth/status", null, auth).statusCode()).as("sign in again").isEqualTo(401);
        assertThat(send("GET", "/customers", null, auth).statusCode()).isEqualTo(401);
    }
    @Test
    void the_clients_whole_flow_with_basic() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));
        runCustomerCommands(Map.of("Authorization", basic, "Accept", "application/json"));
    }
    /**
     * {@code evov account list | get | search | create | patch | delete}, as its source sends them
     * (src/commands/account.ts): the list from /auth/status, the rest on /accounts with JSON bodies,
     * comma-joined lists and Ascend/Descend in the query.
     */
    @Test
    void the_clients_account_commands() throws Exception {
        String cookie = signIn("admin", "admin", Map.of());
        Map<String, String> read = Map.of("Cookie", cookie, "Accept", "application/json");
        Map<String, String> write = Map.of("Cookie", cookie, "Accept", "application/json",
                "Content-Type", "application/json");

        JsonNode status = JSON.readTree(send("GET", "/auth/status", null, read).body());
        int acme = -1;
        for (int i = 0; i < status.get("accountIds").size(); i++) {
            if (status.get("accountNames").get(i).asText().equals("Acme Telecom")) {
                acme = i;
            }
        }
        assertThat(acme).as("account list names Acme Telecom").isNotNegative();
        String acmeId = status.get("accountIds").get(acme).asText();

        HttpResponse<String> get = send("GET", "/accounts/" + acmeId, null, read);
        assertThat(get.statusCode()).isEqualTo(200);
        JsonNode account = JSON.readTree(get.body());
        assertThat(account.get("id").asText()).isEqualTo(acmeId);
        assertThat(account.get("name").asText()).isEqualTo("Acme Telecom");

        HttpResponse<String> search = send("GET", "/accounts?page=0&countPerPage=10&sortField=name&sortOrder=Ascend"
                + "&nameFilter=acme", null, read);
        assertThat(search.statusCode()).isEqualTo(200);
        JsonNode found = JSON.readTree(search.body());
        assertThat(found.get("items").get(0).get("name").asText()).isEqualTo("Acme Telecom");
        assertThat(found.get("totalCount").asLong()).isEqualTo(1);

        String name = "CLI Account " + System.nanoTime();
        HttpResponse<String> created = send("POST", "/accounts", JSON.writeValueAsString(Map.of("name", name)), write);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = JSON.readTree(created.body()).get("id").asText();

        HttpResponse<String> patched = send("PATCH", "/accounts/" + id, "{\"maxPhoneNumbers\":10}", write);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(JSON.readTree(patched.body()).get("maxPhoneNumbers").asInt()).isEqualTo(10);
        assertThat(JSON.readTree(patched.body()).get("name").asText()).isEqualTo(name);

        HttpResponse<String> deleted = send("DELETE", "/accounts/" + id, null, read);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(send("GET", "/accounts/" + id, null, read).statusCode()).isEqualTo(404);
    }
    /** {@code evov sys settings get} and {@code evov sys settings patch -f body.json}, on an account of the test's own. */
    @Test
    void the_clients_settings_commands() throws Exception {
        String cookie = signIn("admin", "admin", Map.of());
        Map<String, String> read = Map.of("Cookie", cookie, "Accept", "application/json");
        Map<String, String> write = Map.of("Cookie", cookie, "Accept", "application/json",
                "Content-Type", "application/json");
        HttpResponse<String> created = send("POST", "/accounts",
                JSON.writeValueAsString(Map.of("name", "CLI Settings " + System.nanoTime())), write);
        String accountId = JSON.readTree(created.body()).get("id").asText();
        try {
            HttpResponse<String> get = send("GET", "/system/settings?accountId=" + accountId, null, read);
            assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
            assertThat(JSON.readTree(get.body()).get("tags").size()).isZero();

            // the file's members, with the active account's id added, sent to the pre-defined route
            String body = "{\"tags\":[{\"name\":\"CLI tag\",\"color\":\"Blue\"}],\"customerFields\":[{\"name\":"
                    + "\"plan\",\"displayName\":\"Plan\",\"type\":\"String\",\"possibleValues\":[\"gold\",\"silver\"]}],"
                    + "\"accountId\":\"" + accountId + "\"}";
            HttpResponse<String> patched = send("PATCH", "/json/reply/PatchSystemSettings", body, write);
            assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
            JsonNode settings = JSON.readTree(patched.body());
            assertThat(settings.get("tags").get(0).get("name").asText()).isEqualTo("CLI tag");
            assertThat(settings.get("tags").get(0).get("id").asText()).isNotBlank();
            assertThat(settings.get("customerFields").get(0).get("possibleValues").size()).isEqualTo(2);
            assertThat(JSON.readTree(send("GET", "/system/settings?accountId=" + accountId, null, read).body()))
                    .isEqualTo(settings);
        } finally {
            assertThat(send("DELETE", "/accounts/" + accountId, null, read).statusCode()).isEqualTo(204);
        }
    }
    private void runCustomerCommands(Map<String, String> auth) throws Exception {
        HttpResponse<String> statusResponse = send("GET", "/auth/status", null, auth);
        assertThat(statusResponse.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(statusResponse.body());
        assertThat(status.get("isAuthenticated").asBoolean()).isTrue();
        assertThat(status.get("roles").get(0).asText()).isEqualTo("Manager");
        assertThat(status.get("name").asText()).isEqualTo("Morgan Manager");
        assertThat(status.get("emailAddress").asText()).isEqualTo("manager@acme-telecom.example");
        assertThat(status.get("accountIds")).hasSameSizeAs(status.get("accountNames"));
        assertThat(status.get("accountNames").get(0).asText()).isEqualTo("Acme Telecom");
        String account = status.get("accountIds").get(0).asText();

        String dental = demo.id(Demo.PARENT_OF_OWN);
        String downtown = demo.id(Demo.OWN);
        HttpResponse<String> list = send("GET", "/customers?accountIds=" + account + "&nameFilter=dent"
                + "&parentCustomerIds=" + dental + "," + downtown + "&shallowParent=true&page=0&countPerPage=10"
                + "&sortField=name&sortOrder=Descend", null, auth);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(list.body());
        assertThat(page.get("items").valueStream().map(item -> item.get("name").asText())).containsExactly("Downtown Pediatric Dentistry",
                "Acme Dental Uptown", "Acme Dental Downtown");
        HttpResponse<String> all = send("GET", "/customers?accountIds=" + account + "&all=true&specificIds="
                + dental + "," + downtown, null, auth);
        assertThat(JSON.readTree(all.body()).get("totalCount").asInt()).isEqualTo(2);

        HttpResponse<String> get = send("GET", "/customers/" + downtown, null, auth);
        assertThat(get.statusCode()).isEqualTo(200);
        boolean staging = JSON.readTree(get.body()).get("isStaging").asBoolean();
        Map<String, String> post = new LinkedHashMap<>(auth);
        post.put("Content-Type", "application/json");
        try {
            HttpResponse<String> flipped = send("POST", "/customers/" + downtown + "/staging",
                    "{\"isStaging\":" + !staging + "}", post);
            assertThat(flipped.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(flipped.body()).get("isStaging").asBoolean()).isEqualTo(!staging);
        } finally {
            demo.flipBack(downtown, staging);
        }
        HttpResponse<String> tested = send("POST", "/customers/" + downtown + "/test-schedule",
                "{\"dateTime\":\"2026-12-01T10:00:00-05:00\"}", post);
        assertThat(tested.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(tested.body()).get("stateName").asText()).isNotBlank();
        assertThat(send("GET", "/customers/" + downtown + "/inherited-schedule", null, auth).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/customers/" + demo.id(Demo.GLOBEX), null, auth).statusCode()).isEqualTo(404);
    }
    /**
     * {@code evov sys log-entries}, as its source sends it (src/commands/sys.ts): a GET of
     * /json/reply/ListLogEntries with the active account, and with every option the query it builds
     * (URLSearchParams: comma-joined lists with the comma as %2C, spaces as +); it reads {@code items}
     * and stops with "empty" when there are none.
     */
    @Test
    void the_clients_log_entries_command() throws Exception {
        String cookie = signIn("manager", "manager", Map.of());
        Map<String, String> read = Map.of("Cookie", cookie, "Accept", "application/json",
                "User-Agent", "evo-voice-cli/0.0.0");
        JsonNode status = JSON.readTree(send("GET", "/auth/status", null, read).body());
        String account = status.get("accountIds").get(0).asText();
        String downtown = demo.id(Demo.OWN);
        boolean staging = JSON.readTree(send("GET", "/customers/" + downtown, null, read).body()).get("isStaging")
                .asBoolean();
        Map<String, String> post = new LinkedHashMap<>(read);
        post.put("Content-Type", "application/json");
        try {
            assertThat(send("POST", "/customers/" + downtown + "/staging", "{\"isStaging\":" + !staging + "}", post)
                    .statusCode()).isEqualTo(200);

            // evov sys log-entries
            HttpResponse<String> plain = send("GET", "/json/reply/ListLogEntries?accountIds=" + account, null, read);
            assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
            JsonNode newest = JSON.readTree(plain.body()).get("items").get(0);
            assertThat(newest.get("customerName").asText()).isEqualTo(Demo.OWN);
            assertThat(newest.get("accountName").asText()).isEqualTo("Acme Telecom");
            assertThat(newest.get("userName").asText()).isEqualTo("manager");
            assertThat(newest.get("description").asText()).isEqualTo(staging ? "Routing: Staging → Production"
                    : "Routing: Production → Staging");

            // evov sys log-entries --customer-id _ --customer-id ID --start-date D --end-date D
            //   --description "production staging"... --page 0 --count-per-page 5 --sort-order desc
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            HttpResponse<String> filtered = send("GET", "/json/reply/ListLogEntries?page=0&countPerPage=5"
                    + "&sortOrder=Descend&accountIds=" + account + "&customerIds=_%2C" + downtown + "&startDate=" + today
                    + "&endDate=" + today + "&description=routing", null, read);
            assertThat(filtered.statusCode()).as(filtered.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(filtered.body());
            assertThat(page.get("items").size()).isBetween(1, 5);
            assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(newest.get("id").asText());
            assertThat(page.get("items").valueStream().map(i -> i.get("customerId").asText())).containsOnly(downtown);

            // nothing matches: the client reads an empty items array and exits "empty"
            HttpResponse<String> none = send("GET", "/json/reply/ListLogEntries?accountIds=" + account
                    + "&description=no+such+change+" + System.nanoTime(), null, read);
            assertThat(JSON.readTree(none.body()).get("items").size()).isZero();

            HttpResponse<String> bad = send("GET", "/json/reply/ListLogEntries?accountIds=" + account
                    + "&startDate=yesterday", null, read);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("responseStatus").get("errors").get(0).get("fieldName").asText())
                    .isEqualTo("StartDate");
        } finally {
            demo.flipBack(downtown, staging);
        }
    }
}
