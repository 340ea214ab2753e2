package com.switchboard.api.dto;

/** The answer of ListAccounts, its root element named as .NET names {@code ListResponse<AccountInfo>}. */
@DataContract(namespace = Namespaces.API, name = "ListResponseOfAccountInfo")
public class AccountInfoList extends ListResponse<AccountInfo> {}
