package com.switchboard.api.dto;

/** The audit members every entity of the reference service carries. */
@DataContract(namespace = Namespaces.API)
public abstract class EntityInfo {
    @ApiMember(description = "The ID of the object")
    public String id;
    @ApiMember(description = "The date the object was created")
    public String dateCreated;
    @ApiMember(description = "The date the object was last modified")
    public String dateLastModified;
    @ApiMember(description = "The user that created this object")
    public String createdBy;
    @ApiMember(description = "The user that last modified this object")
    public String lastModifiedBy;
}
