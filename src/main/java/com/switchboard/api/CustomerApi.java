package com.switchboard.api;

import com.switchboard.api.dto.CustomerInfo;
import com.switchboard.api.dto.DeleteCustomer;
import com.switchboard.api.dto.GetCustomer;
import com.switchboard.api.dto.NewCustomer;
import com.switchboard.api.dto.PatchCustomer;
import com.switchboard.api.dto.SetCustomerStagingMode;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerDirectory;
import com.switchboard.customer.CustomerEditing;
import com.switchboard.customer.StagingService;

/**
 * One customer: GetCustomer, NewCustomer, PatchCustomer, DeleteCustomer and SetCustomerStagingMode,
 * through the same services as the portal. A create answers the customer with 200, as ServiceStack
 * answers a POST that returns a DTO; a delete answers 204.
 */
@ApiService
class CustomerApi {

    private final CustomerDirectory customers;
    private final CustomerEditing editing;
    private final StagingService staging;

    CustomerApi(CustomerDirectory customers, CustomerEditing editing, StagingService staging) {
        this.customers = customers;
        this.editing = editing;
        this.staging = staging;
    }

    CustomerInfo get(GetCustomer request) {
        return CustomerInfoMapper.toInfo(customers.get(request.customerId));
    }

    CustomerInfo create(NewCustomer request) {
        return CustomerInfoMapper.toInfo(editing.create(new com.switchboard.customer.NewCustomer(
                blankToNull(request.accountId), blankToNull(request.parentCustomerId), request.name,
                request.referenceId, CustomerEditMapper.data(request.data)), Channel.API));
    }

    CustomerInfo patch(PatchCustomer request, ApiCall call) {
        return CustomerInfoMapper.toInfo(editing.patch(request.customerId,
                current -> CustomerEditMapper.patch(current, request, call.sent()), Channel.API));
    }

    void delete(DeleteCustomer request) {
        editing.delete(request.customerId, Channel.API);
    }

    CustomerInfo setStaging(SetCustomerStagingMode request) {
        if (request.isStaging == null) {
            throw ApiException.invalidField("NotNull", "IsStaging", "'Is Staging' must not be empty.");
        }
        return CustomerInfoMapper.toInfo(staging.setStaging(request.customerId, request.isStaging, Channel.API));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
