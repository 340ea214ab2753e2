package com.switchboard.api;

import com.switchboard.api.dto.ApiOperation;
import com.switchboard.api.dto.DeleteCustomer;
import com.switchboard.api.dto.GetCustomer;
import com.switchboard.api.dto.GetInheritedSchedule;
import com.switchboard.api.dto.ListCustomers;
import com.switchboard.api.dto.NewCustomer;
import com.switchboard.api.dto.PatchCustomer;
import com.switchboard.api.dto.SetCustomerStagingMode;
import com.switchboard.api.dto.TestSchedule;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every operation of the API, by its request type: what the pre-defined routes dispatch to, and
 * what the metadata pages and the OpenAPI document describe. The routes, verbs and descriptions
 * come from the request types' {@link ApiOperation} annotations.
 */
@Component
class ApiOperations {

    /** The verbs the pre-defined routes take for an operation that changes something. */
    static final Set<String> WRITE_VERBS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The verbs the pre-defined routes take for an operation that only reads. */
    static final Set<String> READ_VERBS = Set.of("GET", "POST");

    /** One operation: its request type, its annotation, and the handler of its pre-defined routes. */
    record Operation(Class<?> request, ApiOperation spec, Function<HttpServletRequest, ResponseEntity<byte[]>> handler) {

        String name() {
            return request.getSimpleName();
        }

        /** GET operations only read; every other operation changes state and is never served on GET. */
        boolean readOnly() {
            return spec.verb().equals("GET");
        }

        Set<String> predefinedVerbs() {
            return readOnly() ? READ_VERBS : WRITE_VERBS;
        }
    }

    private final Map<String, Operation> byName = new LinkedHashMap<>();

    ApiOperations(ServiceStackApi reads, CustomerWriteApi writes) {
        add(GetCustomer.class, request -> reads.getCustomer(request, null));
        add(ListCustomers.class, reads::listCustomers);
        add(NewCustomer.class, writes::create);
        add(PatchCustomer.class, request -> writes.patch(request, null));
        add(DeleteCustomer.class, request -> writes.delete(request, null));
        add(SetCustomerStagingMode.class, request -> reads.setStaging(request, null));
        add(GetInheritedSchedule.class, request -> reads.inheritedSchedule(request, null));
        add(TestSchedule.class, request -> reads.testSchedule(request, null));
    }

    private void add(Class<?> request, Function<HttpServletRequest, ResponseEntity<byte[]>> handler) {
        ApiOperation spec = request.getAnnotation(ApiOperation.class);
        if (spec == null) {
            throw new IllegalStateException(request.getSimpleName() + " has no @ApiOperation");
        }
        byName.put(request.getSimpleName().toLowerCase(Locale.ROOT), new Operation(request, spec, handler));
    }

    List<Operation> all() {
        return List.copyOf(byName.values());
    }

    /** The operation of that name (ServiceStack matches request names without case). */
    Optional<Operation> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<String> verbs(Set<String> verbs) {
        return verbs.stream().sorted().toList();
    }

    static String routes(Operation operation) {
        return String.join(", ", Arrays.asList(operation.spec().routes()));
    }
}
