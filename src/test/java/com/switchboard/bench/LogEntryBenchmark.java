package com.switchboard.bench;

import com.switchboard.Application;
import com.switchboard.Postgres;
import com.switchboard.base.domain.PageResult;
import com.switchboard.customer.ChangeLogQueries;
import com.switchboard.customer.LogEntry;
import com.switchboard.customer.LogEntryFilter;
import com.switchboard.demo.SyntheticCustomers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The log at scale, on PostgreSQL: {@code ./mvnw -Pbenchmark test -Dtest=LogEntryBenchmark}. One
 * account of {@value #CUSTOMERS} customers holds {@value #ROWS} history rows (two fields per change,
 * so half as many entries, a change a second, each customer changed every {@value #CUSTOMERS} s);
 * measured in the server, as ListLogEntries asks for them: the first page of 25 for one customer and
 * for one account (as its manager), counted and uncounted ({@code simplifiedPaging}), and the first
 * page of everything for an administrator. Results go to stdout and target/benchmark/log-entries.md.
 * The rows stay in the schema switchboard_bench_logs, so a second run skips the inserts.
 */
class LogEntryBenchmark {

    private static final int CUSTOMERS = 10_000;
    private static final int ROWS = 1_000_000;
    private static final int WARMUP = 50;
    private static final int RUNS = 300;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        Postgres.requireServer();
        try (ConfigurableApplicationContext context = start()) {
            String account = context.getBean(SyntheticCustomers.class).ensure(CUSTOMERS);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            fill(jdbc, account);
            jdbc.execute("VACUUM ANALYZE customer_change");
            String customer = jdbc.queryForObject("SELECT MIN(id) FROM customer WHERE account_id = ?", String.class,
                    account);
            ChangeLogQueries log = context.getBean(ChangeLogQueries.class);
            line("| operation | history rows | runs | p50 ms | p95 ms | max ms |");
            line("|---|---|---|---|---|---|");
            signIn(context, "bench");
            LogEntryFilter ofCustomer = new LogEntryFilter(Set.of(), Set.of(customer), null, null, null, Set.of(),
                    false);
            LogEntryFilter ofAccount = new LogEntryFilter(Set.of(account), Set.of(), null, null, null, Set.of(),
                    false);
            row("first page, one customer", time(() -> page(log, ofCustomer, true)));
            row("first page, one customer, simplifiedPaging", time(() -> page(log, ofCustomer, false)));
            row("first page, one account", time(() -> page(log, ofAccount, true)));
            row("first page, one account, simplifiedPaging", time(() -> page(log, ofAccount, false)));
            signIn(context, "admin");
            row("first page, everything (administrator), simplifiedPaging",
                    time(() -> page(log, LogEntryFilter.all(), false)));
            SecurityContextHolder.clearContext();
        }
        Path out = Path.of("target", "benchmark", "log-entries.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private static Object page(ChangeLogQueries log, LogEntryFilter filter, boolean count) {
        PageResult<LogEntry> page = log.list(filter, 0, 25, count);
        if (page.items().size() != 25) {
            throw new IllegalStateException("a first page of " + page.items().size());
        }
        return page;
    }

    /** {@value #ROWS} rows of the account's customers, in one statement, unless they are there. */
    private static void fill(JdbcTemplate jdbc, String account) {
        Long have = jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE changed_by = 'bench-history'",
                Long.class);
        if (have != null && have >= ROWS) {
            return;
        }
        jdbc.update("DELETE FROM customer_change WHERE changed_by = 'bench-history'");
        jdbc.update("""
                INSERT INTO customer_change (customer_id, account_id, changed_at, changed_by, channel, field,
                                             old_value, new_value, first_of_change)
                SELECT c.id, ?, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + (g / 2) * INTERVAL '1 second',
                       'bench-history', 'API', CASE WHEN g % 2 = 0 THEN 'isStaging' ELSE 'name' END,
                       CASE WHEN g % 2 = 0 THEN 'false' ELSE 'Old ' || g END,
                       CASE WHEN g % 2 = 0 THEN 'true' ELSE 'New ' || g END, g % 2 = 0
                  FROM generate_series(0, ? - 1) g
                  JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM customer WHERE account_id = ?) c
                    ON c.k = (g / 2) % ?""", account, ROWS, account, CUSTOMERS);
    }

    private ConfigurableApplicationContext start() {
        List<String> properties = List.of("server.port=0", "switchboard.demo-data=true", "logging.level.root=warn",
                "logging.level.com.switchboard=info", "vaadin.launch-browser=false",
                "spring.datasource.hikari.maximum-pool-size=4", "vaadin.productionMode=true",
                "spring.datasource.url=" + Postgres.URL + "?currentSchema=switchboard_bench_logs&reWriteBatchedInserts=true",
                "spring.datasource.username=" + Postgres.USER, "spring.datasource.password=" + Postgres.PASSWORD,
                "spring.flyway.schemas=switchboard_bench_logs");
        return new SpringApplicationBuilder(Application.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static void signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** {@value #RUNS} timed runs after {@value #WARMUP} warm-up runs, or fewer when they take over a minute. */
    private static double[] time(Supplier<Object> work) {
        long budget = System.nanoTime() + 60_000_000_000L;
        for (int i = 0; i < WARMUP && System.nanoTime() < budget; i++) {
            work.get();
        }
        budget = System.nanoTime() + 60_000_000_000L;
        double[] millis = new double[RUNS];
        int n = 0;
        while (n < RUNS && (n < 20 || System.nanoTime() < budget)) {
            long start = System.nanoTime();
            work.get();
            millis[n++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(millis, n);
        Arrays.sort(measured);
        return measured;
    }

    private void row(String operation, double[] sorted) {
        line(String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f |", operation, ROWS, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
