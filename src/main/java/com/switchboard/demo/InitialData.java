package com.switchboard.demo;

import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import com.switchboard.security.AuthAudit;
import com.switchboard.security.AuthEvent;
import com.switchboard.security.PasswordExpiry;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an empty database gets at start-up, once every bean (Flyway's migration first) is ready and
 * before the web server takes a request, so that a first sign-in never races the load:
 *
 * <ul>
 *   <li>the demo data with its well-known passwords, when {@code switchboard.demo-data} is true — by
 *       default only on the embedded H2 database; anywhere else it must be asked for explicitly;
 *   <li>otherwise, when there is no user at all, one administrator {@code admin} with a random
 *       password that is written to the log this once and must be changed at the first sign-in.
 * </ul>
 *
 * Instances starting together on one empty database take turns on a row lock ({@code app_lock},
 * {@code SELECT … FOR UPDATE}, the same on H2 and PostgreSQL), so the load happens exactly once.
 * {@code switchboard.synthetic-customers=N} then tops the benchmark account up to N customers.
 */
@Component
class InitialData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialData.class);
    static final String FIRST_ADMIN = "admin";

    private final DemoData demoData;
    private final SyntheticCustomers synthetic;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordExpiry expiry;
    private final AuthAudit audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final int syntheticCount;

    InitialData(DemoData demoData, SyntheticCustomers synthetic, AppUserRepository users, PasswordEncoder passwords,
            PasswordExpiry expiry, AuthAudit audit, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${switchboard.demo-data:}") String demoSetting, @Value("${spring.datasource.url:}") String url,
            @Value("${switchboard.synthetic-customers:0}") int syntheticCount) {
        this.demoData = demoData;
        this.synthetic = synthetic;
        this.users = users;
        this.passwords = passwords;
        this.expiry = expiry;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.demo = demoWanted(demoSetting, url);
        this.syntheticCount = syntheticCount;
    }

    /** Explicit true or false wins; unset means "only on the embedded H2 database". */
    static boolean demoWanted(String setting, String datasourceUrl) {
        if (setting != null && !setting.isBlank()) {
            return Boolean.parseBoolean(setting.strip());
        }
        return datasourceUrl == null || datasourceUrl.isBlank() || datasourceUrl.startsWith("jdbc:h2:");
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
        if (demo && syntheticCount > 0) {
            synthetic.ensure(syntheticCount);
        }
    }

    /** Loads what an empty database needs, under the start-up lock; true when it loaded anything. */
    boolean load() {
        return Boolean.TRUE.equals(tx.execute(status -> {
            jdbc.queryForList("SELECT name FROM app_lock WHERE name = 'initial-data' FOR UPDATE", String.class);
            if (demo) {
                return demoData.loadIfEmpty();
            }
            if (users.count() > 0) {
                return false;
            }
            createFirstAdministrator();
            return true;
        }));
    }

    private void createFirstAdministrator() {
        String password = randomPassword();
        AppUser admin = users.save(AppUser.administrator(FIRST_ADMIN, passwords.encode(password))
                .withProfile("Administrator", null));
        expiry.setMustChange(admin.id(), true);
        audit.record(AuthEvent.USER_CREATED, "system", FIRST_ADMIN, null, "first-run administrator");
        log.warn("""

                ********************************************************************************
                  FIRST RUN: the database had no user. Created the administrator
                    username: {}
                    password: {}
                  This password is shown only now and must be changed at the first sign-in.
                ********************************************************************************""",
                FIRST_ADMIN, password);
    }

    /** 20 random characters from a 64-letter alphabet: 120 bits. */
    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
