package com.switchboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** Karibu helpers for confirm dialogs, notifications and work that finishes in the background. */
public final class Dialogs {

    private Dialogs() {}

    public static ConfirmDialog confirmDialog() {
        return _get(ConfirmDialog.class);
    }

    public static String header(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("header");
    }

    public static String text(ConfirmDialog dialog) {
        return dialog.getElement().getProperty("message");
    }

    public static void confirm(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        dialog.close();
    }

    public static void reject(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.RejectEvent(dialog, true));
        dialog.close();
    }

    public static void cancel(ConfirmDialog dialog) {
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, true));
        dialog.close();
    }

    /** The texts of the notifications shown so far. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Dialogs::text).toList();
    }

    private static String text(Notification notification) {
        String text = notification.getElement().getProperty("text");
        if (text != null && !text.isEmpty()) {
            return text;
        }
        return notification.getChildren().map(Component::getElement).map(e -> e.getText()).reduce("", String::concat);
    }

    /** Runs the UI's pending background updates until {@code done} holds, for at most ten seconds. */
    public static <T> T awaitUi(Supplier<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            T value = done.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The UI did not finish in time");
    }
}
