package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import com.switchboard.customer.Customer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** What managers and customers do every day, in a real browser. */
class PortalJourneysTest extends BrowserTest {

    @Autowired Demo demo;

    @Test
    void a_manager_searches_opens_a_customer_and_moves_it_to_staging() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers");
        WebElement search = find("vaadin-text-field[placeholder='Search'] input");
        search.sendKeys("harbor");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-count"), "1 customer"));
        cell("Harbor Veterinary").click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Harbor Veterinary"));
        assertThat(browser.getCurrentUrl()).endsWith("/portal/customers/" + demo.id("Harbor Veterinary"));

        find("vaadin-checkbox.staging-switch input").click();
        WebElement overlay = find("vaadin-confirm-dialog-overlay");
        assertThat(overlay.getText()).contains("Route Harbor Veterinary's numbers to the staging server?");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Route to staging')]")).click();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header .staging-state"), "Staging"));

        Customer stored = demo.customer("Harbor Veterinary");
        assertThat(stored.isStaging()).isTrue();
        assertThat(stored.getLastModifiedBy()).isEqualTo("manager");
        assertThat(demo.historyRows(stored.getId())).isPositive();

        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Harbor Veterinary"));
        assertThat(find(".customer-header .staging-state").getText()).isEqualTo("Staging");
        demo.flipBack(stored.getId(), false);
    }

    @Test
    void a_customer_user_sees_only_its_subtree_and_edits_its_data() {
        signIn("customer", "customer");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), Demo.OWN));
        List<String> children = browser.findElements(By.cssSelector(".children a")).stream()
                .map(WebElement::getText).toList();
        assertThat(children).containsExactly("Downtown Orthodontics", "Downtown Pediatric Dentistry");
        assertThat(browser.findElements(By.xpath("//vaadin-side-nav-item[contains(., 'Customers')]"))).hasSize(1);

        open("/portal/customers/" + demo.id(Demo.SIBLING_OF_OWN));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".not-found h1"), "Customer not found"));
        open("/portal/customers");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-count"), "3 customers"));
        waitFor().until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a.customer-link")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content a.customer-link")).stream()
                .map(WebElement::getText)).containsExactlyInAnyOrder(Demo.OWN, "Downtown Orthodontics", Demo.CHILD_OF_OWN);

        open("/portal/my-customer");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), Demo.OWN));
        tab("Data");
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Add value')]"))).click();
        List<WebElement> rows = waitFor().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".data-row"));
            return found.size() == 5 ? found : null;
        });
        WebElement last = rows.get(rows.size() - 1);
        List<WebElement> inputs = last.findElements(By.cssSelector("vaadin-text-field input"));
        inputs.get(0).sendKeys("parkingSpots");
        inputs.get(1).sendKeys("North lot" + Keys.TAB);
        save();

        waitFor().until(d -> demo.customer(Demo.OWN).getData().values().containsKey("parkingSpots"));
        assertThat(demo.customer(Demo.OWN).getData().values().get("parkingSpots").stringValue()).isEqualTo("North lot");
        assertThat(demo.customer(Demo.OWN).getLastModifiedBy()).isEqualTo("customer");
    }

    @Test
    void a_billing_override_is_saved_and_shown_as_inherited_on_a_child() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        open("/portal/customers/" + demo.id("Birch & Stone Law"));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Birch & Stone Law"));
        tab("Billing");
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-checkbox[contains(., 'Override billing settings')]//label"))).click();
        WebElement baseCost = find(".customer-tab-billing vaadin-number-field input");
        baseCost.sendKeys(Keys.chord(Keys.CONTROL, "a"), "77" + Keys.TAB);
        save();
        waitFor().until(d -> demo.customer("Birch & Stone Law").isOverrideBillingSettings());
        assertThat(demo.customer("Birch & Stone Law").getBillingSettings().base().baseCost()).isEqualTo(77.0);

        open("/portal/customers/" + demo.id("Birch & Stone Chicago Office"));
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"),
                "Birch & Stone Chicago Office"));
        tab("Billing");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".inherited-note"),
                "Inherited from Birch & Stone Law"));
        WebElement inherited = find(".customer-tab-billing vaadin-number-field");
        assertThat(inherited.getAttribute("readonly")).isNotNull();
        assertThat(find(".customer-tab-billing vaadin-number-field input").getAttribute("value")).isEqualTo("77");
    }

    private WebElement cell(String text) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }

    private void tab(String label) {
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"))).click();
    }

    private void save() {
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save']")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
    }
}
