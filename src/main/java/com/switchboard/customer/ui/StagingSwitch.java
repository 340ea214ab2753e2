package com.switchboard.customer.ui;

import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.CustomerDetails;
import com.switchboard.customer.CustomerNotFoundException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staging switch of one customer: a badge (staging in a warning colour), a switch that asks
 * before it routes the numbers, and for {@link #UNDO_WINDOW} after a flip an Undo that flips back
 * as a change of its own. The flip itself is the opener's (through {@link Flip}).
 */
class StagingSwitch extends Composite<HorizontalLayout> {

    static final Duration UNDO_WINDOW = Duration.ofSeconds(10);
    private static final String[] WARNING = {LumoUtility.Background.WARNING, LumoUtility.TextColor.WARNING_CONTRAST,
        LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.FontSize.SMALL,
        LumoUtility.FontWeight.SEMIBOLD, "staging-warning"};

    /** Routes the customer to staging (true) or production, and answers it as it is now. */
    @FunctionalInterface
    interface Flip {
        CustomerDetails to(boolean staging);
    }

    final Checkbox staging = new Checkbox("Staging");
    final Span badge = new Span();
    Button undo;
    private final transient Flip flip;
    private final transient Consumer<CustomerDetails> onFlipped;
    private final transient Supplier<Clock> clock;
    private String customerName = "";
    private boolean setting;
    private Instant flippedAt;

    StagingSwitch(Flip flip, Consumer<CustomerDetails> onFlipped, Supplier<Clock> clock) {
        this.flip = flip;
        this.onFlipped = onFlipped;
        this.clock = clock;
        staging.addClassName("staging-switch");
        staging.addValueChangeListener(e -> {
            if (!setting && e.isFromClient()) {
                show(e.getOldValue());
                confirm(e.getValue());
            }
        });
        badge.addClassName("staging-state");
        HorizontalLayout content = getContent();
        content.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.addClassName(LumoUtility.FlexWrap.WRAP);
        content.add(badge, staging);
    }

    /** Shows the customer's routing without asking anything. */
    void show(CustomerDetails details) {
        customerName = details.customer().getName();
        show(details.customer().isStaging());
    }

    void refuse(String reason) {
        staging.setEnabled(reason == null);
        staging.setHelperText(reason);
    }

    private void show(boolean onStaging) {
        setting = true;
        staging.setValue(onStaging);
        setting = false;
        badge.setText(onStaging ? "Staging" : "Production");
        badge.getElement().getThemeList().clear();
        badge.removeClassNames(WARNING);
        if (onStaging) {
            // the warning colour: the numbers do not reach production
            badge.addClassNames(WARNING);
        } else {
            badge.getElement().getThemeList().add("badge success");
        }
    }

    private void confirm(boolean toStaging) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("staging-confirm");
        confirm.setHeader(toStaging ? "Move to staging?" : "Move to production?");
        confirm.setText("Route " + customerName + "'s numbers to the " + server(toStaging) + " server?");
        confirm.setCancelable(true);
        confirm.setConfirmText(toStaging ? "Route to staging" : "Route to production");
        confirm.addConfirmListener(e -> {
            if (apply(toStaging)) {
                Notifications.success(customerName + "'s numbers now route to " + server(toStaging));
                offerUndo(!toStaging);
            }
        });
        confirm.open();
    }

    private boolean apply(boolean toStaging) {
        try {
            CustomerDetails flipped = flip.to(toStaging);
            show(flipped);
            onFlipped.accept(flipped);
            return true;
        } catch (CustomerNotFoundException | AccessDeniedException ex) {
            Notifications.error("The switch was refused: " + ex.getMessage());
            return false;
        }
    }

    /** An Undo next to the switch for ten seconds; the browser hides it then, and the server refuses it after. */
    private void offerUndo(boolean back) {
        if (undo != null) {
            getContent().remove(undo);
        }
        flippedAt = clock.get().instant();
        undo = new Button("Undo", VaadinIcon.ARROW_BACKWARD.create());
        undo.addClassName("staging-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        undo.setAriaLabel("Undo: route " + customerName + " back to " + server(back));
        undo.addClickListener(e -> undo(back));
        getContent().add(undo);
        undo.getElement().executeJs("const b = this; setTimeout(() => { b.hidden = true; }, $0)",
                (int) UNDO_WINDOW.toMillis());
    }

    void undo(boolean back) {
        getContent().remove(undo);
        undo = null;
        if (Duration.between(flippedAt, clock.get().instant()).compareTo(UNDO_WINDOW) > 0) {
            Notifications.error("Too late to undo: use the switch");
            return;
        }
        if (apply(back)) {
            Notifications.success("Undone: " + customerName + "'s numbers route to " + server(back) + " again");
        }
    }

    private static String server(boolean staging) {
        return staging ? "staging" : "production";
    }
}
