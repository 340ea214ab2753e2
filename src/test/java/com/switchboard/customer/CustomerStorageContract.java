package com.switchboard.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.switchboard.Demo;
import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.DataValue;
import com.switchboard.base.domain.Channel;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.SchedulingRule;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the storage must do on every database the portal runs on: the migrations, a full round trip
 * of everything CustomerInfo carries, optimistic locking, the list queries and concurrent flips.
 * Tests that write run in a transaction that is rolled back, or put back what they changed: the
 * database is shared by every test class of the same configuration.
 */
abstract class CustomerStorageContract {

    @Autowired CustomerRepository customers;
    @Autowired CustomerRows rows;
    @Autowired TagRepository tags;
    @Autowired CustomerDirectory service;
    @Autowired StagingService stagingService;
    @Autowired CustomerEditing editing;
    @Autowired CustomerExport csvExport;
    @Autowired JdbcTemplate jdbc;
    @Autowired Demo demo;
    @Autowired com.switchboard.account.AccountService accounts;

    @AfterEach
    void signOut() {
        demo.signOut();
    }

    @Test
    void migrations_ran_and_created_every_table() {
        Integer applied = jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '001' AND success = TRUE", Integer.class);
        assertThat(applied).isEqualTo(1);
        for (String table : List.of("account", "tag", "customer", "customer_tag", "customer_change", "app_user",
                "app_user_account")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isNotNull();
        }
    }

    @Test
    @Transactional
    void everything_a_customer_carries_is_stored_and_read_back() {
        Customer parent = demo.customer(Demo.OWN);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Customer c = Customer.create(UUID.randomUUID().toString(), parent.getAccountId(), parent, "  Round Trip Ltd  ",
                now, "tester");
        c.setReferenceId("RT-1");
        c.setStaging(true);
        Map<String, DataValue> data = new LinkedHashMap<>();
        data.put("text", DataValue.of("hello"));
        data.put("number", DataValue.of(42.5));
        data.put("flag", DataValue.of(false));
        data.put("list", DataValue.ofList(List.of(Map.of("x", DataValue.of(1)))));
        data.put("struct", DataValue.ofStruct(Map.of("inner", DataValue.of("deep"))));
        c.setData(new CustomerData(data));
        c.setIntegrationData(new IntegrationData(Map.of("hubspot", "HS-1", "zendesk", "ZD-2")));
        BillingSettings billing = BillingSettings.FREE.map(i -> new BillingItem(1.5, 2, 0.25, 100));
        c.setBillingSettings(true, billing);
        AppSettings app = new AppSettings(true, false, true, false, true, false, "teal", ".x{}", "Title", "{}",
                "https://logout", "https://port");
        c.setAppSettings(true, app);
        SchedulingRule rule = new SchedulingRule("r1", "Weekdays", 2, "Business Hours", "src", "cond",
                SchedulingRule.RuleType.TIME, "Open", "flow-1", Map.of("p", DataValue.of(true)), false,
                LocalDate.of(2026, 1, 5), LocalTime.of(9, 0), LocalTime.of(17, 30), List.of(1), List.of(1, 2),
                List.of(3), List.of(4), List.of(5), List.of(new SchedulingRule.Day(-1, DayOfWeek.FRIDAY)), List.of(9),
                List.of(0, 30), 2, 10, LocalDate.of(2026, 12, 31), SchedulingRule.Frequency.WEEKLY);
        Schedule schedule = new Schedule("America/New_York", false, true, List.of(rule), "After Hours");
        c.setSchedule(schedule);
        List<String> tagIds = tags.findByAccountIdOrderByName(parent.getAccountId()).stream().map(Tag::id).limit(2)
                .toList();
        c.setTagIds(tagIds);
        customers.save(c);

        Customer read = customers.findById(c.getId()).orElseThrow();
        assertThat(read.getName()).isEqualTo("Round Trip Ltd");
        assertThat(read.getReferenceId()).isEqualTo("RT-1");
        assertThat(read.getParentCustomerId()).isEqualTo(parent.getId());
        assertThat(read.getPath()).isEqualTo(parent.getPath() + c.getId() + "/");
        assertThat(read.isStaging()).isTrue();
        assertThat(read.getData()).isEqualTo(new CustomerData(data));
        assertThat(read.getIntegrationData().thirdPartyIds()).containsEntry("hubspot", "HS-1")
                .containsEntry("zendesk", "ZD-2");
        assertThat(read.isOverrideBillingSettings()).isTrue();
        assertThat(read.getBillingSettings()).isEqualTo(billing);
        assertThat(read.isOverrideAppSettings()).isTrue();
        assertThat(read.getAppSettings()).isEqualTo(app);
        assertThat(read.getSchedule()).isEqualTo(schedule);
        assertThat(read.getTagIds()).containsExactlyInAnyOrderElementsOf(tagIds);
        assertThat(read.getDateCreated()).isEqualTo(now);
        assertThat(read.getDateLastModified()).isEqualTo(now);
        assertThat(read.getCreatedBy()).isEqualTo("tester");
        assertThat(read.getVersion()).isNotNull();
    }

    @Test
    @Transactional
    void the_row_reader_reads_every_customer_as_the_repository_does() {
        Customer parent = demo.customer(Demo.OWN);
        Customer full = Customer.create(UUID.randomUUID().toString(), parent.getAccountId(), parent, "Everything Set",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "tester");
        full.setReferenceId("ES-1");
        full.setData(new CustomerData(Map.of("list", DataValue.ofList(List.of(Map.of("x", DataValue.of(1.5)))),
                "struct", DataValue.ofStruct(Map.of("inner", DataValue.of(true))))));
        full.setIntegrationData(new IntegrationData(Map.of("hubspot", "HS-9")));
        full.setBillingSettings(true, BillingSettings.FREE.map(i -> new BillingItem(2.5, 1, 0.5, 10)));
        full.setAppSettings(false, new AppSettings(false, true, false, true, false, true, "red", "b{}", "T", "{}",
                "https://out", "https://port"));
        full.setSchedule(new Schedule("Europe/Paris", false, false, List.of(), "Open"));
        full.setTagIds(tags.findByAccountIdOrderByName(parent.getAccountId()).stream().map(Tag::id).limit(3)
                .toList());
        customers.save(full);

        List<Customer> stored = customers.findAll();
        assertThat(stored).hasSizeGreaterThan(30);
        for (Customer expected : stored) {
            Customer read = rows.find(expected.getId()).orElseThrow();
            assertThat(read).as(expected.getName()).usingRecursiveComparison().ignoringFields("tags")
                    .isEqualTo(expected);
            assertThat(read.getTagIds()).as(expected.getName())
                    .containsExactlyInAnyOrderElementsOf(expected.getTagIds());
        }
        assertThat(rows.find(full.getId()).orElseThrow().getTagIds()).hasSize(3);
        assertThat(rows.findAll(stored.stream().map(Customer::getId).toList())).extracting(Customer::getId)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(Customer::getId).toList());
        assertThat(rows.find("no-such-customer")).isEmpty();
        assertThat(rows.findAll(List.of())).isEmpty();
    }

    @Test
    @Transactional
    void the_read_model_takes_settings_from_the_nearest_ancestor_that_overrides() {
        Customer group = demo.customer(Demo.PARENT_OF_OWN);
        Customer own = demo.customer(Demo.OWN);
        BillingSettings groupBilling = BillingSettings.FREE.map(i -> new BillingItem(7, 1, 0.5, 3));
        AppSettings groupApp = new AppSettings(false, false, false, false, false, false, "a", null, null, null, null,
                null);
        AppSettings ownApp = new AppSettings(true, false, true, false, true, false, "b", null, null, null, null, null);
        group.setBillingSettings(true, groupBilling);
        group.setAppSettings(true, groupApp);
        customers.save(group);
        own.setBillingSettings(false, BillingSettings.FREE.map(i -> new BillingItem(99, 1, 1, 1)));
        own.setAppSettings(true, ownApp);
        customers.save(own);
        demo.signIn("admin");

        CustomerDetails child = service.get(demo.id(Demo.CHILD_OF_OWN));
        assertThat(child.accountName()).isEqualTo("Acme Telecom");
        assertThat(child.breadcrumb()).extracting(CustomerDetails.Crumb::name)
                .containsExactly(Demo.PARENT_OF_OWN, Demo.OWN, Demo.CHILD_OF_OWN);
        assertThat(child.inheritedBilling()).as("the parent holds billing settings but does not override")
                .isEqualTo(new CustomerDetails.Inherited<>(groupBilling, group.getId(), Demo.PARENT_OF_OWN));
        assertThat(child.inheritedAppSettings())
                .isEqualTo(new CustomerDetails.Inherited<>(ownApp, own.getId(), Demo.OWN));

        CustomerDetails root = service.get(group.getId());
        assertThat(root.breadcrumb()).extracting(CustomerDetails.Crumb::id).containsExactly(group.getId());
        assertThat(root.inheritedBilling().sourceCustomerId()).isNull();
        assertThat(root.inheritedBilling().sourceName()).isEqualTo("Acme Telecom");
        assertThat(root.inheritedAppSettings()).isEqualTo(new CustomerDetails.Inherited<>(AppSettings.DEFAULTS, null,
                null));
        assertThat(root.effectiveBilling().value()).isEqualTo(groupBilling);

        List<CustomerDetails> listed = service.find(CustomerFilter.childrenOf(own.getId()), CustomerSort.BY_NAME, 0, 10);
        assertThat(listed).extracting(d -> d.customer().getName())
                .containsExactly("Downtown Orthodontics", Demo.CHILD_OF_OWN);
        for (CustomerDetails sibling : listed) {
            assertThat(sibling.inheritedBilling()).isEqualTo(child.inheritedBilling());
            assertThat(sibling.inheritedAppSettings()).isEqualTo(child.inheritedAppSettings());
            assertThat(sibling.breadcrumb().subList(0, 2)).isEqualTo(child.breadcrumb().subList(0, 2));
        }
    }

    @Test
    @Transactional
    void a_stale_save_is_refused_and_changes_nothing() {
        Customer first = demo.customer(Demo.OTHER_ACME);
        Customer second = customers.findById(first.getId()).orElseThrow();
        first.setReferenceId("FIRST");
        customers.save(first);

        second.setReferenceId("SECOND");
        assertThatThrownBy(() -> customers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(customers.findById(first.getId()).orElseThrow().getReferenceId()).isEqualTo("FIRST");
    }

    @Test
    @Transactional
    void the_staging_update_changes_the_flag_once_and_bumps_the_version() {
        Customer c = demo.customer(Demo.GLOBEX);
        boolean target = !c.isStaging();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(customers.updateStaging(c.getId(), target, now, "tester")).isEqualTo(1);
        assertThat(customers.updateStaging(c.getId(), target, now, "tester")).isZero();

        Customer read = customers.findById(c.getId()).orElseThrow();
        assertThat(read.isStaging()).isEqualTo(target);
        assertThat(read.getVersion()).isEqualTo(c.getVersion() + 1);
        assertThat(read.getDateLastModified()).isEqualTo(now);
        assertThat(read.getLastModifiedBy()).isEqualTo("tester");
    }

    @Test
    void lists_filter_sort_and_page_in_sql() {
        demo.signIn("admin");
        String acme = demo.accountId("Acme Telecom");
        var dentalChildren = service.list(new CustomerFilter(null, null, Set.of(), Set.of(demo.id(Demo.PARENT_OF_OWN)),
                true, Set.of(), Set.of(), null), CustomerSort.BY_NAME, 0, 10);
        assertThat(dentalChildren.items()).extracting(d -> d.customer().getName())
                .containsExactly("Acme Dental Downtown", "Acme Dental Uptown");

        var dentalSubtree = service.list(new CustomerFilter(null, null, Set.of(), Set.of(demo.id(Demo.PARENT_OF_OWN)),
                false, Set.of(), Set.of(), null), CustomerSort.BY_NAME, 0, 10);
        assertThat(dentalSubtree.totalCount()).isEqualTo(5);

        var byName = service.list(new CustomerFilter("DENTAL", null, Set.of(acme), Set.of(), false, Set.of(),
                Set.of(), null), new CustomerSort(CustomerSort.Field.NAME, false), 0, 2);
        assertThat(byName.totalCount()).as("Lumen Dental is of another account").isEqualTo(3);
        assertThat(byName.totalPages()).isEqualTo(2);
        assertThat(byName.hasMorePages()).isTrue();
        assertThat(byName.items()).extracting(d -> d.customer().getName())
                .containsExactly("Acme Dental Uptown", "Acme Dental Group");

        String healthcare = tagId(acme, "Healthcare");
        String vip = tagId(acme, "VIP");
        var both = service.list(new CustomerFilter(null, null, Set.of(), Set.of(), false, Set.of(healthcare, vip),
                Set.of(), null), CustomerSort.BY_NAME, 0, 10);
        assertThat(both.items()).extracting(d -> d.customer().getName()).containsExactly("Acme Dental Group");

        var wildcard = service.list(new CustomerFilter("%", null, Set.of(), Set.of(), false, Set.of(), Set.of(), null),
                CustomerSort.BY_NAME, 0, 10);
        assertThat(wildcard.totalCount()).as("a LIKE wildcard is searched literally").isZero();
    }

    @Test
    void lists_sort_and_filter_by_a_custom_data_member_in_sql() {
        demo.signIn("admin");
        String account = accounts.create("Data sort " + UUID.randomUUID(), Channel.UI).id();
        try {
            Map<String, Map<String, DataValue>> data = new LinkedHashMap<>();
            data.put("Ten seats", Map.of("seats", DataValue.of(10.0), "plan", DataValue.of("gold")));
            data.put("Two seats", Map.of("seats", DataValue.of(2.0), "plan", DataValue.of("silver")));
            data.put("Thirty seats", Map.of("seats", DataValue.of(30.0), "plan", DataValue.of("gold"),
                    "vip", DataValue.of(true)));
            data.put("No seats", Map.of("vip", DataValue.of(false)));
            boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .contains("PostgreSQL");
            if (postgres) {
                // H2 matches the stored text, so there a nested member of the same name is taken for the member
                data.put("Nested plan", Map.of("other", DataValue.ofStruct(Map.of("plan", DataValue.of("gold")))));
            }
            data.forEach((name, values) -> {
                String id = editing.create(new NewCustomer(account, null, name, null), Channel.UI).customer().getId();
                jdbc.update("UPDATE customer SET data = ? WHERE id = ?",
                        com.switchboard.base.domain.JsonDocuments.toJson(new CustomerData(values)), id);
            });
            CustomerFilter ofAccount = CustomerFilter.ALL.withAccounts(Set.of(account));

            assertThat(names(ofAccount, CustomerSort.byData("seats", true)))
                    .as("numbers in numeric order, customers without the member last")
                    .startsWith("Two seats", "Ten seats", "Thirty seats");
            assertThat(names(ofAccount, CustomerSort.byData("seats", false)))
                    .startsWith("Thirty seats", "Ten seats", "Two seats");
            assertThat(names(ofAccount, CustomerSort.byData("plan", true)).get(2)).isEqualTo("Two seats");
            assertThat(names(ofAccount, CustomerSort.byData("plan", false)).get(0)).isEqualTo("Two seats");
            assertThat(names(ofAccount, CustomerSort.byData("vip", false)).subList(0, 2))
                    .containsExactly("Thirty seats", "No seats");

            assertThat(names(ofAccount.withData(Map.of("plan", DataValue.of("gold"))), CustomerSort.BY_NAME))
                    .containsExactly("Ten seats", "Thirty seats");
            assertThat(names(ofAccount.withData(Map.of("seats", DataValue.of(2.0))), CustomerSort.BY_NAME))
                    .containsExactly("Two seats");
            assertThat(names(ofAccount.withData(Map.of("vip", DataValue.of(false))), CustomerSort.BY_NAME))
                    .containsExactly("No seats");
            assertThat(names(ofAccount.withData(Map.of("plan", DataValue.of("gold"), "vip", DataValue.of(true))),
                    CustomerSort.byData("seats", true))).containsExactly("Thirty seats");
            if (postgres) {
                assertThat(names(ofAccount, CustomerSort.byData("plan", true)).subList(3, 5))
                        .as("a nested member is not the member").containsExactlyInAnyOrder("No seats", "Nested plan");
            }
        } finally {
            jdbc.update("DELETE FROM customer WHERE account_id = ?", account);
            jdbc.update("DELETE FROM account WHERE id = ?", account);
        }
    }

    private List<String> names(CustomerFilter filter, CustomerSort sort) {
        return service.list(filter, sort, 0, 10).items().stream().map(d -> d.customer().getName()).toList();
    }

    @Test
    @Transactional
    void the_csv_export_holds_the_filtered_customers_with_safe_cells() throws Exception {
        demo.signIn("manager");
        editing.create(new NewCustomer(demo.accountId("Acme Telecom"), null, "=HYPERLINK(\"x\"), Birch", null),
                Channel.UI);
        java.io.StringWriter out = new java.io.StringWriter();
        csvExport.exportCsv(new CustomerFilter(null, "birch", Set.of(), Set.of(), false, Set.of(), Set.of(), null),
                CustomerSort.BY_NAME, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("id,name,referenceId,account,parentCustomerId,path,tags,isStaging");
        assertThat(lines).hasSize(6);
        assertThat(lines).as("a formula is defused and quoted")
                .anyMatch(line -> line.contains(",\"'=HYPERLINK(\"\"x\"\"), Birch\","));
        assertThat(lines).anyMatch(line -> line.contains(
                ",Birch & Stone Law,ACME-2001,Acme Telecom,,Birch & Stone Law,Enterprise,"));
        assertThat(service.countUpTo(CustomerFilter.ALL, 5)).isEqualTo(5);
    }

    @Test
    void a_flip_answers_the_customer_as_stored_and_a_repeated_value_writes_nothing() {
        Customer before = demo.customer(Demo.GLOBEX);
        String id = before.getId();
        long history = demo.historyRows(id);
        demo.signIn("admin");
        try {
            CustomerDetails flipped = stagingService.setStaging(id, !before.isStaging(), Channel.API);
            Customer stored = customers.findById(id).orElseThrow();
            assertThat(flipped.customer()).usingRecursiveComparison().isEqualTo(stored);
            assertThat(stored.isStaging()).isEqualTo(!before.isStaging());
            assertThat(stored.getVersion()).isEqualTo(before.getVersion() + 1);
            assertThat(stored.getLastModifiedBy()).isEqualTo("admin");
            assertThat(demo.historyRows(id)).isEqualTo(history + 1);

            CustomerDetails repeated = stagingService.setStaging(id, !before.isStaging(), Channel.API);
            assertThat(repeated.customer()).usingRecursiveComparison().isEqualTo(stored);
            assertThat(customers.findById(id).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
            assertThat(demo.historyRows(id)).as("no history for a value it already had").isEqualTo(history + 1);
            assertThat(repeated.breadcrumb()).isEqualTo(flipped.breadcrumb());
            assertThat(repeated.tags()).isEqualTo(flipped.tags());
        } finally {
            demo.flipBack(id, before.isStaging());
        }
    }

    @Test
    void concurrent_flips_of_one_customer_lose_no_update() throws Exception {
        String id = demo.id(Demo.SIBLING_OF_OWN);
        demo.signIn("manager");
        stagingService.setStaging(id, false, Channel.API);
        long historyBefore = demo.historyRows(id);
        long versionBefore = customers.findById(id).orElseThrow().getVersion();

        int threads = 8;
        int flipsPerThread = 25;
        AtomicInteger wrongAnswers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                demo.signIn("manager");
                start.await();
                for (int i = 0; i < flipsPerThread; i++) {
                    boolean target = ThreadLocalRandom.current().nextBoolean();
                    CustomerDetails answer = stagingService.setStaging(id, target, Channel.API);
                    if (answer.customer().isStaging() != target) {
                        wrongAnswers.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        Customer after = customers.findById(id).orElseThrow();
        long flips = demo.historyRows(id) - historyBefore;
        assertThat(flips).as("some of %d random requests changed the flag", threads * flipsPerThread).isPositive();
        assertThat(after.getVersion() - versionBefore).as("one version per recorded flip").isEqualTo(flips);
        List<String> newValues = jdbc.queryForList(
                "SELECT new_value FROM customer_change WHERE customer_id = ? ORDER BY id", String.class, id);
        List<String> recent = newValues.subList(newValues.size() - (int) flips, newValues.size());
        for (int i = 1; i < recent.size(); i++) {
            assertThat(recent.get(i)).as("flips alternate: no lost update").isNotEqualTo(recent.get(i - 1));
        }
        if (!recent.isEmpty()) {
            assertThat(recent.get(recent.size() - 1)).isEqualTo(Boolean.toString(after.isStaging()));
        }
        assertThat(wrongAnswers).as("answers that report the opposite of what their own request set").hasValue(0);
        List<Instant> stamps = jdbc.queryForList(
                "SELECT changed_at FROM customer_change WHERE customer_id = ? ORDER BY id", Timestamp.class, id)
                .stream().map(Timestamp::toInstant).toList();
        for (int i = 1; i < stamps.size(); i++) {
            assertThat(stamps.get(i)).as("history entry %d is not stamped before the one before it", i)
                    .isAfterOrEqualTo(stamps.get(i - 1));
        }
        assertThat(after.getDateLastModified()).isEqualTo(stamps.get(stamps.size() - 1));
    }

    @Test
    void a_flip_never_moves_the_last_modification_backwards() {
        Customer before = demo.customer(Demo.GLOBEX);
        String id = before.getId();
        Instant ahead = lastModifiedAnHourAhead(id);
        try {
            CustomerDetails flipped = stagingService.setStaging(id, !before.isStaging(), Channel.API);
            assertThat(flipped.customer().getDateLastModified()).isEqualTo(ahead);
            assertThat(customers.findById(id).orElseThrow().getDateLastModified()).isEqualTo(ahead);
            Timestamp recorded = jdbc.queryForObject("SELECT changed_at FROM customer_change WHERE customer_id = ?"
                    + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", Timestamp.class, id);
            assertThat(recorded.toInstant()).isEqualTo(ahead);
        } finally {
            demo.flipBack(id, before.isStaging());
            jdbc.update("UPDATE customer SET date_last_modified = ? WHERE id = ?",
                    Timestamp.from(before.getDateLastModified()), id);
        }
    }

    @Test
    void an_edit_never_moves_the_last_modification_backwards() {
        Customer before = demo.customer(Demo.GLOBEX);
        String id = before.getId();
        Instant ahead = lastModifiedAnHourAhead(id);
        try {
            CustomerDetails saved = editing.patch(id, e -> new CustomerEdit(e.name(), "AHEAD-1",
                    e.parentCustomerId(), e.tagIds(), e.data(), e.integrationData(), e.overrideBillingSettings(),
                    e.billingSettings(), e.overrideAppSettings(), e.appSettings(), e.schedule()), Channel.API);
            assertThat(saved.customer().getDateLastModified()).isEqualTo(ahead);
        } finally {
            jdbc.update("UPDATE customer SET date_last_modified = ?, reference_id = ?, reference_id_lower = ?"
                    + " WHERE id = ?", Timestamp.from(before.getDateLastModified()), before.getReferenceId(),
                    before.getReferenceId() == null ? null : before.getReferenceId().toLowerCase(), id);
        }
    }

    /**
     * Stamps the customer as last changed an hour from now, as another instance whose clock runs ahead
     * would have, and signs in as admin to change it again.
     */
    private Instant lastModifiedAnHourAhead(String id) {
        Instant ahead = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("UPDATE customer SET date_last_modified = ? WHERE id = ?", Timestamp.from(ahead), id);
        demo.signIn("admin");
        return ahead;
    }

    private String tagId(String accountId, String name) {
        return tags.findByAccountIdOrderByName(accountId).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
