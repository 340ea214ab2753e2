package com.switchboard.customer.ui;

import com.switchboard.customer.CustomerEdit;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A save that lost a race: says who saved the newer version, shows per field the user changed
 * their value and the user's, and lets the user re-apply, discard or keep editing. Reports back
 * through callbacks; the opener reloads and saves.
 */
class ConflictDialog extends ConfirmDialog {

    final Div fields = new Div();

    /**
     * @param base   the version the edit started from
     * @param mine   the edit
     * @param theirs the newer version
     * @param text   a field's value as a person reads it
     */
    ConflictDialog(String who, String when, CustomerEdit base, CustomerEdit mine, CustomerEdit theirs,
            BiFunction<CustomerField, Object, String> text, Runnable reapply, Runnable discard) {
        addClassName("conflict-dialog");
        setHeader("Someone else changed this customer");
        fields.addClassName("conflict-fields");
        for (CustomerField field : changed(base, mine)) {
            Div row = new Div();
            row.addClassName("conflict-field");
            row.addClassNames(LumoUtility.Margin.Bottom.SMALL);
            Span label = new Span(field.label);
            label.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            boolean clash = field.differs(base, theirs);
            row.add(new Div(label),
                    new Div(new Span((clash ? "Theirs (changed): " : "Theirs: ")
                            + text.apply(field, field.valueIn(theirs)))),
                    new Div(new Span("Yours: " + text.apply(field, field.valueIn(mine)))));
            fields.add(row);
        }
        setText(new Div(new Paragraph(who + " saved a newer version at " + when
                + " while you were editing. Your changes were not saved. Re-applying puts your value in each "
                + "field below on top of the newer version; every other field keeps theirs."), fields));
        setConfirmText("Re-apply my changes");
        setRejectable(true);
        setRejectText("Discard my changes");
        setCancelable(true);
        setCancelText("Keep editing");
        addConfirmListener(e -> reapply.run());
        addRejectListener(e -> discard.run());
    }

    /** The fields the edit changed. */
    static List<CustomerField> changed(CustomerEdit base, CustomerEdit mine) {
        return java.util.Arrays.stream(CustomerField.values()).filter(f -> f.differs(base, mine)).toList();
    }
}
