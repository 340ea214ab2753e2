package com.switchboard.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's short messages, at the top of the screen so that they never cover an action bar:
 * successes fade after a few seconds; errors stay until closed, and go away when the user navigates
 * elsewhere ({@link #closeErrors}).
 */
public final class Notifications {

    static final int SUCCESS_MILLIS = 4000;

    private Notifications() {}

    public static Notification success(String text) {
        Notification n = new Notification(text, SUCCESS_MILLIS, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.addClassName("notification-success");
        n.open();
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("notification-error");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.getElement().setAttribute("aria-label", "Close");
        close.addClassName("notification-close");
        Span message = new Span(text);
        message.addClassName("notification-text");
        n.add(message, close);
        UI ui = UI.getCurrent();
        if (ui != null) {
            openErrors(ui).add(n);
            n.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    openErrors(ui).remove(n);
                }
            });
        }
        n.open();
        return n;
    }

    /** Closes the error messages of {@code ui} (the user moved on to another view). */
    public static void closeErrors(UI ui) {
        new ArrayList<>(openErrors(ui)).forEach(Notification::close);
    }

    @SuppressWarnings("unchecked")
    private static List<Notification> openErrors(UI ui) {
        List<Notification> errors = (List<Notification>) ComponentUtil.getData(ui, Notifications.class.getName());
        if (errors == null) {
            errors = new ArrayList<>();
            ComponentUtil.setData(ui, Notifications.class.getName(), errors);
        }
        return errors;
    }
}
