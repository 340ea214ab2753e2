package com.switchboard.customer;

import com.switchboard.base.domain.JsonDocuments;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.base.domain.ValidationException.FieldError;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import com.switchboard.schedule.Transition;
import com.switchboard.schedule.ScheduleEngine;
import com.switchboard.schedule.ScheduleValidation;
import com.switchboard.security.CurrentUser;
import com.switchboard.security.SignedInUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' schedules in their hierarchy: which schedule applies (a customer without one, or with
 * {@code inherit}, takes its parent's, recursively), which state it gives at an instant (a
 * {@code CustomerState} rule reads the parent's state), and when the state changes.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSchedules {

    private final CustomerRepository customers;
    private final CustomerAccessPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final ScheduleEngine engine = new ScheduleEngine();
    /** {@code switchboard.schedule.evaluations}: a customer's state at an instant, found or none applying. */
    private final Counter evaluatedToState;
    private final Counter evaluatedToNone;

    CustomerSchedules(CustomerRepository customers, CustomerAccessPolicy policy, CurrentUser currentUser, Clock clock,
            NamedParameterJdbcTemplate jdbc, MeterRegistry meters) {
        this.evaluatedToState = meters.counter("switchboard.schedule.evaluations", "outcome", "state");
        this.evaluatedToNone = meters.counter("switchboard.schedule.evaluations", "outcome", "none");
        this.customers = customers;
        this.jdbc = jdbc;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The schedule {@code id} would inherit (its parent's effective one), and whose it is. */
    public Inherited<Schedule> inherited(String id) {
        List<Customer> line = line(id);
        if (line.size() < 2) {
            throw new ValidationException("customerId", "A top-level customer has no schedule to inherit");
        }
        int source = effectiveIndex(schedulesOf(line), line.size() - 2, null);
        if (source < 0) {
            return new Inherited<>(null, null, null);
        }
        Customer owner = line.get(source);
        return new Inherited<>(owner.getSchedule(), owner.getId(), owner.getName());
    }

    /**
     * The state of {@code id} at {@code at}, with {@code candidate} (validated, unsaved) in place of
     * its saved schedule, or the saved one when null.
     */
    public ScheduleState test(String id, Schedule candidate, Instant at) {
        List<Customer> line = line(id);
        validate(candidate, line.size() > 1);
        return evaluate(line, candidate, at);
    }

    /** As {@link #test(String, Schedule, Instant)}, at a local date-time of the schedule's zone. */
    public ScheduleState test(String id, Schedule candidate, LocalDateTime local) {
        List<Customer> line = line(id);
        validate(candidate, line.size() > 1);
        Schedule effective = effective(schedulesOf(line), candidate);
        if (effective == null) {
            return new ScheduleState(null, null);
        }
        ZoneId zone = ZoneId.of(effective.timeZoneId());
        return evaluate(line, candidate, local.atZone(zone).toInstant());
    }

    /**
     * The state changes of {@code id}'s schedule (or {@code candidate}) in [from, to), in order:
     * every window edge of the schedules that apply to it and its ancestors is a candidate moment.
     */
    public List<Transition> transitions(String id, Schedule candidate, Instant from, Instant to) {
        List<Customer> line = line(id);
        validate(candidate, line.size() > 1);
        List<Schedule> schedules = schedulesOf(line);
        Set<Instant> edges = new HashSet<>();
        for (int i = 0; i < schedules.size(); i++) {
            int k = effectiveIndex(schedules, i, candidate);
            if (k >= 0) {
                edges.addAll(engine.boundaries(scheduleAt(schedules, k, candidate), from, to));
            }
        }
        List<Transition> transitions = new ArrayList<>();
        String current = evaluate(line, candidate, from).stateName();
        for (Instant edge : edges.stream().sorted().toList()) {
            String next = evaluate(line, candidate, edge).stateName();
            if (next != null && !next.equals(current)) {
                transitions.add(new Transition(edge, next));
                current = next;
            }
        }
        return transitions;
    }

    /**
     * The state now of each customer the user may see (absent: no schedule applies). Reads only the
     * ids, paths and schedules of the customers and their ancestors: two queries for a page.
     */
    public Map<String, String> statesNow(Collection<String> ids) {
        SignedInUser user = currentUser.require();
        Instant now = clock.instant();
        Map<String, Node> nodes = nodes(ids);
        Set<String> ancestors = new HashSet<>();
        nodes.values().forEach(n -> ancestors.addAll(Customer.pathIds(n.path())));
        ancestors.removeAll(nodes.keySet());
        nodes.putAll(nodes(ancestors));
        Map<String, String> states = new HashMap<>();
        for (String id : ids) {
            Node node = nodes.get(id);
            if (node == null || !policy.canSee(user, node.accountId(), node.path())) {
                continue;
            }
            List<Schedule> line = Customer.pathIds(node.path()).stream().map(nodes::get)
                    .map(n -> n == null ? null : n.schedule()).toList();
            String state = evaluateLine(line, null, now).stateName();
            if (state != null) {
                states.put(id, state);
            }
        }
        return states;
    }

    /** The part of a customer that schedules need. */
    private record Node(String id, String accountId, String path, Schedule schedule) {}

    private Map<String, Node> nodes(Collection<String> ids) {
        Map<String, Node> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        jdbc.query("SELECT id, account_id, path, schedule FROM customer WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    String json = rs.getString(4);
                    nodes.put(rs.getString(1), new Node(rs.getString(1), rs.getString(2), rs.getString(3),
                            json == null ? null : JsonDocuments.fromJson(json, Schedule.class)));
                });
        return nodes;
    }

    /** Refuses an invalid schedule, naming every bad field. */
    public static void validate(Schedule schedule, boolean hasParent) {
        List<ScheduleValidation.Problem> problems = ScheduleValidation.problems(schedule, hasParent);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
    }

    private List<Customer> line(String id) {
        SignedInUser user = currentUser.require();
        Customer c = customers.findById(id).filter(x -> policy.canSee(user, x))
                .orElseThrow(() -> new CustomerNotFoundException(id));
        Map<String, Customer> ancestors = new HashMap<>();
        customers.findAllById(c.ancestorIds()).forEach(a -> ancestors.put(a.getId(), a));
        List<Customer> line = new ArrayList<>();
        c.ancestorIds().stream().map(ancestors::get).filter(a -> a != null).forEach(line::add);
        line.add(c);
        return line;
    }

    private ScheduleState evaluate(List<Customer> customers, Schedule candidate, Instant at) {
        return evaluateLine(schedulesOf(customers), candidate, at);
    }

    private static List<Schedule> schedulesOf(List<Customer> line) {
        return line.stream().map(Customer::getSchedule).toList();
    }

    /** Evaluates the last of a line of schedules (root first); null entries are customers without one. */
    private ScheduleState evaluateLine(List<Schedule> line, Schedule candidate, Instant at) {
        int last = line.size() - 1;
        int k = effectiveIndex(line, last, candidate);
        (k < 0 ? evaluatedToNone : evaluatedToState).increment();
        if (k < 0) {
            return new ScheduleState(null, null);
        }
        Schedule effective = scheduleAt(line, k, candidate);
        return new ScheduleState(stateAt(line, last, candidate, at), effective.timeZoneId());
    }

    /** The state of line[index] at {@code at}; the candidate stands in for the last customer's schedule. */
    private String stateAt(List<Schedule> line, int index, Schedule candidate, Instant at) {
        int k = effectiveIndex(line, index, candidate);
        if (k < 0) {
            return null;
        }
        Function<Instant, String> parent = index == 0 ? null : t -> stateAt(line, index - 1, candidate, t);
        return engine.stateAt(scheduleAt(line, k, candidate), at, parent);
    }

    /** The index of the customer whose schedule applies to line[index]: itself or an ancestor; -1: none. */
    private static int effectiveIndex(List<Schedule> line, int index, Schedule candidate) {
        for (int i = index; i >= 0; i--) {
            Schedule s = scheduleAt(line, i, candidate);
            if (s != null && !s.inherit()) {
                return i;
            }
        }
        return -1;
    }

    private static Schedule scheduleAt(List<Schedule> line, int i, Schedule candidate) {
        return i == line.size() - 1 && candidate != null ? candidate : line.get(i);
    }

    private static Schedule effective(List<Schedule> line, Schedule candidate) {
        int k = effectiveIndex(line, line.size() - 1, candidate);
        return k < 0 ? null : scheduleAt(line, k, candidate);
    }
}
