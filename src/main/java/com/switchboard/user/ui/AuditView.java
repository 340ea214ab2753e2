package com.switchboard.user.ui;

import com.switchboard.base.ui.MainLayout;
import com.switchboard.security.AuthEvent;
import com.switchboard.security.Role;
import com.switchboard.user.AuditEntry;
import com.switchboard.user.AuditFilter;
import com.switchboard.user.AuditLog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The audit of authentication, newest first: administrators see every row, managers those about
 * the users of their accounts. Filtered by user, event and UTC date range; the filtered rows export
 * as CSV.
 */
@Route(value = "portal/audit", layout = MainLayout.class)
@PageTitle("Audit log · Switchboard")
@Menu(order = 6, icon = "vaadin:records", title = "Audit log")
@RolesAllowed({Role.ADMIN, Role.MANAGER})
class AuditView extends VerticalLayout {

    final TextField user = new TextField("User");
    final Select<AuthEvent> event = new Select<>();
    final DatePicker from = new DatePicker("From (UTC)");
    final DatePicker to = new DatePicker("To (UTC)");
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export;

    private final transient AuditLog audit;
    private AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditLog audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();

        user.setPlaceholder("Username");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        event.setLabel("Event");
        event.setItems(AuthEvent.values());
        event.setItemLabelGenerator(e -> e == null ? "Any event" : e.label());
        event.setEmptySelectionAllowed(true);
        event.setEmptySelectionCaption("Any event");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(e -> refilter());
        event.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refilter());
        to.addValueChangeListener(e -> refilter());

        grid.addColumn(e -> MyAccountView.TIME.format(e.occurredAt())).setHeader("Time").setKey("time")
                .setAutoWidth(true);
        grid.addColumn(e -> AuthEvent.valueOf(e.event()).label()).setHeader("Event").setKey("event").setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason().toLowerCase().replace('_', ' ')).setHeader("Reason")
                .setKey("reason").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.targetUser())).setHeader("User").setKey("user").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.actor())).setHeader("By").setKey("actor").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.channel())).setHeader("Channel").setKey("channel").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.clientIp())).setHeader("Address").setKey("ip").setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.detail())).setHeader("Detail").setKey("detail");
        grid.addColumn(e -> nullToEmpty(e.userAgent())).setHeader("Client").setKey("agent");
        grid.setItems(q -> audit.list(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) audit.count(filter));
        grid.setSizeFull();

        export = new Anchor((DownloadHandler) this::exportCsv, "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);

        FlexLayout filters = new FlexLayout(user, event, from, to, export);
        filters.addClassName("toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H1("Audit log"), filters, grid);
    }

    private void refilter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        filter = new AuditFilter(user.getValue(), event.getValue(),
                start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        grid.getDataProvider().refreshAll();
    }

    private void exportCsv(DownloadEvent download) throws IOException {
        download.setFileName("audit.csv");
        download.setContentType("text/csv; charset=utf-8");
        var writer = new OutputStreamWriter(download.getOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(filter, writer);
        writer.flush();
    }

    AuditFilter filter() {
        return filter;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
