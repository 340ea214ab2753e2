package com.switchboard.api.dto;

/** {@code DELETE /customers/{customerId}}: deletes a customer without children. */
@DataContract(namespace = Namespaces.CUSTOMERS)
@ApiOperation(verb = "DELETE", routes = "/customers/{customerId}", response = Void.class, status = 204,
        summary = "Deletes a customer that has no children; its history is kept")
public class DeleteCustomer {
    @ApiMember(description = "The ID of the customer you want to delete", required = true)
    public String customerId;
}
