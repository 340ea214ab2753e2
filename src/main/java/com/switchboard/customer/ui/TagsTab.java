package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.Binder;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The customer's tags from the account's catalogue; managers also edit the catalogue. */
class TagsTab extends CustomerTab {

    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>("Tags");
    final Div tagPreview = new Div();
    final Button manageTags = new Button("Manage tags", VaadinIcon.TAGS.create());
    /** The account's Settings page, where the catalogue is edited with the rest of the account's settings. */
    final Anchor settings = new Anchor("", "Account settings");

    TagsTab(Binder<CustomerForm> binder, Runnable onManage) {
        tags.setItemLabelGenerator(Tag::name);
        tags.addValueChangeListener(e -> showPreview());
        binder.forField(tags).bind(f -> f.tags, (f, v) -> f.tags = new HashSet<>(v));
        manageTags.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        manageTags.addClickListener(e -> onManage.run());
        tagPreview.addClassName("tag-preview");
        getContent().add(tags);
        settings.addClassName("account-settings-link");
        wide(tagPreview, new Div(manageTags, settings));
    }

    @Override
    String key() {
        return "tags";
    }

    @Override
    String label() {
        return "Tags";
    }

    /** Offers the tags of {@code catalogue}, keeping the selection of those still in it. */
    void setCatalogue(Collection<Tag> catalogue, boolean keepSelection) {
        Set<String> selected = tags.getValue().stream().map(Tag::id).collect(Collectors.toSet());
        tags.setItems(catalogue.stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        if (keepSelection) {
            Map<String, Tag> byId = catalogue.stream().collect(Collectors.toMap(Tag::id, t -> t));
            tags.setValue(selected.stream().map(byId::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        }
    }

    /** A tag as a chip: its name in the theme's badge colours (always readable) after a dot in its own colour. */
    private static Span chip(Tag tag) {
        Span dot = new Span();
        dot.addClassNames("tag-dot", Badges.colorClass(tag.color().name()));
        dot.getElement().setAttribute("aria-hidden", "true");
        Span chip = new Span(dot, new Span(tag.name()));
        chip.getElement().getThemeList().add("badge contrast pill");
        chip.addClassNames("tag-chip", LumoUtility.Margin.End.XSMALL);
        return chip;
    }

    private void showPreview() {
        tagPreview.removeAll();
        tags.getValue().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(t -> tagPreview.add(chip(t)));
    }
}
