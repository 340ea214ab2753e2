package com.switchboard.customer.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.switchboard.customer.CustomerChanged;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How changes travel between instances. On PostgreSQL: a {@code NOTIFY} channel per schema
 * ({@code customer_changed} in {@code public}, {@code customer_changed_<schema>} in any other, so
 * that deployments sharing a database in different schemas do not hear each other), the change as
 * JSON in the payload. On any other database changes stay in the instance.
 */
@Component
class ChangeChannel {

    static final String BASE_NAME = "customer_changed";
    private static final int MAX_IDENTIFIER = 63;

    private final JdbcTemplate jdbc;
    private final DataSourceProperties dataSource;
    private final boolean postgres;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private volatile String name;

    ChangeChannel(JdbcTemplate jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = DatabaseDriver.fromJdbcUrl(dataSource.determineUrl()) == DatabaseDriver.POSTGRESQL;
    }

    /** True when changes travel through PostgreSQL's {@code LISTEN/NOTIFY}. */
    boolean crossesInstances() {
        return postgres;
    }

    /** The channel's name, from the schema the application's tables are in (read once). */
    String name() {
        String known = name;
        if (known == null) {
            String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
            known = schema == null || schema.equals("public") ? BASE_NAME : BASE_NAME + "_" + schema;
            known = known.length() > MAX_IDENTIFIER ? known.substring(0, MAX_IDENTIFIER) : known;
            name = known;
        }
        return known;
    }

    /** Where the listening connection connects to: the application's database, past the pool. */
    DataSourceProperties dataSource() {
        return dataSource;
    }

    String encode(CustomerChanged change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the change of customer " + change.customerId(), e);
        }
    }

    CustomerChanged decode(String payload) {
        try {
            return json.readValue(payload, CustomerChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a customer change: " + payload, e);
        }
    }
}
