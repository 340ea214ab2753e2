package com.switchboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every way to sign in with a user name and password, each from a client address of the caller's
 * choosing: HTTP Basic on the API, the API's {@code POST /auth/credentials}, the portal's form, and
 * HTTP Basic on the actuator.
 */
public record SignInPaths(MockMvc mvc) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code GET /customers} with HTTP Basic. */
    public MockHttpServletResponse apiBasic(String user, String password, String ip) throws Exception {
        return send(get("/customers?countPerPage=1").accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(user, password)), ip);
    }

    /** {@code POST /auth/credentials}, which starts an API session. */
    public MockHttpServletResponse credentials(String user, String password, String ip) throws Exception {
        return send(post("/auth/credentials").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("userName", user, "password", password))), ip);
    }

    /** The portal's sign-in form (with its CSRF token): a redirect, to the form again when refused. */
    public MockHttpServletResponse portal(String user, String password, String ip) throws Exception {
        return send(post("/login").param("username", user).param("password", password).with(csrf()), ip);
    }

    /** {@code GET /actuator/info} with HTTP Basic (an administrator's endpoint). */
    public MockHttpServletResponse actuator(String user, String password, String ip) throws Exception {
        return send(get("/actuator/info").with(httpBasic(user, password)), ip);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String ip) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        })).andReturn().getResponse();
    }
}
