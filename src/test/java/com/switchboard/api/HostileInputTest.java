package com.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.switchboard.IntegrationTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input that no database takes is refused before it reaches one: NUL characters and huge id lists
 * answer 400 naming the field (the same on H2 and PostgreSQL, since nothing is sent to either), and
 * no client error logs a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    @Autowired MockMvc mvc;

    private MockHttpServletResponse list(String query) throws Exception {
        return mvc.perform(get(java.net.URI.create("/customers?" + query)).with(httpBasic("manager", "manager"))).andReturn().getResponse();
    }

    @Test
    void a_nul_byte_in_the_name_filter_answers_400_naming_the_field(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = list("nameFilter=dent%00al");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"fieldName\":\"NameFilter\"", "NUL");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void a_nul_byte_in_an_id_list_or_a_body_field_answers_400(CapturedOutput output) throws Exception {
        MockHttpServletResponse ids = list("specificIds=a,b%00c");
        assertThat(ids.getStatus()).isEqualTo(400);
        assertThat(ids.getContentAsString()).contains("\"fieldName\":\"SpecificIds[1]\"");

        MockHttpServletResponse body = mvc.perform(post("/api/GetCustomer").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":\"x\\u0000y\"}"))
                .andReturn().getResponse();
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getContentAsString()).contains("\"fieldName\":\"CustomerId\"");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void more_than_ten_thousand_ids_answer_400_naming_the_list(CapturedOutput output) throws Exception {
        String many = IntStream.range(0, 70_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        MockHttpServletResponse response = mvc.perform(post("/api/ListCustomers").with(httpBasic("manager", "manager"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("specificIds=" + many))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"fieldName\":\"SpecificIds\"", "10000");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
