package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerDetails.Crumb;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;

/** Name, reference id and parent, and links to the children. */
class GeneralTab extends CustomerTab {

    /** The customers that may become the parent, by a name filter, at most {@code limit}. */
    @FunctionalInterface
    interface ParentCandidates {
        List<Crumb> find(String filter, int limit);
    }

    final TextField nameField = new TextField("Name");
    final TextField referenceId = new TextField("Reference id");
    final ComboBox<Crumb> parent = new ComboBox<>("Parent");
    final VerticalLayout children = new VerticalLayout();

    GeneralTab(Binder<CustomerForm> binder, ParentCandidates candidates) {
        FieldRules.name(binder, nameField, f -> f.name, (f, v) -> f.name = v);
        FieldRules.referenceId(binder, referenceId, f -> f.referenceId, (f, v) -> f.referenceId = v);
        parent.setItemLabelGenerator(Crumb::name);
        parent.setPlaceholder("None: a top-level customer");
        parent.setClearButtonVisible(true);
        parent.setItems(query -> candidates.find(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        binder.forField(parent).bind(f -> f.parent, (f, v) -> f.parent = v);
        children.setPadding(false);
        children.addClassName("children");
        getContent().add(nameField, referenceId, parent);
        wide(children);
    }

    @Override
    String key() {
        return "general";
    }

    @Override
    String label() {
        return "General";
    }

    /**
     * Marks the field that a refusal of the service names ({@code name}, {@code referenceId},
     * {@code parentCustomerId}) invalid with its message, and answers it; empty for any other field.
     */
    Optional<Component> markInvalid(String field, String message) {
        Component target = switch (field == null ? "" : field) {
            case "name" -> nameField;
            case "referenceId" -> referenceId;
            case "parentCustomerId" -> parent;
            default -> null;
        };
        if (target instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
        return Optional.ofNullable(target);
    }

    void showChildren(List<Crumb> list) {
        children.removeAll();
        if (!list.isEmpty()) {
            children.add(new H3("Children"));
            list.forEach(child -> children.add(new RouterLink(child.name(), CustomerView.class,
                    new RouteParameters(CustomerView.ID, child.id()))));
        }
    }

    void allowMove(String refusal) {
        parent.setReadOnly(refusal != null);
        parent.setHelperText(refusal);
    }
}
