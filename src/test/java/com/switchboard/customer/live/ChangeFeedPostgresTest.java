package com.switchboard.customer.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.switchboard.IntegrationTest;
import com.switchboard.Postgres;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerChanged;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The change feed on PostgreSQL: through LISTEN/NOTIFY on the schema's channel. */
@IntegrationTest
class ChangeFeedPostgresTest extends ChangeFeedContract {

    private static final String SCHEMA = Postgres.newSchemaName();

    @Autowired ChangeChannel channel;
    @Autowired PostgresChangeListener listener;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void requireServer() {
        Postgres.requireServer();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        Postgres.dropSchema(SCHEMA);
    }

    @Test
    void the_channel_is_the_schemas_own_and_one_connection_listens_on_it() {
        assertThat(channel.crossesInstances()).isTrue();
        assertThat(channel.name()).isEqualTo("customer_changed_" + SCHEMA);
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?",
                Integer.class, listener.applicationName())).isEqualTo(1);
    }

    @Test
    void the_listener_reconnects_when_its_connection_is_killed_and_hears_the_next_change() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                listener.applicationName());
        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.isListening());
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
        BlockingQueue<CustomerChanged> all = subscribe();

        staging.setStaging(id, !before, Channel.API);

        CustomerChanged heard = next(all);
        assertThat(heard).isNotNull();
        assertThat(heard.customerId()).isEqualTo(id);
    }
}
