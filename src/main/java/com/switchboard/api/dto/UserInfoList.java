package com.switchboard.api.dto;

/** The answer of ListUsers, its root element named as .NET names {@code ListResponse<UserInfo>}. */
@DataContract(namespace = Namespaces.API, name = "ListResponseOfUserInfo")
public class UserInfoList extends ListResponse<UserInfo> {}
