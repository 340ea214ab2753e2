package com.switchboard.demo;

import com.switchboard.account.Account;
import com.switchboard.account.AccountRepository;
import com.switchboard.account.BillingItem;
import com.switchboard.account.BillingSettings;
import com.switchboard.base.domain.DataValue;
import com.switchboard.customer.AppSettings;
import com.switchboard.customer.Customer;
import com.switchboard.customer.CustomerData;
import com.switchboard.customer.CustomerRepository;
import com.switchboard.customer.IntegrationData;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.switchboard.customer.TagRepository;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.SchedulingRule;
import com.switchboard.schedule.SchedulingRule.Day;
import com.switchboard.schedule.SchedulingRule.Frequency;
import com.switchboard.schedule.SchedulingRule.RuleType;
import com.switchboard.security.AppUser;
import com.switchboard.security.AppUserRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, customers and users. Loaded into an empty database only, so running the
 * portal twice adds nothing.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SYSTEM = "system";

    private final AccountRepository accounts;
    private final TagRepository tags;
    private final CustomerRepository customers;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoData(AccountRepository accounts, TagRepository tags, CustomerRepository customers, AppUserRepository users,
            PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.tags = tags;
        this.customers = customers;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Loads the demo data unless the database already has accounts; true when it loaded. */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.count() > 0) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        Account acme = accounts.save(Account.create(id(), "Acme Telecom", pricing(1.0), now, "system"));
        Account globex = accounts.save(Account.create(id(), "Globex Voice", pricing(1.2), now, "system"));
        Map<String, Tag> t = new LinkedHashMap<>();
        for (var entry : Map.of("VIP", TagColor.Gold, "Enterprise", TagColor.GeekBlue, "Trial", TagColor.Cyan,
                "Healthcare", TagColor.Green, "Overdue", TagColor.Red).entrySet()) {
            t.put(entry.getKey(), tags.save(Tag.create(id(), acme.id(), entry.getKey(), entry.getValue())));
        }
        for (var entry : Map.of("Reseller", TagColor.Purple, "SMB", TagColor.Lime, "Priority", TagColor.Volcano)
                .entrySet()) {
            t.put(entry.getKey(), tags.save(Tag.create(id(), globex.id(), entry.getKey(), entry.getValue())));
        }

        Builder b = new Builder(now);
        // Acme Telecom: a dental group three levels deep, a law firm, a logistics company, and more.
        Customer dental = b.customer(acme, null, "Acme Dental Group", "ACME-1001", t.get("Healthcare"), t.get("VIP"));
        dental.setSchedule(officeHours("America/New_York"));
        dental.setBillingSettings(true, pricing(0.8));
        dental.setAppSettings(true, new AppSettings(true, true, true, true, false, false, "teal", null,
                "Acme Dental Portal", null, "https://dental.example.com/logout", null));
        dental.setIntegrationData(new IntegrationData(Map.of("hubspot", "HS-88121", "zendesk", "ZD-4410")));
        Customer downtown = b.customer(acme, dental, "Acme Dental Downtown", "ACME-1002", t.get("Healthcare"));
        downtown.setSchedule(inherited());
        downtown.setData(data("Dr. Alice Moreno", 12, true));
        Customer uptown = b.customer(acme, dental, "Acme Dental Uptown", "ACME-1003", t.get("Healthcare"));
        uptown.setSchedule(inherited());
        Customer pediatrics = b.customer(acme, downtown, "Downtown Pediatric Dentistry", "ACME-1004");
        pediatrics.setStaging(true);
        b.customer(acme, downtown, "Downtown Orthodontics", "ACME-1005");
        b.customer(acme, uptown, "Uptown Oral Surgery", "ACME-1006", t.get("Trial"));

        Customer law = b.customer(acme, null, "Birch & Stone Law", "ACME-2001", t.get("Enterprise"));
        law.setSchedule(officeHours("America/Chicago"));
        law.setData(data("Margaret Birch", 40, false));
        for (String office : List.of("Chicago Office", "Denver Office", "Austin Office")) {
            Customer o = b.customer(acme, law, "Birch & Stone " + office, null);
            o.setSchedule(inherited());
        }
        Customer logistics = b.customer(acme, null, "Cobalt Logistics", "ACME-3001", t.get("Enterprise"), t.get("VIP"));
        logistics.setSchedule(officeHours("America/Los_Angeles"));
        logistics.setStaging(true);
        Customer depot = b.customer(acme, logistics, "Cobalt Oakland Depot", "ACME-3002");
        b.customer(acme, depot, "Cobalt Night Dispatch", "ACME-3003");
        b.customer(acme, logistics, "Cobalt Fresno Depot", "ACME-3004", t.get("Overdue"));
        for (String name : List.of("Delta Plumbing", "Evergreen Realty", "Foxglove Florists", "Granite Gyms",
                "Harbor Veterinary", "Iris Insurance Agency", "Juniper Cafe")) {
            Customer c = b.customer(acme, null, name, null, name.startsWith("J") ? t.get("Trial") : null);
            c.setSchedule(officeHours("America/New_York"));
        }

        // Globex Voice: a reseller with its own customers, and independent businesses.
        Customer reseller = b.customer(globex, null, "Globex Partner Network", "GX-100", t.get("Reseller"));
        reseller.setSchedule(officeHours("Europe/London"));
        reseller.setBillingSettings(true, pricing(0.7));
        for (String name : List.of("Kestrel Accounting", "Lumen Dental", "Meridian Hotels")) {
            Customer c = b.customer(globex, reseller, name, null, t.get("SMB"));
            c.setSchedule(inherited());
            if (name.startsWith("Meridian")) {
                b.customer(globex, c, "Meridian Hotels Front Desk", null, t.get("Priority"));
            }
        }
        for (String name : List.of("Nimbus Software", "Orchid Spa", "Pioneer Storage", "Quartz Legal",
                "Redwood Clinics")) {
            Customer c = b.customer(globex, null, name, null, name.startsWith("R") ? t.get("Priority") : null);
            c.setSchedule(officeHours("Europe/Berlin"));
        }
        b.saveAll();

        users.save(AppUser.administrator("admin", passwords.encode("admin"))
                .withProfile("Ada Admin", "admin@switchboard.example"));
        users.save(AppUser.manager("manager", passwords.encode("manager"), Set.of(acme.id()))
                .withProfile("Morgan Manager", "manager@acme-telecom.example"));
        users.save(AppUser.manager("globex", passwords.encode("globex"), Set.of(globex.id()))
                .withProfile("Gina Globex", "gina@globex-voice.example"));
        users.save(AppUser.customer("customer", passwords.encode("customer"), downtown.getId())
                .withProfile("Alice Moreno", "alice@acme-dental.example"));
        log.warn("""

                ********************************************************************************
                  DEMO DATA LOADED: {} customers and demo users exist with well-known passwords:
                  admin/admin, manager/manager, globex/globex, customer/customer.
                  Never use this on a reachable server: set switchboard.demo-data=false.
                ********************************************************************************""",
                b.created.size());
        return true;
    }

    private final class Builder {
        final Instant now;
        final List<Customer> created = new ArrayList<>();

        Builder(Instant now) {
            this.now = now;
        }

        Customer customer(Account account, Customer parent, String name, String referenceId, Tag... withTags) {
            Customer c = Customer.create(id(), account.id(), parent, name, now, SYSTEM);
            c.setReferenceId(referenceId);
            c.setTagIds(Arrays.stream(withTags).filter(Objects::nonNull).map(Tag::id).toList());
            created.add(c);
            return c;
        }

        void saveAll() {
            created.forEach(customers::save);
        }
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static BillingSettings pricing(double factor) {
        return new BillingSettings(
                new BillingItem(49 * factor, 0, 0, 0),
                new BillingItem(0, 1, 2 * factor, 5),
                new BillingItem(0, 1, 4 * factor, 1),
                new BillingItem(0, 1, 0.012 * factor, 1000),
                new BillingItem(0, 1, 0.015 * factor, 500),
                new BillingItem(0, 1, 0.05 * factor, 100),
                new BillingItem(0, 1, 0.05 * factor, 100),
                new BillingItem(0, 1, 0.0075 * factor, 2000),
                new BillingItem(0, 1, 0.0079 * factor, 2000),
                new BillingItem(10 * factor, 1, 0.02 * factor, 200),
                new BillingItem(0, 1, 0.09 * factor, 60)).map(DemoData::round);
    }

    private static BillingItem round(BillingItem item) {
        return new BillingItem(r(item.baseCost()), r(item.rawUnitMultiplier()), r(item.unitCost()), r(item.allowance()));
    }

    private static double r(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Weekdays 09:00-17:00 "Business Hours", Christmas Day "Holiday", otherwise "After Hours". */
    static Schedule officeHours(String zone) {
        SchedulingRule holiday = new SchedulingRule(id(), "Christmas Day", 1, "Holiday", null, null, RuleType.TIME,
                null, null, null, true, LocalDate.of(2025, 12, 25), null, null, null, List.of(12), null, null,
                List.of(25), null, null, null, 1, 0, null, Frequency.YEARLY);
        SchedulingRule weekdays = new SchedulingRule(id(), "Weekdays", 2, "Business Hours", null, null, RuleType.TIME,
                null, null, null, false, LocalDate.of(2025, 1, 6), LocalTime.of(9, 0), LocalTime.of(17, 0), null, null,
                null, null, null, List.of(new Day(0, DayOfWeek.MONDAY), new Day(0, DayOfWeek.TUESDAY),
                        new Day(0, DayOfWeek.WEDNESDAY), new Day(0, DayOfWeek.THURSDAY), new Day(0, DayOfWeek.FRIDAY)),
                null, null, 1, 0, null, Frequency.WEEKLY);
        return new Schedule(zone, false, false, List.of(holiday, weekdays), "After Hours");
    }

    static Schedule inherited() {
        return new Schedule(null, true, false, List.of(), null);
    }

    private static CustomerData data(String contact, int seats, boolean recordsCalls) {
        Map<String, DataValue> values = new LinkedHashMap<>();
        values.put("primaryContact", DataValue.of(contact));
        values.put("seats", DataValue.of(seats));
        values.put("recordCalls", DataValue.of(recordsCalls));
        values.put("address", DataValue.ofStruct(Map.of("city", DataValue.of("Springfield"),
                "zip", DataValue.of("62701"))));
        return new CustomerData(values);
    }
}
