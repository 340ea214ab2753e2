package com.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.IntegrationTest;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Without demo data, an empty database gets one administrator with a random one-time password,
 * printed once; instances loading at the same moment take turns, so it happens once.
 */
@IntegrationTest
@TestPropertySource(properties = "switchboard.demo-data=false")
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTest {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired InitialData initialData;

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
}
