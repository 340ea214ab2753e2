package com.switchboard.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.switchboard.Application;
import com.switchboard.Postgres;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerFilter;
import com.switchboard.customer.CustomerSchedules;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerSort;
import com.switchboard.demo.SyntheticCustomers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/**
 * The customers grid at scale: {@code ./mvnw -Pbenchmark test} (sizes with
 * {@code -Dbench.sizes=10000,1000000}, databases with {@code -Dbench.databases=h2,postgres}).
 * Measures, in the server, what the grid asks for when it opens (first page of 50 by name, the
 * children counts and schedule states of those rows, the match count capped at 1,001) and when someone searches (a
 * common word, a rare reference id), as the manager of an account holding all the customers; then
 * the heap each open grid UI keeps, after GC. Results go to stdout and target/benchmark/grid.md.
 * The synthetic customers stay in target/bench (H2) and the schema switchboard_bench (PostgreSQL),
 * so a second run skips the inserts.
 */
class GridBenchmark {

    private static final int WARMUP = 50;
    private static final int RUNS = 300;
    private static final int UIS = 100;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<String> databases = Arrays.stream(System.getProperty("bench.databases", "h2,postgres").split(","))
                .map(String::strip).toList();
        line("| database | customers | operation | runs | p50 ms | p95 ms | max ms |");
        line("|---|---|---|---|---|---|---|");
        for (String database : databases) {
            try (ConfigurableApplicationContext context = start(database)) {
                for (int size : sizes) {
                    measure(context, database, size);
                    if (database.equals(databases.get(0)) && size == sizes.get(0)) {
                        heapPerUi(context);
                    }
                }
            }
        }
        Path out = Path.of("target", "benchmark", "grid.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report);
    }

    private ConfigurableApplicationContext start(String database) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "switchboard.demo-data=true",
                "logging.level.root=warn", "logging.level.com.switchboard=info", "vaadin.launch-browser=false",
                "spring.datasource.hikari.maximum-pool-size=4", "vaadin.productionMode=true"));
        if (database.equals("postgres")) {
            Postgres.requireServer();
            properties.add("spring.datasource.url=" + Postgres.URL
                    + "?currentSchema=switchboard_bench&reWriteBatchedInserts=true");
            properties.add("spring.datasource.username=" + Postgres.USER);
            properties.add("spring.datasource.password=" + Postgres.PASSWORD);
            properties.add("spring.flyway.schemas=switchboard_bench");
        } else {
            properties.add("spring.datasource.url=jdbc:h2:file:./target/bench/switchboard;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        }
        // command-line arguments: they take precedence over application.properties
        return new SpringApplicationBuilder(Application.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private void measure(ConfigurableApplicationContext context, String database, int size) {
        SyntheticCustomers synthetic = context.getBean(SyntheticCustomers.class);
        String accountId = synthetic.ensure(size);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer inAccount = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE account_id = ?", Integer.class,
                accountId);
        if (inAccount == null || inAccount != size) {
            throw new IllegalStateException("The benchmark account holds " + inAccount + " customers, not " + size
                    + ": remove target/bench or the schema switchboard_bench to start over with smaller sizes");
        }
        // as autovacuum leaves a table after a bulk load: statistics and the visibility map up to date
        jdbc.execute(database.equals("postgres") ? "VACUUM ANALYZE customer" : "ANALYZE");
        signIn(context, "bench");
        CustomerDirectory customers = context.getBean(CustomerDirectory.class);
        CustomerSchedules schedules = context.getBean(CustomerSchedules.class);
        String label = String.format(Locale.ROOT, "%,d", size);

        row(database, label, "first page (50 by name)",
                time(() -> gridQueries(customers, schedules, CustomerFilter.ALL)));
        String[] words = {"ember", "summit", "harbor", "quartz", "willow"};
        int[] next = {0};
        row(database, label, "search, common word", time(() -> gridQueries(customers, schedules,
                search(words[next[0]++ % words.length]))));
        row(database, label, "search, rare reference id", time(() -> gridQueries(customers, schedules,
                search("bx-" + (size - 1 - (next[0]++ % 100))))));
        SecurityContextHolder.clearContext();
    }

    private static CustomerFilter search(String text) {
        return new CustomerFilter(null, text, null, null, false, null, null, null);
    }

    /** Exactly what the grid asks of the services when it shows a first page. */
    private static Object gridQueries(CustomerDirectory customers, CustomerSchedules schedules, CustomerFilter filter) {
        List<CustomerDetails> page = customers.find(filter, CustomerSort.BY_NAME, 0, 50);
        List<String> ids = page.stream().map(CustomerDetails::id).toList();
        customers.childCounts(ids);
        schedules.statesNow(ids);
        return customers.countUpTo(filter, 1_001);
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

    private void row(String database, String size, String operation, double[] sorted) {
        line(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f |", database, size, operation,
                sorted.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]));
    }

    /** Heap kept by each open UI showing the customers grid with its first page, after GC. */
    @SuppressWarnings("unchecked")
    private void heapPerUi(ConfigurableApplicationContext context) throws Exception {
        Routes routes = new Routes().autoDiscoverViews("com.switchboard");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("com.switchboard")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), GridBenchmark.class.getClassLoader()));
        }
        // as deployed: production mode (development mode records where each component was created)
        System.setProperty("vaadin.productionMode", "true");
        MockSpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        double login = kilobytesPerUi(context, servlet, "login");
        double grid = kilobytesPerUi(context, servlet, "portal/customers");
        line("");
        line(String.format(Locale.ROOT, "Heap per open UI, %d sessions each, after GC: customers grid %.0f KB; the "
                + "login page %.0f KB (the session and test-harness baseline); so the grid view itself %.0f KB.",
                UIS, grid, login, grid - login));
    }

    private double kilobytesPerUi(ConfigurableApplicationContext context, MockSpringServlet servlet, String route)
            throws Exception {
        List<Object> kept = new ArrayList<>();
        openUi(context, servlet, route, kept);
        long before = usedHeapAfterGc();
        for (int i = 0; i < UIS; i++) {
            openUi(context, servlet, route, kept);
        }
        long after = usedHeapAfterGc();
        if (Boolean.getBoolean("bench.histogram")) {
            Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            System.out.println(route + "\n" + String.join("\n", histogram.toString().lines().limit(40).toList()));
        }
        MockVaadin.tearDown();
        return (after - before) / 1024.0 / UIS;
    }

    /** One more session with its UI on {@code route}, as a browser opening the portal makes. */
    private static void openUi(ConfigurableApplicationContext context, MockSpringServlet servlet, String route,
            List<Object> kept) {
        MockVaadin.setup(UI::new, servlet);
        UserDetails user = signIn(context, "bench");
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate(route);
        MockVaadin.clientRoundtrip();
        kept.add(UI.getCurrent());
        kept.add(VaadinSession.getCurrent());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static UserDetails signIn(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
