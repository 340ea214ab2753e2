package com.switchboard.api;

import com.switchboard.api.dto.DeleteCustomer;
import com.switchboard.api.dto.NewCustomer;
import com.switchboard.api.dto.PatchCustomer;
import com.switchboard.customer.CustomerChange.Channel;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerEditing;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * NewCustomer, PatchCustomer and DeleteCustomer on their custom routes (the pre-defined routes
 * call the same methods), through {@link CustomerEditing} like the portal. A create answers the
 * customer with 200, as ServiceStack answers a POST that returns a DTO; a delete answers 204.
 */
@RestController
class CustomerWriteApi {

    private final CustomerEditing editing;

    CustomerWriteApi(CustomerEditing editing) {
        this.editing = editing;
    }

    @PostMapping({"/customers", "/customers.{ext:json|xml}"})
    ResponseEntity<byte[]> create(HttpServletRequest request) {
        NewCustomer dto = RequestReader.read(request, NewCustomer.class);
        CustomerDetails created = editing.create(new com.switchboard.customer.NewCustomer(blankToNull(dto.accountId),
                blankToNull(dto.parentCustomerId), dto.name, dto.referenceId, CustomerEditMapper.data(dto.data)),
                Channel.API);
        return ApiResponses.ok(CustomerInfoMapper.toInfo(created), ServiceStackApi.format(request));
    }

    @PatchMapping("/customers/{customerId}")
    ResponseEntity<byte[]> patch(HttpServletRequest request, @PathVariable String customerId) {
        RequestReader.Sent<PatchCustomer> sent = RequestReader.readSent(request, PatchCustomer.class);
        String id = ServiceStackApi.routeId(customerId, sent.dto().customerId);
        CustomerDetails patched = editing.patch(id,
                current -> CustomerEditMapper.patch(current, sent.dto(), sent.present()), Channel.API);
        return ApiResponses.ok(CustomerInfoMapper.toInfo(patched), ServiceStackApi.format(request));
    }

    @DeleteMapping("/customers/{customerId}")
    ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String customerId) {
        DeleteCustomer dto = RequestReader.read(request, DeleteCustomer.class);
        String id = ServiceStackApi.routeId(customerId, dto.customerId);
        ServiceStackApi.format(request);
        editing.delete(id, Channel.API);
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
