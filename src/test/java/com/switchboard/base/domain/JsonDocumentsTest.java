package com.switchboard.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.account.BillingSettings;
import com.switchboard.customer.CustomerData;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.SchedulingRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored documents are read once per text and shared, which is safe because they cannot change. */
class JsonDocumentsTest {

    private static final String DATA = """
            {"plan":{"stringValue":"gold"},"seats":{"numberValue":12},
             "sites":{"listValue":[{"city":{"stringValue":"Austin"}},null]},
             "owner":{"structValue":{"name":{"stringValue":"Ann"},"vip":{"boolValue":true}}}}""";

    private static final String SCHEDULE = """
            {"timeZoneId":"Europe/Paris","inherit":false,"forceClosed":false,"defaultState":"Closed",
             "rules":[{"id":"r1","name":"Weekdays","priority":1,"state":"Open","simpleRuleType":"TIME",
                       "flowParams":{"p":{"boolValue":true}},"startDate":"2026-01-05","startTime":"09:00",
                       "endTime":"17:00","byDay":[{"offset":0,"dayOfWeek":"MONDAY"}],"byHour":[9,null],
                       "byMonth":[1,2],"interval":1,"count":0,"frequency":"WEEKLY"}]}""";

    @Test
    void custom_data_cannot_be_changed_at_any_depth() {
        CustomerData data = JsonDocuments.fromJson(DATA, CustomerData.class);
        Map<String, DataValue> values = data.values();
        assertThat(values.keySet()).containsExactly("plan", "seats", "sites", "owner");
        assertThatThrownBy(() -> values.put("x", DataValue.of(1))).isInstanceOf(UnsupportedOperationException.class);
        List<Map<String, DataValue>> sites = values.get("sites").listValue();
        assertThat(sites).hasSize(2).containsNull();
        assertThatThrownBy(() -> sites.add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sites.get(0).put("x", DataValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        Map<String, DataValue> owner = values.get("owner").structValue();
        assertThat(owner.keySet()).containsExactly("name", "vip");
        assertThatThrownBy(() -> owner.remove("name")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_value_built_from_collections_does_not_follow_later_changes_to_them() {
        Map<String, DataValue> struct = new HashMap<>(Map.of("a", DataValue.of("1")));
        List<Map<String, DataValue>> list = new ArrayList<>(List.of(struct));
        DataValue value = new DataValue(null, null, null, list, struct);
        struct.put("b", DataValue.of("2"));
        list.clear();
        assertThat(value.structValue()).containsOnlyKeys("a");
        assertThat(value.listValue()).hasSize(1);
        assertThat(value.listValue().get(0)).containsOnlyKeys("a");
    }

    @Test
    void schedule_rules_cannot_be_changed() {
        Schedule schedule = JsonDocuments.fromJson(SCHEDULE, Schedule.class);
        SchedulingRule rule = schedule.rules().get(0);
        assertThat(rule.byHour()).containsExactly(9, null);
        assertThatThrownBy(() -> schedule.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rule.byDay().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rule.byMonth().set(0, 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rule.byHour().add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rule.flowParams().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_same_text_is_parsed_once_and_other_text_gets_its_own_document() {
        Schedule first = JsonDocuments.fromJson(SCHEDULE, Schedule.class);
        assertThat(JsonDocuments.fromJson(SCHEDULE, Schedule.class)).isSameAs(first);
        assertThat(JsonDocuments.fromJson(new String(SCHEDULE.toCharArray()), Schedule.class)).isSameAs(first);

        Schedule other = JsonDocuments.fromJson(SCHEDULE.replace("Europe/Paris", "Asia/Tokyo"), Schedule.class);
        assertThat(other.timeZoneId()).isEqualTo("Asia/Tokyo");
        assertThat(first.timeZoneId()).isEqualTo("Europe/Paris");
        assertThat(JsonDocuments.fromJson(JsonDocuments.toJson(first), Schedule.class)).isEqualTo(first);
    }

    @Test
    void long_texts_and_other_types_are_parsed_every_time() {
        String longData = "{\"text\":{\"stringValue\":\"" + "x".repeat(JsonDocuments.LARGEST_CACHED) + "\"}}";
        CustomerData once = JsonDocuments.fromJson(longData, CustomerData.class);
        CustomerData again = JsonDocuments.fromJson(longData, CustomerData.class);
        assertThat(again).isEqualTo(once).isNotSameAs(once);

        String billing = JsonDocuments.toJson(BillingSettings.FREE);
        assertThat(JsonDocuments.fromJson(billing, BillingSettings.class)).isEqualTo(BillingSettings.FREE)
                .isSameAs(JsonDocuments.fromJson(billing, BillingSettings.class));
        Map<?, ?> notADocument = JsonDocuments.fromJson(billing, Map.class);
        assertThat(JsonDocuments.fromJson(billing, Map.class)).isEqualTo(notADocument).isNotSameAs(notADocument);
    }
}
