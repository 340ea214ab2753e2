package com.switchboard.schedule.ui;

import com.switchboard.base.domain.ValidationException;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.ScheduleState;
import com.switchboard.schedule.Transition;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The live preview of an unsaved schedule: the state now, seven days as a strip coloured by state
 * with its legend and day labels, the next ten changes, and the state at any moment.
 */
class SchedulePreview extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    final Span stateNow = new Span();
    final Div timeline = new Div();
    final Div days = new Div();
    final Div legend = new Div();
    final VerticalLayout upcoming = new VerticalLayout();
    final DateTimePicker when = new DateTimePicker("What is the state at…");
    final Span stateAtWhen = new Span();
    private final transient ScheduleEditor.Preview preview;
    private final transient Supplier<Clock> clock;
    private Schedule shown;
    /** The zone of the schedule last evaluated; null while the edit is invalid or applies none. */
    private ZoneId zone;

    SchedulePreview(ScheduleEditor.Preview preview, Supplier<Clock> clock) {
        this.preview = preview;
        this.clock = clock;
        addClassName("schedule-preview");
        setPadding(false);
        stateNow.addClassName("state-now");
        timeline.addClassName("schedule-strip");
        timeline.getElement().setAttribute("role", "img");
        days.addClassName("schedule-days");
        days.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        legend.addClassName("schedule-legend");
        legend.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.FontSize.SMALL);
        upcoming.setPadding(false);
        upcoming.setSpacing(false);
        upcoming.addClassName("upcoming");
        when.setLocale(RuleText.PICKER_LOCALE);
        when.addValueChangeListener(e -> showStateAtWhen());
        add(new H3("Preview of this edit"), stateNow, timeline, days, legend, new Span("Next changes"), upcoming, when,
                stateAtWhen);
    }

    /** Shows the preview of {@code candidate}, or {@code problem} instead when it is not valid. */
    void show(Schedule candidate, String problem) {
        shown = candidate;
        timeline.removeAll();
        days.removeAll();
        legend.removeAll();
        upcoming.removeAll();
        zone = null;
        if (problem != null) {
            stateNow.setText("Fix the schedule to see a preview");
            stateAtWhen.setText("");
            return;
        }
        try {
            Instant now = clock.get().instant();
            ScheduleState state = preview.stateAt(candidate, now);
            if (state.stateName() == null) {
                stateNow.setText("No schedule applies");
                stateAtWhen.setText("");
                return;
            }
            stateNow.setText("Now: " + state.stateName());
            zone = ZoneId.of(state.timeZoneId());
            Instant from = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            Instant to = from.plus(Duration.ofDays(7));
            draw(preview.stateAt(candidate, from).stateName(), preview.transitions(candidate, from, to), from, to);
            List<Transition> next = preview.transitions(candidate, now, now.plus(Duration.ofDays(400))).stream()
                    .limit(10).toList();
            next.forEach(t -> upcoming.add(new Span(WHEN.format(t.at().atZone(zone)) + " → " + t.state())));
            if (next.isEmpty()) {
                upcoming.add(new Span("No change within a year"));
            }
            showStateAtWhen();
        } catch (ValidationException e) {
            stateNow.setText(e.getMessage());
        }
    }

    private void draw(String initial, List<Transition> changes, Instant from, Instant to) {
        double total = Duration.between(from, to).toMillis();
        Instant segmentStart = from;
        String state = initial;
        List<Transition> all = new ArrayList<>(changes);
        all.add(new Transition(to, null));
        Set<String> states = new LinkedHashSet<>();
        List<String> described = new ArrayList<>();
        for (Transition t : all) {
            if (t.at().isAfter(segmentStart) && state != null) {
                Div segment = new Div();
                segment.addClassName("timeline-segment");
                double width = Duration.between(segmentStart, t.at()).toMillis() / total * 100;
                // its share of the week and its state's colour, both known only now
                segment.getStyle().set("width", String.format(Locale.ROOT, "%.4f%%", width))
                        .set("background", StateColors.of(state));
                String text = state + ": " + WHEN.format(segmentStart.atZone(zone)) + " – "
                        + WHEN.format(t.at().atZone(zone));
                segment.getElement().setAttribute("title", text);
                segment.getElement().setAttribute("data-state", state);
                timeline.add(segment);
                states.add(state);
                described.add(text);
            }
            segmentStart = t.at();
            state = t.state();
        }
        timeline.getElement().setAttribute("aria-label", "The next seven days: " + String.join("; ", described));
        LocalDate first = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < 7; i++) {
            LocalDate day = first.plusDays(i);
            Span label = new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + day.getDayOfMonth());
            label.addClassName("schedule-day");
            days.add(label);
        }
        for (String name : states) {
            Span swatch = new Span();
            swatch.addClassName("legend-swatch");
            swatch.getStyle().set("background", StateColors.of(name));
            Span entry = new Span(swatch, new Span(name));
            entry.addClassName("legend-entry");
            entry.getElement().setAttribute("data-state", name);
            legend.add(entry);
        }
    }

    void showStateAtWhen() {
        LocalDateTime at = when.getValue();
        if (at == null || zone == null || shown == null) {
            stateAtWhen.setText("");
            return;
        }
        stateAtWhen.setText(preview.stateAt(shown, at.atZone(zone).toInstant()).stateName());
    }
}
