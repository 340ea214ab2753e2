package com.switchboard.api.dto;

/** {@code DELETE /users/{userId}}: deletes a login; its sessions end, its audit rows stay. */
@DataContract(namespace = Namespaces.AUTHENTICATION)
@ApiOperation(verb = "DELETE", routes = "/users/{userId}", response = Void.class, status = 204,
        roles = {"SystemAdministrator", "Manager"},
        summary = "Deletes the specified login: its sessions end at once, its audit rows stay")
public class DeleteUser {
    @ApiMember(description = "The ID of the login to delete", required = true)
    public String userId;
}
