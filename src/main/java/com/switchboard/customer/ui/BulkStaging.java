package com.switchboard.customer.ui;

import com.switchboard.base.ui.Notifications;
import com.switchboard.customer.BulkResult;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.StagingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Moving many customers to staging or production: a confirmation that names how many and the
 * first of them, progress while the moves run in the background, and a summary of what changed and
 * what was refused.
 */
class BulkStaging {

    /** How many customers the confirmation names before "and N more". */
    static final int NAMED = 5;

    private final transient StagingService staging;
    private final transient TaskExecutor executor;
    private final Runnable onDone;

    BulkStaging(StagingService staging, TaskExecutor executor, Runnable onDone) {
        this.staging = staging;
        this.executor = executor;
        this.onDone = onDone;
    }

    /**
     * Asks before moving {@code rows}; moves them when confirmed. A plain modal dialog: it keeps the
     * page behind it inert for assistive technology as well as hidden.
     */
    Dialog confirm(List<CustomerRow> rows, boolean toStaging) {
        List<CustomerRow> sorted = rows.stream().sorted(Comparator.comparing(CustomerRow::name)).toList();
        String target = target(toStaging);
        Dialog confirm = new Dialog();
        confirm.addClassName("bulk-confirm");
        confirm.setHeaderTitle("Move " + Plural.of(sorted.size(), "customer") + " to " + target + "?");
        UnorderedList names = new UnorderedList();
        names.addClassName("bulk-names");
        sorted.stream().limit(NAMED).forEach(row -> names.add(new ListItem(row.name())));
        if (sorted.size() > NAMED) {
            names.add(new ListItem("and " + (sorted.size() - NAMED) + " more"));
        }
        confirm.add(names, new Paragraph("Their phone numbers will route to the " + target + " server."));
        confirm.setWidth("min(32rem, 100%)");
        Button cancel = new Button("Cancel", e -> confirm.close());
        Button move = new Button("Move " + Plural.of(sorted.size(), "customer"), e -> {
            confirm.close();
            run(sorted, toStaging);
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClassName("bulk-move");
        confirm.getFooter().add(cancel, move);
        confirm.open();
        return confirm;
    }

    private static String target(boolean toStaging) {
        return toStaging ? "staging" : "production";
    }

    private void run(List<CustomerRow> rows, boolean toStaging) {
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar(0, rows.size());
        bar.getElement().setAttribute("aria-label", "Progress");
        Span progressText = new Span("0 of " + rows.size());
        Dialog progress = new Dialog(new VerticalLayout(bar, progressText));
        progress.setHeaderTitle("Moving " + Plural.of(rows.size(), "customer") + " to " + target(toStaging) + "…");
        progress.setCloseOnOutsideClick(false);
        progress.setCloseOnEsc(false);
        progress.setWidth("min(24rem, 100%)");
        progress.open();
        ui.setPollInterval(300);
        List<String> ids = rows.stream().map(CustomerRow::id).toList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(d -> names.put(d.id(), d.name()));
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                BulkResult result = staging.setStagingMany(ids, toStaging, Channel.UI,
                        done -> ui.access(() -> {
                            bar.setValue(done);
                            progressText.setText(done + " of " + ids.size());
                        }));
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.close();
                    summary(result, toStaging, names);
                    onDone.run();
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    progress.close();
                    Notifications.error("The move stopped: " + e.getMessage());
                    onDone.run();
                });
                throw e;
            }
        }));
    }

    private static void summary(BulkResult result, boolean toStaging, Map<String, String> names) {
        String target = target(toStaging);
        Dialog summary = new Dialog();
        summary.addClassName("bulk-summary");
        summary.setHeaderTitle("Moved to " + target);
        VerticalLayout lines = new VerticalLayout();
        lines.add(new Span(result.changed() + " moved to " + target));
        lines.add(new Span(result.unchanged() + " already on " + target));
        lines.add(new Span(result.refused().size() + " refused"));
        result.refused().forEach(r -> lines.add(new Span("· " + names.getOrDefault(r.customerId(), r.customerId())
                + ": " + r.reason())));
        summary.add(lines);
        summary.getFooter().add(new Button("Close", e -> summary.close()));
        summary.open();
    }
}
