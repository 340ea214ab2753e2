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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** TestSchedule and GetInheritedSchedule on the wire. */
@IntegrationTest
class ScheduleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired Demo demo;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user))).andReturn().getResponse();
    }

    private JsonNode test(String customer, String body) throws Exception {
        MockHttpServletResponse response = send(post("/customers/" + demo.id(customer) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content(body), "manager");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void the_saved_schedule_is_evaluated_through_inheritance() throws Exception {
        JsonNode thursday = test(Demo.OWN, "{\"dateTime\":\"2026-11-26T10:00:00-05:00\"}");
        assertThat(thursday.get("stateName").asText()).isEqualTo("Business Hours");
        assertThat(thursday.get("timeZoneId").asText()).isEqualTo("America/New_York");
        assertThat(test(Demo.OWN, "{\"dateTime\":\"2026-11-26T17:30:00-05:00\"}").get("stateName").asText())
                .isEqualTo("After Hours");
        assertThat(test(Demo.OWN, "{\"dateTime\":\"2026-12-25T10:00\"}").get("stateName").asText())
                .as("local to the schedule's zone").isEqualTo("Holiday");
        assertThat(test(Demo.OWN, "{\"dateTime\":\"2026-11-28T15:00:00Z\"}").get("stateName").asText())
                .as("Saturday").isEqualTo("After Hours");
    }

    @Test
    void inheritance_runs_through_every_level() throws Exception {
        JsonNode grandchild = test(Demo.CHILD_OF_OWN, "{\"dateTime\":\"2026-12-25T10:00\"}");
        assertThat(grandchild.get("stateName").asText()).as("no schedule, a parent that inherits, a grandparent")
                .isEqualTo("Holiday");
        assertThat(grandchild.get("timeZoneId").asText()).isEqualTo("America/New_York");
    }

    @Test
    void a_top_level_customer_cannot_inherit() throws Exception {
        MockHttpServletResponse response = send(post("/customers/" + demo.id(Demo.PARENT_OF_OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"dateTime\":\"2026-11-26T10:00:00Z\",\"schedule\":{\"inherit\":true}}"), "manager");
        assertError(response, 400, "Invalid", "Schedule.Inherit");
    }

    @Test
    void an_unsaved_schedule_is_evaluated_in_the_customers_place() throws Exception {
        String body = """
                {"dateTime": "2026-11-26T03:00:00Z",
                 "schedule": {"timeZoneId": "Europe/Berlin", "defaultState": "Closed Today",
                   "rules": [{"name": "Night desk", "priority": 1, "state": "Night Desk", "simpleRuleType": "Time",
                              "startDate": "2026-01-01", "startTime": "22:00", "endTime": "06:00",
                              "frequency": "Daily", "interval": 1},
                             {"name": "Follow", "priority": 2, "state": "Overflow", "simpleRuleType": "CustomerState",
                              "customerState": "After Hours"}]}}""";
        assertThat(test(Demo.OWN, body).get("stateName").asText()).isEqualTo("Night Desk");
        JsonNode follow = test(Demo.OWN, body.replace("2026-11-26T03:00:00Z", "2026-11-26T07:00:00Z"));
        assertThat(follow.get("stateName").asText()).as("the parent is after hours at 02:00 in New York")
                .isEqualTo("Overflow");
        assertThat(follow.get("timeZoneId").asText()).isEqualTo("Europe/Berlin");
        assertThat(test(Demo.OWN, body.replace("2026-11-26T03:00:00Z", "2026-11-26T16:00:00Z")).get("stateName")
                .asText()).as("the parent is open at 11:00 in New York").isEqualTo("Closed Today");
    }

    @Test
    void xml_and_the_predefined_routes_answer_too() throws Exception {
        MockHttpServletResponse xml = send(post("/api/TestSchedule?format=xml").contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"" + demo.id(Demo.OWN) + "\",\"dateTime\":\"2026-11-26T10:00:00-05:00\"}"),
                "manager");
        assertThat(xml.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<TestScheduleResponse xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns=\"http://schemas.datacontract.org/2004/07/Voice.Api.Scheduling\"><StateName>Business Hours"
                + "</StateName><TimeZoneId>America/New_York</TimeZoneId></TestScheduleResponse>");

        MockHttpServletResponse inherited = send(get("/customers/" + demo.id(Demo.OWN) + "/inherited-schedule"),
                "customer");
        JsonNode schedule = JSON.readTree(inherited.getContentAsString());
        assertThat(schedule.get("timeZoneId").asText()).isEqualTo("America/New_York");
        assertThat(schedule.get("rules").get(1).get("byDay").get(0).get("dayOfWeek").asText()).isEqualTo("Monday");

        String inheritedXml = send(get("/json/reply/GetInheritedSchedule?customerId=" + demo.id(Demo.OWN)
                + "&format=xml"), "customer").getContentAsString(StandardCharsets.UTF_8);
        assertThat(inheritedXml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Schedule xmlns:i=\""
                + "http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"http://schemas.datacontract.org/2004/07/"
                + "Voice.Api.Scheduling\"><DefaultState>After Hours</DefaultState>");

        assertError(send(get("/customers/" + demo.id(Demo.PARENT_OF_OWN) + "/inherited-schedule"), "manager"), 400,
                "Invalid", "CustomerId");
    }

    @Test
    void invalid_schedules_name_every_bad_field() throws Exception {
        String body = """
                {"dateTime": "2026-11-26T10:00:00Z",
                 "schedule": {"timeZoneId": "Mars/Olympus", "defaultState": "x",
                   "rules": [{"state": "A", "simpleRuleType": "Time", "startDate": "2026-05-01", "startTime": "25:00",
                              "endTime": "17:00", "frequency": "Weekly", "interval": 0, "count": -1,
                              "byHour": [24], "byMonthDay": [0], "byMonth": [13]},
                             {"state": "B", "simpleRuleType": "Time", "startDate": "2026-05-01", "startTime": "09:00",
                              "endTime": "17:00", "frequency": "Daily", "interval": 1,
                              "untilDate": "2026-04-01"}]}}""";
        MockHttpServletResponse response = send(post("/customers/" + demo.id(Demo.OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content(body), "manager");
        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = fields(response);
        assertThat(fields).containsExactly("Schedule.Rules[0].StartTime");

        MockHttpServletResponse second = send(post("/customers/" + demo.id(Demo.OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("25:00", "09:00")), "manager");
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(fields(second)).containsExactly("Schedule.TimeZoneId", "Schedule.Rules[0].Interval",
                "Schedule.Rules[0].Count", "Schedule.Rules[0].ByMonth", "Schedule.Rules[0].ByMonthDay",
                "Schedule.Rules[0].ByHour", "Schedule.Rules[1].UntilDate");

        MockHttpServletResponse frequency = send(post("/customers/" + demo.id(Demo.OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("Weekly", "Fortnightly")), "manager");
        assertError(frequency, 400, "SerializationException", "Schedule.Rules[0].Frequency");

        assertError(send(post("/customers/" + demo.id(Demo.OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{\"dateTime\":\"soon\"}"), "manager"), 400,
                "InvalidFormat", "DateTime");
        assertError(send(post("/customers/" + demo.id(Demo.OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), "manager"), 400, "NotEmpty", "DateTime");
    }

    @Test
    void the_access_policy_guards_schedules_too() throws Exception {
        assertError(send(post("/customers/" + demo.id(Demo.SIBLING_OF_OWN) + "/test-schedule")
                .contentType(MediaType.APPLICATION_JSON).content("{\"dateTime\":\"2026-11-26T10:00:00Z\"}"), "customer"),
                404, "NotFound", null);
        assertError(send(get("/customers/" + demo.id(Demo.GLOBEX) + "/inherited-schedule"), "manager"), 404,
                "NotFound", null);
    }

    private static List<String> fields(MockHttpServletResponse response) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getContentAsString()).get("responseStatus").get("errors")
                .forEach(e -> fields.add(e.get("fieldName").asText()));
        return fields;
    }
}
