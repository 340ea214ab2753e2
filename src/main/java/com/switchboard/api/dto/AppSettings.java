package com.switchboard.api.dto;

@DataContract(namespace = Namespaces.CUSTOMERS)
public class AppSettings {
    public boolean enablePhoneNumberManagement;
    public boolean enableDeviceManagement;
    public boolean enableDialer;
    public boolean enableCallHistory;
    public boolean enableAssistants;
    public boolean showFileNameInMessageCenter;
    public String chakraTheme;
    public String customCss;
    public String pageTitle;
    public String stringMappings;
    public String logoutUrl;
    public String portMyNumberUrl;
}
