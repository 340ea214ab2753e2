package com.switchboard.customer;

import com.switchboard.base.domain.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A page of log entries made whole: the rows of each change on the page (one query per source), the
 * names of their accounts and customers and the customers' breadcrumbs (one query each for the page).
 */
@Component
class LogEntryRows {

    /** The first row of one change: what the page query returns. */
    record Head(String kind, long id, String accountId, String customerId, Instant at, String by, Channel channel) {

        String owner() {
            return kind.equals("c") ? customerId : accountId;
        }

        boolean holds(String owner, Instant rowAt, String rowBy, String rowChannel) {
            return owner().equals(owner) && at.equals(rowAt) && by.equals(rowBy) && channel.name().equals(rowChannel);
        }
    }

    private record Row(String owner, Instant at, String by, String channel, String line) {}

    private record Named(String name, String path) {}

    private final NamedParameterJdbcTemplate jdbc;

    LogEntryRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Head head(ResultSet rs, int n) throws SQLException {
        return new Head(rs.getString("kind").trim(), rs.getLong("id"), rs.getString("account_id"),
                rs.getString("customer_id"), instant(rs, "changed_at"), rs.getString("changed_by"),
                Channel.valueOf(rs.getString("channel")));
    }

    List<LogEntry> entries(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Row> customerRows = rows("customer_change", "customer_id", heads, "c");
        List<Row> accountRows = rows("account_change", "account_id", heads, "a");
        Map<String, String> accountNames = names("account", heads.stream().map(Head::accountId)
                .filter(id -> id != null).collect(Collectors.toSet()));
        Map<String, Named> customers = customers(heads.stream().map(Head::customerId).filter(id -> id != null)
                .collect(Collectors.toSet()));
        Set<String> ancestorIds = customers.values().stream().flatMap(c -> pathIds(c.path()).stream())
                .collect(Collectors.toSet());
        ancestorIds.removeAll(customers.keySet());
        Map<String, String> ancestorNames = names("customer", ancestorIds);
        customers.forEach((id, c) -> ancestorNames.put(id, c.name()));

        List<LogEntry> entries = new ArrayList<>(heads.size());
        for (Head h : heads) {
            List<Row> source = h.kind().equals("c") ? customerRows : accountRows;
            List<String> lines = source.stream().filter(r -> h.holds(r.owner(), r.at(), r.by(), r.channel()))
                    .map(Row::line).toList();
            Named customer = h.customerId() == null ? null : customers.get(h.customerId());
            List<CustomerDetails.Crumb> crumbs = customer == null ? List.of() : pathIds(customer.path()).stream()
                    .map(id -> new CustomerDetails.Crumb(id, ancestorNames.get(id))).toList();
            String customerName = customer != null ? customer.name()
                    : h.customerId() == null ? null : deletedName(source, h);
            entries.add(new LogEntry(h.kind() + h.id(), h.accountId(), accountNames.get(h.accountId()), h.customerId(),
                    customerName, crumbs, h.at(), h.by(), h.channel(), String.join("; ", lines)));
        }
        return entries;
    }

    /** A deleted customer's name, as its "deleted" row keeps it; null when this change is not that one. */
    private static String deletedName(List<Row> rows, Head h) {
        return rows.stream().filter(r -> h.holds(r.owner(), r.at(), r.by(), r.channel())
                && r.line().startsWith(HistoryField.DELETED.label + ": ")).findFirst()
                .map(r -> r.line().substring(HistoryField.DELETED.label.length() + 2)).orElse(null);
    }

    /** Every row of the changes of {@code kind} on the page, oldest field first, in words. */
    private List<Row> rows(String table, String owner, List<Head> heads, String kind) {
        List<Head> mine = heads.stream().filter(h -> h.kind().equals(kind)).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("owners", mine.stream().map(Head::owner).collect(Collectors.toSet()));
        params.put("ats", mine.stream().map(h -> OffsetDateTime.ofInstant(h.at(), java.time.ZoneOffset.UTC))
                .collect(Collectors.toSet()));
        return jdbc.query("SELECT " + owner + ", changed_at, changed_by, channel, field, old_value, new_value FROM "
                + table + " WHERE " + owner + " IN (:owners) AND changed_at IN (:ats) ORDER BY id", params,
                (rs, n) -> new Row(rs.getString(1), instant(rs, "changed_at"), rs.getString(3), rs.getString(4),
                        HistoryField.describe(rs.getString(5), rs.getString(6), rs.getString(7))));
    }

    private Map<String, Named> customers(Collection<String> ids) {
        Map<String, Named> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, name, path FROM customer WHERE id IN (:ids)", Map.of("ids", ids),
                    rs -> {
                        found.put(rs.getString(1), new Named(rs.getString(2), rs.getString(3)));
                    });
        }
        return found;
    }

    private Map<String, String> names(String table, Collection<String> ids) {
        Map<String, String> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, name FROM " + table + " WHERE id IN (:ids)", Map.of("ids", ids),
                    rs -> {
                        found.put(rs.getString(1), rs.getString(2));
                    });
        }
        return found;
    }

    /** The ids of a customer's path ('/root/child/self/'), root first. */
    private static List<String> pathIds(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
