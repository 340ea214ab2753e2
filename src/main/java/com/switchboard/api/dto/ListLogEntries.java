package com.switchboard.api.dto;

import java.util.List;

/** {@code GET /log-entries}: the change history of the customers and accounts the caller may see. */
@DataContract(namespace = Namespaces.LOGS)
@ApiOperation(verb = "GET", routes = "/log-entries", response = LogEntryInfoList.class,
        summary = "Retrieve the log: one entry per change of a customer or an account, newest first; every entry "
                + "for administrators, their accounts' for managers, their customer's subtree for customer users")
public class ListLogEntries extends ListRequest {
    @ApiMember(description = "The IDs of the account whose log entries you want to retrieve")
    public List<String> accountIds;
    @ApiMember(description = "The IDs of the customers whose log entries you want to retrieve; _ for the entries "
            + "of the account itself")
    public List<String> customerIds;
    @ApiMember(description = "The first day to retrieve log entries for (YYYY-MM-DD, UTC, inclusive)")
    public String startDate;
    @ApiMember(description = "The last day to retrieve log entries for (YYYY-MM-DD, UTC, inclusive)")
    public String endDate;
    @ApiMember(description = "Search by description: the changed fields' names and their values before and after "
            + "(contains, any case)")
    public String description;
}
