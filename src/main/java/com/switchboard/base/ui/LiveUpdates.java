package com.switchboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live updates for a component: while it is attached it is subscribed to a source of events, and
 * each event is handed to it inside {@link UI#access}, pushed to the browser at once, signed in as
 * the user who opened the view (so the services it calls apply that user's access). Detaching
 * ends the subscription.
 */
public final class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private LiveUpdates() {}

    /**
     * Subscribes {@code component} to {@code source} while it is attached. {@code source} takes a
     * listener and answers how to unsubscribe it; {@code onEvent} runs on the component's UI.
     *
     * @return ends the live updates for good
     */
    public static <T> Registration whileAttached(Component component,
            Function<Consumer<T>, Registration> source, SerializableConsumer<T> onEvent) {
        Subscriber<T> subscriber = new Subscriber<>(source, onEvent);
        component.getUI().ifPresent(subscriber::start);
        Registration attach = component.addAttachListener(e -> subscriber.start(e.getUI()));
        Registration detach = component.addDetachListener(e -> subscriber.stop());
        return () -> {
            attach.remove();
            detach.remove();
            subscriber.stop();
        };
    }

    private static final class Subscriber<T> {
        private final transient Function<Consumer<T>, Registration> source;
        private final SerializableConsumer<T> onEvent;
        private Registration subscription;

        Subscriber(Function<Consumer<T>, Registration> source, SerializableConsumer<T> onEvent) {
            this.source = source;
            this.onEvent = onEvent;
        }

        synchronized void start(UI ui) {
            stop();
            SecurityContext viewer = SecurityContextHolder.getContext();
            subscription = source.apply(event -> {
                try {
                    ui.access(() -> new DelegatingSecurityContextRunnable(() -> onEvent.accept(event), viewer).run());
                } catch (UIDetachedException e) {
                    log.debug("An update for a closed view was dropped");
                }
            });
        }

        synchronized void stop() {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        }
    }
}
