package com.switchboard.api;

import static com.switchboard.api.StagingApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.Demo;
import com.switchboard.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * ListLogEntries on the wire: one entry per change in the History tab's words, newest first, scoped
 * per role and filtered by account, customer ({@code _} for the account's own), day and text. The
 * entries of this test are written in January 2001 by a user of its own, so the days isolate them
 * from what other test classes write.
 */
@IntegrationTest
class LogEntryApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAYS = "startDate=2001-01-01&endDate=2001-01-06";

    @Autowired MockMvc mvc;
    @Autowired Demo demo;
    @Autowired JdbcTemplate jdbc;

    private final String by = "logs-" + System.nanoTime();
    private final String gone = "gone-" + System.nanoTime();
    private String acme;
    private String globex;

    /**
     * A: own customer, two fields; B: its child; C: its sibling; D: a Globex customer; E and F: the
     * accounts themselves; G: a customer since deleted.
     */
    @BeforeEach
    void writeHistory() {
        acme = demo.accountId("Acme Telecom");
        globex = demo.accountId("Globex Voice");
        customer(Demo.OWN, acme, "2001-01-02T10:00:00Z", "isStaging", "false", "true");
        customer(Demo.OWN, acme, "2001-01-02T10:00:00Z", "name", "X-old", "X-new");
        customer(Demo.CHILD_OF_OWN, acme, "2001-01-03T10:00:00Z", "referenceId", null, "REF-" + by);
        customer(Demo.SIBLING_OF_OWN, acme, "2001-01-04T23:59:59Z", "tags", "[]", "[t1]");
        customer(Demo.GLOBEX, globex, "2001-01-05T00:00:00Z", "name", "Nimbus", "Nimbus Software");
        account(acme, "2001-01-03T12:00:00Z", "maxPhoneNumbers", null, "5");
        account(globex, "2001-01-06T08:00:00Z", "name", "Globex", "Globex Voice");
        jdbc.update("INSERT INTO customer_change (customer_id, account_id, changed_at, changed_by, channel, field,"
                + " old_value, new_value) VALUES (?, ?, ?, ?, 'UI', 'deleted', 'Gone Co', NULL)", gone, acme,
                at("2001-01-01T00:00:00Z"), by);
    }

    @AfterEach
    void deleteHistory() {
        jdbc.update("DELETE FROM customer_change WHERE changed_by = ?", by);
        jdbc.update("DELETE FROM account_change WHERE changed_by = ?", by);
    }

    @Test
    void one_entry_per_change_newest_first_in_the_history_tabs_words() throws Exception {
        JsonNode page = json(send(get("/log-entries?" + DAYS), "admin"));
        assertThat(descriptions(page)).containsExactly(
                "Name: Globex → Globex Voice",
                "Name: Nimbus → Nimbus Software",
                "Tags: [] → [t1]",
                "Max phone numbers: — → 5",
                "Reference id: — → REF-" + by,
                "Routing: Production → Staging; Name: X-old → X-new",
                "Deleted: Gone Co");
        assertThat(page.get("totalCount").asLong()).isEqualTo(7);
        assertThat(page.get("hasMorePages").asBoolean()).isFalse();

        JsonNode child = mine(page).get(4);
        assertThat(child.get("accountId").asText()).isEqualTo(acme);
        assertThat(child.get("accountName").asText()).isEqualTo("Acme Telecom");
        assertThat(child.get("customerId").asText()).isEqualTo(demo.id(Demo.CHILD_OF_OWN));
        assertThat(child.get("customerName").asText()).isEqualTo(Demo.CHILD_OF_OWN);
        assertThat(child.get("customerBreadcrumb").valueStream().map(c -> c.get("name").asText()))
                .containsExactly(Demo.PARENT_OF_OWN, Demo.OWN, Demo.CHILD_OF_OWN);
        assertThat(child.get("userName").asText()).isEqualTo(by);
        assertThat(child.get("createdBy").asText()).isEqualTo(by);
        assertThat(child.get("dateCreated").asText()).isEqualTo("2001-01-03T10:00:00.000Z");
        assertThat(child.get("id").asText()).startsWith("c");

        JsonNode account = mine(page).get(3);
        assertThat(account.has("customerId")).as("an account's own entry names no customer").isFalse();
        assertThat(account.get("customerBreadcrumb").size()).isZero();
        assertThat(account.get("accountName").asText()).isEqualTo("Acme Telecom");

        JsonNode deleted = mine(page).get(6);
        assertThat(deleted.get("customerId").asText()).isEqualTo(gone);
        assertThat(deleted.get("customerName").asText()).as("the name it had").isEqualTo("Gone Co");
    }

    @Test
    void each_role_reads_only_what_it_reaches() throws Exception {
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS), "manager")))).containsExactly(
                "Tags: [] → [t1]", "Max phone numbers: — → 5", "Reference id: — → REF-" + by,
                "Routing: Production → Staging; Name: X-old → X-new", "Deleted: Gone Co");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS), "globex")))).containsExactly(
                "Name: Globex → Globex Voice", "Name: Nimbus → Nimbus Software");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS), "customer"))))
                .as("its customer's subtree, no account-level entries, no sibling")
                .containsExactly("Reference id: — → REF-" + by, "Routing: Production → Staging; Name: X-old → X-new");

        // asking for what is out of reach narrows to nothing, it does not widen
        assertThat(mine(json(send(get("/log-entries?" + DAYS + "&accountIds=" + globex), "manager")))).isEmpty();
        assertThat(mine(json(send(get("/log-entries?" + DAYS + "&customerIds=" + demo.id(Demo.GLOBEX)), "manager"))))
                .isEmpty();
        assertThat(mine(json(send(get("/log-entries?" + DAYS + "&customerIds=" + demo.id(Demo.SIBLING_OF_OWN)),
                "customer")))).isEmpty();
        assertThat(mine(json(send(get("/log-entries?" + DAYS + "&customerIds=_"), "customer")))).isEmpty();
        assertThat(send(get("/log-entries"), null).getStatus()).isEqualTo(401);
    }

    @Test
    void filters_by_account_customer_and_account_level() throws Exception {
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&accountIds=" + globex), "admin"))))
                .containsExactly("Name: Globex → Globex Voice", "Name: Nimbus → Nimbus Software");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&customerIds=_"), "admin"))))
                .containsExactly("Name: Globex → Globex Voice", "Max phone numbers: — → 5");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&customerIds=_," + demo.id(Demo.OWN)),
                "manager")))).containsExactly("Max phone numbers: — → 5",
                "Routing: Production → Staging; Name: X-old → X-new");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&customerIds=" + demo.id(Demo.OWN)
                + "&customerIds=" + demo.id(Demo.CHILD_OF_OWN)), "customer")))).containsExactly(
                "Reference id: — → REF-" + by, "Routing: Production → Staging; Name: X-old → X-new");
    }

    @Test
    void days_are_whole_utc_days_both_bounds_included() throws Exception {
        assertThat(descriptions(json(send(get("/log-entries?startDate=2001-01-03&endDate=2001-01-04"), "admin"))))
                .containsExactly("Tags: [] → [t1]", "Max phone numbers: — → 5", "Reference id: — → REF-" + by);
        assertThat(descriptions(json(send(get("/log-entries?startDate=2001-01-05&endDate=2001-01-05"), "admin"))))
                .containsExactly("Name: Nimbus → Nimbus Software");
        assertThat(descriptions(json(send(get("/log-entries?endDate=2001-01-01"), "admin"))))
                .containsExactly("Deleted: Gone Co");

        assertError(send(get("/log-entries?startDate=2001-13-01"), "admin"), 400, "Invalid", "StartDate");
        assertError(send(get("/log-entries?startDate=2001-02-30"), "admin"), 400, "Invalid", "StartDate");
        assertError(send(get("/log-entries?endDate=01/02/2001"), "admin"), 400, "Invalid", "EndDate");
        assertError(send(get("/log-entries?startDate=2001-01-04&endDate=2001-01-03"), "admin"), 400, "Invalid",
                "EndDate");
    }

    @Test
    void description_is_a_text_search_over_the_fields_and_values() throws Exception {
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&description=ref-" + by), "admin"))))
                .containsExactly("Reference id: — → REF-" + by);
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&description=ROUTING"), "admin"))))
                .as("a label, and the whole change comes back").containsExactly(
                        "Routing: Production → Staging; Name: X-old → X-new");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&description=x-new"), "admin"))))
                .containsExactly("Routing: Production → Staging; Name: X-old → X-new");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&description=phone numbers"), "manager"))))
                .containsExactly("Max phone numbers: — → 5");
        assertThat(mine(json(send(get("/log-entries?" + DAYS + "&description=100%25_"), "admin")))).isEmpty();
    }

    @Test
    void pages_sort_order_and_specific_ids_like_every_list() throws Exception {
        JsonNode first = json(send(get("/log-entries?" + DAYS + "&countPerPage=3"), "admin"));
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("totalCount").asLong()).isEqualTo(7);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("hasMorePages").asBoolean()).isTrue();
        JsonNode last = json(send(get("/log-entries?" + DAYS + "&countPerPage=3&page=2&simplifiedPaging=true"), "admin"));
        assertThat(descriptions(last)).containsExactly("Deleted: Gone Co");
        assertThat(last.get("totalCount").asLong()).isZero();
        assertThat(last.get("hasMorePages").asBoolean()).isFalse();
        JsonNode exact = json(send(get("/log-entries?" + DAYS + "&countPerPage=7&simplifiedPaging=true"), "admin"));
        assertThat(exact.get("hasMorePages").asBoolean()).as("exact without counting").isFalse();

        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&sortOrder=Ascend&sortField=dateCreated"),
                "admin")))).first().isEqualTo("Deleted: Gone Co");
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&all=true"), "admin")))).hasSize(7);

        String child = mine(first).get(1).get("id").asText();
        String ids = child + "," + mine(first).get(0).get("id").asText();
        assertThat(descriptions(json(send(get("/log-entries?" + DAYS + "&specificIds=" + ids), "admin"))))
                .containsExactly("Name: Globex → Globex Voice", "Name: Nimbus → Nimbus Software");

        assertError(send(get("/log-entries?sortField=name"), "admin"), 400, "Predicate", "SortField");
        assertError(send(get("/log-entries?countPerPage=0"), "admin"), 400, "InclusiveBetween", "CountPerPage");
    }

    @Test
    void the_count_goes_a_thousand_entries_past_the_page_and_no_further() throws Exception {
        Instant start = Instant.parse("2001-02-01T00:00:00Z");
        jdbc.batchUpdate("INSERT INTO account_change (account_id, changed_at, changed_by, channel, field, old_value,"
                + " new_value) VALUES (?, ?, ?, 'API', 'maxPhoneNumbers', NULL, ?)", java.util.stream.IntStream
                .range(0, 1_100).mapToObj(i -> new Object[] {acme, Timestamp.from(start.plusSeconds(i)), by,
                        String.valueOf(i)}).toList());
        String day = "/log-entries?startDate=2001-02-01&endDate=2001-02-01&countPerPage=10";
        JsonNode first = json(send(get(day), "admin"));
        assertThat(first.get("totalCount").asLong()).isEqualTo(10 + 1_000);
        assertThat(first.get("hasMorePages").asBoolean()).isTrue();
        assertThat(descriptions(first).get(0)).isEqualTo("Max phone numbers: — → 1099");
        JsonNode last = json(send(get(day + "&page=109"), "admin"));
        assertThat(last.get("totalCount").asLong()).as("exact once the end is in reach").isEqualTo(1_100);
        assertThat(last.get("totalPages").asInt()).isEqualTo(110);
        assertThat(last.get("hasMorePages").asBoolean()).isFalse();
        assertThat(descriptions(last)).hasSize(10).last().isEqualTo("Max phone numbers: — → 0");
    }

    @Test
    void the_pre_defined_routes_and_xml_answer_the_same() throws Exception {
        JsonNode reply = json(send(get("/json/reply/ListLogEntries?" + DAYS + "&customerIds=_"), "admin"));
        assertThat(descriptions(reply)).containsExactly("Name: Globex → Globex Voice", "Max phone numbers: — → 5");
        JsonNode api = json(send(post("/api/ListLogEntries").contentType(MediaType.APPLICATION_JSON)
                .content("{\"startDate\":\"2001-01-01\",\"endDate\":\"2001-01-06\",\"customerIds\":[\"_\"]}"), "admin"));
        assertThat(descriptions(api)).isEqualTo(descriptions(reply));
        MockHttpServletResponse xml = send(get("/log-entries.xml?" + DAYS + "&customerIds=_"), "admin");
        assertThat(xml.getStatus()).isEqualTo(200);
        assertThat(xml.getContentAsString(StandardCharsets.UTF_8)).contains("<ListResponseOfLogEntryInfo",
                "Description>Max phone numbers: — → 5</d2p1:Description>");
    }

    @Test
    void a_change_made_now_is_an_entry_of_its_account() throws Exception {
        String customer = demo.id(Demo.OTHER_ACME);
        boolean staging = demo.customer(Demo.OTHER_ACME).isStaging();
        try {
            assertThat(send(post("/customers/" + customer + "/staging").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"isStaging\":" + !staging + "}"), "manager").getStatus()).isEqualTo(200);
            assertThat(jdbc.queryForObject("SELECT account_id FROM customer_change WHERE customer_id = ?"
                    + " ORDER BY id DESC LIMIT 1", String.class, customer)).isEqualTo(acme);
            JsonNode entry = json(send(get("/log-entries?countPerPage=1&accountIds=" + acme + "&customerIds="
                    + customer), "manager")).get("items").get(0);
            assertThat(entry.get("description").asText()).isEqualTo(staging ? "Routing: Staging → Production"
                    : "Routing: Production → Staging");
            assertThat(entry.get("userName").asText()).isEqualTo("manager");
            assertThat(entry.get("customerName").asText()).isEqualTo(Demo.OTHER_ACME);
        } finally {
            demo.flipBack(customer, staging);
        }
    }

    /** A row as CustomerChangeLog writes it: the first row of a change (customer, instant, user) flagged. */
    private void customer(String name, String account, String at, String field, String before, String after) {
        Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_id = ?"
                + " AND changed_at = ? AND changed_by = ?", Integer.class, demo.id(name), at(at), by);
        jdbc.update("INSERT INTO customer_change (customer_id, account_id, changed_at, changed_by, channel, field,"
                + " old_value, new_value, first_of_change) VALUES (?, ?, ?, ?, 'UI', ?, ?, ?, ?)", demo.id(name),
                account, at(at), by, field, before, after, earlier == null || earlier == 0);
    }

    private void account(String account, String at, String field, String before, String after) {
        jdbc.update("INSERT INTO account_change (account_id, changed_at, changed_by, channel, field, old_value,"
                + " new_value) VALUES (?, ?, ?, 'API', ?, ?, ?)", account, at(at), by, field, before, after);
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    /** This test's entries of a page, in order. */
    private List<JsonNode> mine(JsonNode page) {
        List<JsonNode> mine = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.get("userName").asText().equals(by)) {
                mine.add(item);
            }
        });
        return mine;
    }

    private List<String> descriptions(JsonNode page) {
        return mine(page).stream().map(item -> item.get("description").asText()).toList();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        if (user != null) {
            request.with(httpBasic(user, user));
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
