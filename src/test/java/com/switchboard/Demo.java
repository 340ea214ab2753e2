package com.switchboard;

import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerRepository;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo data as tests see it: customers by name (read straight from the tables, past the access
 * policy) and signing in as a demo user.
 */
@TestComponent
public class Demo {

    /** The customer user's own customer: it has a child and a sibling. */
    public static final String OWN = "Acme Dental Downtown";
    public static final String CHILD_OF_OWN = "Downtown Pediatric Dentistry";
    public static final String SIBLING_OF_OWN = "Acme Dental Uptown";
    public static final String PARENT_OF_OWN = "Acme Dental Group";
    public static final String OTHER_ACME = "Cobalt Logistics";
    public static final String GLOBEX = "Nimbus Software";

    private final CustomerRepository customers;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    Demo(CustomerRepository customers, JdbcTemplate jdbc, UserDetailsService users) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.users = users;
    }

    public String id(String name) {
        List<String> ids = jdbc.queryForList("SELECT id FROM customer WHERE name = ?", String.class, name);
        if (ids.size() != 1) {
            throw new IllegalStateException(ids.size() + " customers named " + name);
        }
        return ids.get(0);
    }

    public Customer customer(String name) {
        return customers.findById(id(name)).orElseThrow();
    }

    public String accountId(String name) {
        return jdbc.queryForObject("SELECT id FROM account WHERE name = ?", String.class, name);
    }

    public long historyRows(String customerId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_id = ?", Long.class,
                customerId);
        return n == null ? 0 : n;
    }

    /** Sets a customer's staging flag straight in the table, to put back what a test changed. */
    public void flipBack(String customerId, boolean staging) {
        jdbc.update("UPDATE customer SET is_staging = ? WHERE id = ?", staging, customerId);
    }

    /** Signs the current thread in as {@code username}. */
    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
