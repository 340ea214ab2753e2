package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
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

/** The customer page in a real browser: unsaved changes, errors on other tabs, Undo, phone size, the tab in the address. */
class CustomerPageJourneyTest extends BrowserTest {

    @Autowired Demo demo;

    @AfterEach
    void desktopSize() {
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    private void openCustomer(String name, String tab) {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers/" + demo.id(name) + (tab == null ? "" : "/" + tab));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), name));
    }

    private WebElement tab(String label) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")));
    }

    private WebElement button(String text) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    private WebElement customersLink() {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='Customers']")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private WebElement field(String label) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-text-field[.//label[normalize-space(.)='" + label + "']]//input")));
    }

    @Test
    void leaving_with_unsaved_changes_asks_and_stays_or_leaves() {
        openCustomer("Granite Gyms", null);
        assertThat(button("Cancel").getAttribute("disabled")).as("nothing to cancel yet").isNotNull();
        field("Reference id").sendKeys("GG-1" + Keys.TAB);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".unsaved-marker")));
        assertThat(button("Save").getAttribute("disabled")).as("there is something to save").isNull();
        assertThat(js("return window.onbeforeunload !== null")).as("the browser asks before unloading").isEqualTo(true);

        customersLink().click();
        WebElement confirm = find("vaadin-confirm-dialog-overlay");
        assertThat(confirm.getText()).contains("Leave without saving?");
        button("Stay").click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog-overlay")));
        assertThat(browser.getCurrentUrl()).contains("/portal/customers/" + demo.id("Granite Gyms"));
        assertThat(field("Reference id").getAttribute("value")).endsWith("GG-1");

        customersLink().click();
        button("Leave and discard").click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".customer-header")));
        assertThat(browser.getCurrentUrl()).doesNotContain(demo.id("Granite Gyms"));
        assertThat(js("return window.onbeforeunload")).isNull();
        assertThat(demo.customer("Granite Gyms").getReferenceId()).isNotEqualTo("GG-1");
    }

    @Test
    void an_error_on_a_hidden_tab_marks_that_tab_and_selects_it() {
        openCustomer("Evergreen Realty", "billing");
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-checkbox[contains(., 'Override billing settings')]//label"))).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".unsaved-marker")));
        WebElement baseCost = find(".customer-tab-billing vaadin-number-field input");
        baseCost.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-3" + Keys.TAB);
        tab("General").click();
        waitFor().until(ExpectedConditions.urlMatches(".*/general$"));
        button("Save").click();

        WebElement billing = find("vaadin-tab[aria-label='Billing (has errors)']");
        waitFor().until(d -> billing.getAttribute("selected") != null);
        assertThat(browser.getCurrentUrl()).endsWith("/billing");
        assertThat(find(".customer-tab-billing vaadin-number-field[invalid]")).isNotNull();
        assertThat(demo.customer("Evergreen Realty").isOverrideBillingSettings()).isFalse();
        button("Cancel").click();
    }

    @Test
    void a_rule_shadowed_by_an_earlier_one_is_warned_about_in_the_list_and_the_dialog() {
        openCustomer(Demo.PARENT_OF_OWN, "schedule");
        find(".schedule-rules");
        button("Duplicate Weekdays").click();
        WebElement warning = find(".schedule-rules .shadow-warning");
        assertThat(warning.getText()).contains("Never applies: Weekdays comes first and covers it");

        List<WebElement> edits = browser.findElements(By.xpath("//vaadin-button[normalize-space(@aria-label)='Edit Weekdays']"));
        edits.get(edits.size() - 1).click();
        WebElement dialog = find("vaadin-dialog-overlay");
        assertThat(dialog.findElement(By.cssSelector(".shadow-warning")).getText())
                .startsWith("This rule never applies at priority 3: Weekdays is tried first");
        dialog.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Cancel']")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
        find(".legend-entry[data-state='Business Hours']");
        button("Cancel").click();
    }

    @Test
    void a_flip_can_be_undone_for_ten_seconds_and_both_are_in_the_history() {
        openCustomer("Juniper Cafe", null);
        String id = demo.id("Juniper Cafe");
        long history = demo.historyRows(id);
        find("vaadin-checkbox.staging-switch input").click();
        button("Route to staging").click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header .staging-state"), "Staging"));
        assertThat(demo.customer("Juniper Cafe").isStaging()).isTrue();

        find(".staging-undo").click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header .staging-state"), "Production"));
        assertThat(demo.customer("Juniper Cafe").isStaging()).isFalse();
        assertThat(demo.historyRows(id)).isEqualTo(history + 2);

        tab("History").click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Staging → Production']")));
        find("vaadin-grid-cell-content");
        assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Routing']")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void on_a_phone_every_tab_fits_the_width_and_save_stays_in_view() {
        browser.manage().window().setSize(new Dimension(390, 844));
        openCustomer(Demo.PARENT_OF_OWN, null);
        for (String label : List.of("General", "Tags", "Data", "Integrations", "Schedule", "Billing", "App settings",
                "History")) {
            WebElement tab = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")));
            js("arguments[0].scrollIntoView({block: 'nearest', inline: 'center'});", tab);
            tab.click();
            waitFor().withMessage("the " + label + " tab opens").until(d -> tab.getAttribute("selected") != null);
            assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling on %s", label).isTrue();
            WebElement save = find(".customer-actions vaadin-button");
            assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect(); "
                    + "return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth", save))
                    .as("Save in view on %s", label).isTrue();
        }
    }

    @Test
    void the_open_tab_is_in_the_address_and_survives_a_reload() {
        openCustomer("Foxglove Florists", null);
        tab("App settings").click();
        waitFor().until(ExpectedConditions.urlMatches(".*/portal/customers/[^/]+/app-settings$"));
        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Foxglove Florists"));
        WebElement selected = find("vaadin-tab[selected]");
        assertThat(selected.getText()).isEqualTo("App settings");
        assertThat(find("vaadin-checkbox")).isNotNull();
    }
}
