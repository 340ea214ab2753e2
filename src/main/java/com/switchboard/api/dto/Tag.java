package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.SETTINGS)
public class Tag {
    public String id;
    public String name;
    public TagColors color;
}
