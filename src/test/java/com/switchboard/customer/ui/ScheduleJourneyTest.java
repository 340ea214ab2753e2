package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import com.switchboard.schedule.Schedule;
import com.switchboard.schedule.SchedulingRule;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager builds a schedule with a weekday rule in a real browser. */
class ScheduleJourneyTest extends BrowserTest {

    @Autowired Demo demo;

    /**
     * The elements under the Schedule tab, their shadow roots included, whose right edge runs past
     * the viewport's: "tag.class right" for each.
     */
    private static final String PAST_THE_RIGHT_EDGE = """
            const found = [];
            const visit = root => root.querySelectorAll('*').forEach(e => {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > window.innerWidth + 0.5) {
                found.push(e.localName + (e.className && e.className.baseVal === undefined && e.className
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right));
              }
              if (e.shadowRoot) visit(e.shadowRoot);
            });
            visit(document.querySelector('.schedule-editor'));
            return found;""";

    @AfterEach
    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    @Test
    void on_a_phone_nothing_on_the_schedule_tab_runs_past_the_right_edge() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers/" + demo.id("Delta Plumbing") + "/schedule");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-segment")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth")).isEqualTo(390L);
        assertThat(((JavascriptExecutor) browser).executeScript(PAST_THE_RIGHT_EDGE))
                .as("elements of the Schedule tab past the right edge of a 390 px viewport").isEqualTo(List.of());
    }

    @Test
    void a_manager_creates_a_weekday_rule_sees_the_preview_and_saves() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers/" + demo.id("Foxglove Florists"));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Foxglove Florists"));
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='Schedule']"))).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-segment")));
        assertThat(((JavascriptExecutor) browser).executeScript("const strip = document.querySelector('.schedule-strip')"
                + ".getBoundingClientRect(); const days = [...document.querySelectorAll('.schedule-day')]"
                + ".map(d => d.getBoundingClientRect().width); const swatch = document.querySelector('.legend-swatch')"
                + ".getBoundingClientRect(); return [strip.height > 0 && [...document.querySelectorAll('.timeline-segment')]"
                + ".every(s => Math.abs(s.getBoundingClientRect().top - strip.top) < 1), days.length === 7"
                + " && Math.max(...days) - Math.min(...days) < 1, swatch.width > 0 && swatch.width === swatch.height];"))
                .as("the week is one strip, seven equal day columns, square legend swatches")
                .isEqualTo(List.of(true, true, true));

        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Add rule')]"))).click();
        WebElement dialog = find("vaadin-dialog-overlay");
        WebElement name = dialog.findElement(By.xpath(".//vaadin-text-field[.//label[normalize-space(.)='Name']]//input"));
        name.sendKeys("Saturday mornings");
        WebElement state = dialog.findElement(By.xpath(".//vaadin-combo-box[.//label[normalize-space(.)='State']]//input"));
        state.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Weekend Desk", Keys.ENTER);
        WebElement saturday = dialog.findElement(By.xpath(".//vaadin-checkbox[contains(@class, 'weekday-chip')]"
                + "[.//label[normalize-space(.)='Sat']]"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].querySelector('input').click();", saturday);
        waitFor().until(d -> d.findElement(By.cssSelector(".rule-summary")).getDomProperty("textContent")
                .equals("Every Saturday, 09:00–17:00 → Weekend Desk"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='OK']")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));

        waitFor().until(d -> !d.findElements(By.cssSelector(".timeline-segment[data-state='Weekend Desk']")).isEmpty());
        List<String> upcoming = browser.findElements(By.cssSelector(".upcoming span")).stream()
                .map(WebElement::getText).toList();
        assertThat(upcoming).anyMatch(line -> line.endsWith("→ Weekend Desk"));

        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save']")).click();
        waitFor().until(d -> demo.customer("Foxglove Florists").getSchedule().rules().stream()
                .anyMatch(r -> "Weekend Desk".equals(r.state())));
        Schedule saved = demo.customer("Foxglove Florists").getSchedule();
        SchedulingRule rule = saved.rules().stream().filter(r -> "Weekend Desk".equals(r.state())).findFirst()
                .orElseThrow();
        assertThat(rule.byDay()).extracting(SchedulingRule.Day::dayOfWeek).containsExactly(java.time.DayOfWeek.SATURDAY);
        assertThat(rule.name()).isEqualTo("Saturday mornings");

        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='Schedule']"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".schedule-rules"),
                "Every Saturday, 09:00–17:00 → Weekend Desk"));
    }
}
