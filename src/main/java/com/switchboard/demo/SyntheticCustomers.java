package com.switchboard.demo;

import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.switchboard.customer.TagRepository;
import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many generated customers in the account "Benchmark Telecom" (manager {@code bench/bench}), for
 * measuring lists at scale: roots with children and grandchildren, tags on some, a few on staging.
 * Inserted with JDBC batches, a transaction per 10,000 rows.
 */
@Component
public class SyntheticCustomers {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCustomers.class);
    static final String ACCOUNT_NAME = "Benchmark Telecom";
    private static final int BATCH = 10_000;
    private static final String[] WORDS = {"Alpha", "Beacon", "Cedar", "Delta", "Ember", "Falcon", "Garnet", "Harbor",
            "Indigo", "Jasper", "Kestrel", "Lumen", "Maple", "Nova", "Onyx", "Pine", "Quartz", "Raven", "Summit",
            "Tidal", "Umber", "Vertex", "Willow", "Xenon", "Yarrow", "Zephyr"};
    private static final String[] KINDS = {"Dental", "Law", "Logistics", "Realty", "Clinic", "Bakery", "Hotel",
            "Motors", "Studio", "Labs"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AccountRepository accounts;
    private final TagRepository tags;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    SyntheticCustomers(JdbcTemplate jdbc, TransactionTemplate tx, AccountRepository accounts, TagRepository tags,
            AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.tags = tags;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Makes the benchmark account hold at least {@code total} customers; returns its id. */
    public String ensure(int total) {
        String accountId = accounts.findAll().stream().filter(a -> a.name().equals(ACCOUNT_NAME)).map(Account::id)
                .findFirst().orElseGet(this::createAccount);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE account_id = ?", Integer.class,
                accountId);
        int have = existing == null ? 0 : existing;
        if (have >= total) {
            return accountId;
        }
        List<String> tagIds = tags.findByAccountIdOrderByName(accountId).stream().map(Tag::id).toList();
        log.info("Inserting {} synthetic customers into {}", total - have, ACCOUNT_NAME);
        long started = System.nanoTime();
        Instant now = clock.instant();
        for (int from = have; from < total; from += BATCH) {
            int to = Math.min(total, from + BATCH);
            int start = from;
            tx.executeWithoutResult(status -> insert(accountId, tagIds, start, to, now));
        }
        log.info("Inserted {} synthetic customers in {} s", total - have, (System.nanoTime() - started) / 1_000_000_000);
        return accountId;
    }

    private String createAccount() {
        return tx.execute(status -> {
            Account account = accounts.save(Account.create(DemoData.id(), ACCOUNT_NAME, DemoData.pricing(1.0),
                    clock.instant(), "system"));
            TagColor[] colors = TagColor.values();
            for (int i = 0; i < 8; i++) {
                tags.save(Tag.create(DemoData.id(), account.id(), "Segment " + (i + 1), colors[i % colors.length]));
            }
            if (users.findByUsername("bench").isEmpty()) {
                users.save(AppUser.manager("bench", passwords.encode("bench"), Set.of(account.id())));
            }
            return account.id();
        });
    }

    /**
     * Customers number {@code from} to {@code to - 1}: every tenth is a root, the next three are its
     * children, and the rest are children of the first child. Ids are derived from the number.
     */
    private void insert(String accountId, List<String> tagIds, int from, int to, Instant now) {
        List<Object[]> rows = new ArrayList<>(to - from);
        List<Object[]> tagRows = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (int n = from; n < to; n++) {
            int root = n - n % 10;
            String id = id(accountId, n);
            String parent;
            String path;
            if (n == root) {
                parent = null;
                path = "/" + id + "/";
            } else if (n - root <= 3) {
                parent = id(accountId, root);
                path = "/" + parent + "/" + id + "/";
            } else {
                String firstChild = id(accountId, root + 1);
                parent = firstChild;
                path = "/" + id(accountId, root) + "/" + firstChild + "/" + id + "/";
            }
            String name = WORDS[n % WORDS.length] + " " + WORDS[(n / WORDS.length) % WORDS.length] + " "
                    + KINDS[(n / 7) % KINDS.length] + " " + n;
            String reference = "BX-" + n;
            rows.add(new Object[] {id, accountId, parent, path, name, name.toLowerCase(Locale.ROOT), reference,
                    reference.toLowerCase(Locale.ROOT), n % 50 == 0, at, at});
            if (!tagIds.isEmpty() && n % 3 == 0) {
                tagRows.add(new Object[] {id, tagIds.get(n % tagIds.size())});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO customer (id, account_id, parent_customer_id, path, name, name_lower, reference_id,
                    reference_id_lower, is_staging, override_billing_settings, override_app_settings,
                    date_created, date_last_modified, created_by, last_modified_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, 'system', 'system', 1)""", rows);
        jdbc.batchUpdate("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", tagRows);
    }

    private static String id(String accountId, int n) {
        return "bx-" + accountId.substring(0, 8) + "-" + n;
    }
}
