package com.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.switchboard.IntegrationTest;
import com.switchboard.SignInPaths;
import com.switchboard.security.PasswordExpiry;
import com.switchboard.user.MyAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * Without demo data, an empty database gets one administrator with a random one-time password,
 * printed once; instances loading at the same moment take turns, so it happens once. That password
 * opens nothing but its change: the portal signs in (to the password change only), every other way
 * in refuses it, also once the portal's sign-in has been remembered.
 */
@IntegrationTest
@TestPropertySource(properties = "switchboard.demo-data=false")
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTest {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IP = "10.7.0.1";

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired InitialData initialData;
    @Autowired MockMvc mvc;
    @Autowired MyAccount myAccount;
    @Autowired UserDetailsService users;

    @Test
    void demo_data_is_wanted_by_default_only_on_embedded_h2() {
        assertThat(InitialData.demoWanted(null, "jdbc:h2:file:./data/switchboard")).isTrue();
        assertThat(InitialData.demoWanted("", "jdbc:postgresql://db/switchboard")).isFalse();
        assertThat(InitialData.demoWanted("true", "jdbc:postgresql://db/switchboard")).isTrue();
        assertThat(InitialData.demoWanted("false", "jdbc:h2:mem:x")).isFalse();
    }

    @Test
    void an_empty_database_gets_one_administrator_who_must_change_the_printed_password(CapturedOutput output)
            throws Exception {
        jdbc.update("DELETE FROM app_user");
        int logged = output.getAll().length();
        List<Callable<Boolean>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(initialData::load);
        }
        var pool = Executors.newFixedThreadPool(4);
        List<Boolean> loaded = new ArrayList<>();
        for (Future<Boolean> f : pool.invokeAll(starts)) {
            loaded.add(f.get());
        }
        pool.shutdown();

        assertThat(loaded).containsOnlyOnce(true);
        assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class)).containsExactly("admin");
        assertThat(jdbc.queryForObject("SELECT role FROM app_user", String.class)).isEqualTo("SystemAdministrator");
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class)).isZero();

        Matcher printed = PASSWORD.matcher(output.getAll().substring(logged));
        List<String> shown = new ArrayList<>();
        while (printed.find()) {
            shown.add(printed.group(1));
        }
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).hasSizeGreaterThanOrEqualTo(20);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user", String.class);
        assertThat(passwords.matches(shown.get(0), hash)).isTrue();
        assertThat(jdbc.queryForList("SELECT event FROM auth_audit WHERE target_user = 'admin'", String.class))
                .contains("USER_CREATED");
    }

    @Test
    void the_printed_password_opens_nothing_but_its_change_on_every_path(CapturedOutput output) throws Exception {
        jdbc.update("DELETE FROM app_user");
        int logged = output.getAll().length();
        assertThat(initialData.load()).isTrue();
        Matcher printed = PASSWORD.matcher(output.getAll().substring(logged));
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        SignInPaths paths = new SignInPaths(mvc);

        refusedEverywhereButThePortal(paths, password);
        assertThat(paths.portal("admin", password, IP).getRedirectedUrl()).as("to the password change")
                .doesNotContain("/login");
        refusedEverywhereButThePortal(paths, password); // also now that the portal's sign-in is remembered
        assertThat(jdbc.queryForList("SELECT reason FROM auth_audit WHERE target_user = 'admin' AND event = "
                + "'SIGN_IN_FAILURE'", String.class)).hasSize(6).containsOnly("PASSWORD_MUST_CHANGE");

        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            myAccount.changePassword(password, "a passphrase of my own", "a passphrase of my own", null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(paths.apiBasic("admin", "a passphrase of my own", IP).getStatus()).isEqualTo(200);
        assertThat(paths.credentials("admin", "a passphrase of my own", IP).getStatus()).isEqualTo(200);
        assertThat(paths.actuator("admin", "a passphrase of my own", IP).getStatus()).isEqualTo(200);
        assertThat(message(paths.apiBasic("admin", password, IP))).isEqualTo("Invalid UserName or Password");
    }

    private static void refusedEverywhereButThePortal(SignInPaths paths, String password) throws Exception {
        MockHttpServletResponse basic = paths.apiBasic("admin", password, IP);
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(message(basic)).isEqualTo(
                "Password change required: sign in to the portal at /login to choose a new password");
        MockHttpServletResponse credentials = paths.credentials("admin", password, IP);
        assertThat(credentials.getStatus()).isEqualTo(401);
        assertThat(message(credentials)).isEqualTo(PasswordExpiry.CHANGE_REQUIRED);
        assertThat(credentials.getCookies()).as("no session").isEmpty();
        MockHttpServletResponse actuator = paths.actuator("admin", password, IP);
        assertThat(actuator.getStatus()).isEqualTo(401);
        assertThat(actuator.getContentAsString()).isEqualTo(PasswordExpiry.CHANGE_REQUIRED);
    }

    private static String message(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString()).at("/responseStatus/message").asText();
    }
}
