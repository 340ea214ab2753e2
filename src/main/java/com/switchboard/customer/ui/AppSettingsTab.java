package com.switchboard.customer.ui;

import com.switchboard.customer.AppSettings;
import com.switchboard.customer.CustomerDetails.Inherited;
import com.switchboard.customer.CustomerValidation;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumMap;
import java.util.Map;

/**
 * The customer's app settings, one field per {@link AppSettings.Field}. While not overriding, it
 * shows the inherited settings read-only and where they come from.
 */
class AppSettingsTab extends CustomerTab {

    final Checkbox overrideApp = new Checkbox("Override app settings");
    final Span appSource = new Span();
    private final Map<AppSettings.Field, AbstractField<?, ?>> fields = new EnumMap<>(AppSettings.Field.class);
    private Inherited<AppSettings> inherited;

    AppSettingsTab(Binder<CustomerForm> binder) {
        overrideApp.addValueChangeListener(e -> showInherited());
        binder.forField(overrideApp).bind(f -> f.overrideApp, (f, v) -> f.overrideApp = v);
        appSource.addClassName("inherited-note");
        wide(overrideApp, appSource);
        for (AppSettings.Field setting : AppSettings.Field.values()) {
            Component field = switch (setting.kind()) {
                case FLAG -> flag(binder, setting);
                case TEXT, WEB_ADDRESS, LONG_TEXT -> text(binder, setting);
            };
            getContent().add(field);
        }
    }

    private Checkbox flag(Binder<CustomerForm> binder, AppSettings.Field setting) {
        Checkbox box = new Checkbox(setting.label());
        binder.forField(box).bind(f -> (Boolean) f.app.get(setting), (f, v) -> f.app.put(setting, v));
        fields.put(setting, box);
        return box;
    }

    private AbstractField<?, String> text(Binder<CustomerForm> binder, AppSettings.Field setting) {
        AbstractField<?, String> field = setting.kind() == AppSettings.Kind.LONG_TEXT ? new TextArea(setting.label())
                : new TextField(setting.label());
        Binder.BindingBuilder<CustomerForm, String> binding = binder.forField(field);
        if (setting.maxLength() > 0) {
            binding = binding.withValidator(v -> v.length() <= setting.maxLength(),
                    String.format("At most %,d characters", setting.maxLength()));
        }
        binding = binding.withValidator(FieldRules.plainText(setting.label(), setting.kind() == AppSettings.Kind.LONG_TEXT));
        if (setting.kind() == AppSettings.Kind.WEB_ADDRESS) {
            binding = binding.withValidator(v -> v.isBlank() || CustomerValidation.isWebAddress(v.strip()),
                    "Enter an http or https address");
        }
        binding.bind(f -> (String) f.app.get(setting), (f, v) -> f.app.put(setting, v));
        fields.put(setting, field);
        return field;
    }

    @Override
    String key() {
        return "app-settings";
    }

    @Override
    String label() {
        return "App settings";
    }

    @SuppressWarnings("unchecked")
    <T extends AbstractField<?, ?>> T field(AppSettings.Field setting) {
        return (T) fields.get(setting);
    }

    void setInherited(Inherited<AppSettings> inherited) {
        this.inherited = inherited;
        showInherited();
    }

    /** While not overriding, the fields show the inherited values read-only, and where they come from. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void showInherited() {
        if (inherited == null) {
            return;
        }
        boolean own = overrideApp.getValue();
        if (!own) {
            Map<AppSettings.Field, Object> shown = CustomerForm.appForm(inherited.value());
            fields.forEach((setting, field) -> ((AbstractField) field).setValue(shown.get(setting)));
        }
        fields.values().forEach(field -> field.setReadOnly(!own));
        appSource.setText(own ? "This customer's own app settings"
                : "Inherited from " + (inherited.sourceCustomerId() == null ? "the system defaults"
                        : inherited.sourceName()));
    }
}
