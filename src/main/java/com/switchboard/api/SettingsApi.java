package com.switchboard.api;

import com.switchboard.account.CustomerField;
import com.switchboard.api.dto.CustomerDataField;
import com.switchboard.api.dto.GetSystemSettings;
import com.switchboard.api.dto.PatchSystemSettings;
import com.switchboard.api.dto.SystemSettingsInfo;
import com.switchboard.api.dto.Tag;
import com.switchboard.api.dto.ValueTypes;
import com.switchboard.base.domain.Channel;
import com.switchboard.base.domain.ValidationException;
import com.switchboard.customer.AccountSettings;
import com.switchboard.customer.TagColor;
import java.util.List;

/** An account's settings: GetSystemSettings and PatchSystemSettings, through {@link AccountSettings} like the portal. */
@ApiService
class SettingsApi {

    private final AccountSettings settings;

    SettingsApi(AccountSettings settings) {
        this.settings = settings;
    }

    SystemSettingsInfo get(GetSystemSettings request) {
        return info(settings.read(required(request.accountId)));
    }

    SystemSettingsInfo patch(PatchSystemSettings request, ApiCall call) {
        String accountId = required(request.accountId);
        List<com.switchboard.customer.Tag> tags = !call.sent("tags") ? null
                : request.tags == null ? List.of() : request.tags.stream().map(SettingsApi::tag).toList();
        List<CustomerField> fields = !call.sent("customerFields") ? null
                : request.customerFields == null ? List.of()
                : request.customerFields.stream().map(SettingsApi::field).toList();
        return info(settings.patch(accountId, tags, fields, Channel.API));
    }

    private static String required(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new ValidationException("accountId", "'Account Id' must not be empty.");
        }
        return accountId;
    }

    private static com.switchboard.customer.Tag tag(Tag dto) {
        return dto == null ? null : new com.switchboard.customer.Tag(dto.id, null, dto.name,
                dto.color == null ? null : TagColor.valueOf(dto.color.name()), null);
    }

    private static CustomerField field(CustomerDataField dto) {
        return dto == null ? null : new CustomerField(dto.name, dto.displayName,
                dto.type == null ? null : CustomerField.Type.valueOf(dto.type.name()), dto.description, dto.isRequired,
                ScheduleMapper.ValueMapper.value(dto.defaultValue), dto.showInGrid, dto.possibleValues);
    }

    static SystemSettingsInfo info(AccountSettings.Settings settings) {
        SystemSettingsInfo info = new SystemSettingsInfo();
        info.id = settings.accountId();
        info.tags = settings.tags().stream().map(CustomerInfoMapper::tag).toList();
        info.customerFields = settings.customerFields().fields().stream().map(SettingsApi::field).toList();
        return info;
    }

    private static CustomerDataField field(CustomerField field) {
        CustomerDataField dto = new CustomerDataField();
        dto.name = field.name();
        dto.displayName = field.displayName();
        dto.type = ValueTypes.valueOf(field.type().name());
        dto.description = field.description();
        dto.isRequired = field.isRequired();
        dto.defaultValue = field.defaultValue() == null ? null : CustomerInfoMapper.value(field.defaultValue());
        dto.showInGrid = field.showInGrid();
        dto.possibleValues = field.possibleValues();
        return dto;
    }
}
