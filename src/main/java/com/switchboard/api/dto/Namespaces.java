package com.switchboard.api.dto;

/** The XML namespaces of the wire types, as the reference service uses them. */
public final class Namespaces {

    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays";
    public static final String SERVICESTACK = "http://schemas.servicestack.net/types";
    private static final String BASE = "http://schemas.datacontract.org/2004/07/";
    public static final String API = BASE + "Voice.Api";
    public static final String CUSTOMERS = BASE + "Voice.Api.Customers";
    public static final String ACCOUNTS = BASE + "Voice.Api.Accounts";
    public static final String SCHEDULING = BASE + "Voice.Api.Scheduling";
    public static final String SETTINGS = BASE + "Voice.Api.Settings";
    public static final String INTEGRATIONS = BASE + "Voice.Api.Integrations";
    public static final String AUTHENTICATION = BASE + "Voice.Api.Authentication";
    public static final String LOGS = BASE + "Voice.Api.Logs";

    private Namespaces() {}
}
