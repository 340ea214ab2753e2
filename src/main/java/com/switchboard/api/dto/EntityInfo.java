package com.switchboard.api.dto;

/** The audit members every entity of the reference service carries. */
@DataContract(namespace = Namespaces.API)
public abstract class EntityInfo {
    /** The ID of the object. */
    public String id;
    /** The date the object was created (ISO-8601, UTC). */
    public String dateCreated;
    /** The date the object was last modified (ISO-8601, UTC). */
    public String dateLastModified;
    /** The user that created this object. */
    public String createdBy;
    /** The user that last modified this object. */
    public String lastModifiedBy;
}
