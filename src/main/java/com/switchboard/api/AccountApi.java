package com.switchboard.api;

import com.switchboard.account.Account;
import com.switchboard.account.AccountEdit;
import com.switchboard.account.AccountService;
import com.switchboard.account.AccountSort;
import com.switchboard.api.dto.AccountInfo;
import com.switchboard.api.dto.AccountInfoList;
import com.switchboard.api.dto.DeleteAccount;
import com.switchboard.api.dto.GetAccount;
import com.switchboard.api.dto.ListAccounts;
import com.switchboard.api.dto.NewAccount;
import com.switchboard.api.dto.PatchAccount;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.PageResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accounts: ListAccounts, GetAccount, NewAccount, PatchAccount and DeleteAccount (the last beyond
 * the reference, which has none), through {@link AccountService} like the portal.
 */
@ApiService
class AccountApi {

    private static final String SORT_FIELDS = Arrays.stream(AccountSort.Field.values()).map(f -> f.key)
            .collect(Collectors.joining(", "));

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    AccountInfoList list(ListAccounts request) {
        ListPaging paging = ListPaging.of(request, ListPaging.MAX_ALL);
        String field = ListPaging.sortField(request);
        AccountSort sort = new AccountSort(field == null ? AccountSort.Field.NAME
                : AccountSort.Field.fromKey(field).orElseThrow(() -> ListPaging.unknownSortField(SORT_FIELDS)),
                paging.ascending());
        PageResult<Account> page = paging.all()
                ? accounts.list(request.nameFilter, paging.specificIds(), sort, 0, ListPaging.MAX_ALL)
                : accounts.list(request.nameFilter, paging.specificIds(), sort, paging.page(), paging.size());
        if (paging.all() && page.totalCount() > ListPaging.MAX_ALL) {
            throw ListPaging.tooManyForAll(page.totalCount(), "accounts");
        }
        AccountInfoList response = new AccountInfoList();
        response.items = page.items().stream().map(AccountApi::info).toList();
        response.hasMorePages = !paging.all() && page.hasMorePages();
        if (!paging.simplified()) {
            response.totalCount = page.totalCount();
            response.totalPages = paging.all() ? (page.totalCount() == 0 ? 0 : 1) : page.totalPages();
        }
        return response;
    }

    AccountInfo get(GetAccount request) {
        return info(accounts.get(request.accountId));
    }

    AccountInfo create(NewAccount request) {
        return info(accounts.create(request.name, Channel.API));
    }

    AccountInfo patch(PatchAccount request, ApiCall call) {
        return info(accounts.patch(request.accountId, current -> new AccountEdit(
                call.sent("name") ? request.name : current.name(),
                call.sent("maxPhoneNumbers") ? request.maxPhoneNumbers : current.maxPhoneNumbers(),
                call.sent("billingSettings") ? CustomerEditMapper.billing(request.billingSettings)
                        : current.billingSettings()), Channel.API));
    }

    void delete(DeleteAccount request) {
        accounts.delete(request.accountId, Channel.API);
    }

    static AccountInfo info(Account account) {
        AccountInfo info = new AccountInfo();
        info.id = account.id();
        info.dateCreated = CustomerInfoMapper.date(account.dateCreated());
        info.dateLastModified = CustomerInfoMapper.date(account.dateLastModified());
        info.createdBy = account.createdBy();
        info.lastModifiedBy = account.lastModifiedBy();
        info.name = account.name();
        info.parentAccountId = null;
        info.ancestorIds = List.of();
        info.maxPhoneNumbers = account.maxPhoneNumbers();
        info.billingSettings = CustomerInfoMapper.billing(account.defaultBillingSettings());
        return info;
    }
}
