package com.switchboard.customer.ui;

import com.switchboard.base.domain.Channel;
import com.switchboard.customer.CustomerChanged;
import com.switchboard.customer.CustomerEdit;
import com.switchboard.customer.HistoryField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The banner that tells someone with unsaved edits that another person (or the API, or another
 * instance) changed the same fields: who, which fields, how and when, before a save runs into the
 * conflict. "Show their version" drops the unsaved edits; "Keep editing" closes the banner.
 */
class ChangeNotice extends Composite<Div> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    final Span text = new Span();
    final Button reload = new Button("Show their version");
    final Button dismiss = new Button("Keep editing");

    ChangeNotice(SerializableRunnable onReload) {
        Div banner = getContent();
        banner.addClassName("change-notice");
        banner.getElement().setAttribute("role", "status");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(e -> {
            setVisible(false);
            onReload.run();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClickListener(e -> setVisible(false));
        banner.add(VaadinIcon.INFO_CIRCLE.create(), text, reload, dismiss);
        setVisible(false);
    }

    /** Shows who changed which of the fields the viewer is editing. */
    void show(CustomerChanged change, Set<String> clashing) {
        text.setText(change.changedBy() + (change.channel() == Channel.API ? " (through the API)" : "")
                + " changed " + labels(clashing) + " at " + TIME.format(change.at())
                + ", which you are editing too. Saving will ask whether to re-apply your changes on theirs.");
        setVisible(true);
    }

    /** The history's names of the fields {@code mine} changed from {@code base}. */
    static Set<String> edited(CustomerEdit base, CustomerEdit mine) {
        return Arrays.stream(CustomerField.values()).filter(f -> f.differs(base, mine)).map(f -> f.key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String labels(Set<String> fields) {
        List<String> names = fields.stream().map(HistoryField::labelOf).distinct().toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }
}
