package com.switchboard.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The customer page's tabs. They scroll sideways on a narrow screen; each has a key for the address;
 * a tab with an invalid field is marked (icon and accessible name) and the first such is selected.
 */
class CustomerTabs extends Composite<TabSheet> {

    private final Map<CustomerTab, Tab> tabs = new LinkedHashMap<>();
    private boolean selecting;

    CustomerTabs(List<CustomerTab> contents, Consumer<String> onSelect) {
        TabSheet sheet = getContent();
        sheet.addClassName("customer-tabs");
        sheet.addThemeVariants(TabSheetVariant.LUMO_BORDERED);
        sheet.setWidthFull();
        for (CustomerTab content : contents) {
            Tab tab = new Tab(new Span(content.label()));
            tab.setId("tab-" + content.key());
            tabs.put(content, sheet.add(tab, content));
        }
        sheet.addSelectedChangeListener(e -> {
            if (!selecting) {
                selected().ifPresent(t -> onSelect.accept(t.key()));
            }
        });
    }

    Optional<CustomerTab> selected() {
        Tab tab = getContent().getSelectedTab();
        return tabs.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst();
    }

    /** Selects the tab with {@code key}; an unknown or missing key selects the first. */
    void select(String key) {
        CustomerTab target = tabs.keySet().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElse(tabs.keySet().iterator().next());
        selecting = true;
        getContent().setSelectedTab(tabs.get(target));
        selecting = false;
    }

    /** Selects {@code content}'s tab, and tells the address. */
    void select(CustomerTab content) {
        getContent().setSelectedTab(tabs.get(content));
    }

    Tab tab(CustomerTab content) {
        return tabs.get(content);
    }

    /** Marks the tabs that hold any of {@code invalid} and selects the first of them. */
    void markErrors(Collection<Component> invalid) {
        CustomerTab first = null;
        for (CustomerTab content : tabs.keySet()) {
            if (invalid.stream().anyMatch(field -> holds(content, field))) {
                mark(content, true);
                first = first == null ? content : first;
            }
        }
        if (first != null) {
            select(first);
        }
    }

    void clearErrors() {
        tabs.keySet().forEach(content -> mark(content, false));
    }

    boolean isMarked(CustomerTab content) {
        return tabs.get(content).getElement().hasAttribute("aria-label");
    }

    private void mark(CustomerTab content, boolean error) {
        Tab tab = tabs.get(content);
        tab.getChildren().filter(Icon.class::isInstance).toList().forEach(tab::remove);
        if (error) {
            Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
            icon.addClassNames("tab-error", LumoUtility.TextColor.ERROR, LumoUtility.IconSize.SMALL);
            icon.getElement().setAttribute("aria-hidden", "true");
            tab.add(icon);
            tab.getElement().setAttribute("aria-label", content.label() + " (has errors)");
        } else {
            tab.getElement().removeAttribute("aria-label");
        }
    }

    /** True when {@code field} sits in {@code content}; null is never held. */
    private static boolean holds(CustomerTab content, Component field) {
        for (Component c = field; c != null; c = c.getParent().orElse(null)) {
            if (c == content) {
                return true;
            }
        }
        return false;
    }
}
