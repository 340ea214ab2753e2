package com.switchboard.api.dto;

/** The answer of ListLogEntries, its root element named as .NET names {@code ListResponse<LogEntryInfo>}. */
@DataContract(namespace = Namespaces.API, name = "ListResponseOfLogEntryInfo")
public class LogEntryInfoList extends ListResponse<LogEntryInfo> {}
