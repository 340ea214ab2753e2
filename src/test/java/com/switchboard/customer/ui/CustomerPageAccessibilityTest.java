package com.switchboard.customer.ui;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core finds no serious or critical violation on any tab of the customer page or in the rule dialog, light and dark. */
class CustomerPageAccessibilityTest extends BrowserTest {

    private static final List<String> TABS = List.of("general", "tags", "data", "integrations", "schedule", "billing",
            "app-settings", "history");

    @Autowired Demo demo;

    private void theme(boolean dark) {
        ((JavascriptExecutor) browser).executeScript(dark ? "document.body.setAttribute('theme', 'dark')"
                : "document.body.removeAttribute('theme')");
    }

    private void openTab(String key) {
        open("/portal/customers/" + demo.id(Demo.PARENT_OF_OWN) + "/" + key);
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), Demo.PARENT_OF_OWN));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-tab[selected]")));
    }

    @Test
    void every_tab_in_light_and_dark() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        for (String key : TABS) {
            openTab(key);
            if (key.equals("schedule")) {
                waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-segment")));
            }
            for (boolean dark : new boolean[] {false, true}) {
                theme(dark);
                assertNoSeriousAxeViolations("the " + key + " tab" + (dark ? ", dark" : ""));
            }
            theme(false);
        }
    }

    @Test
    void the_rule_dialog_in_light_and_dark() {
        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figure-customers")));
        openTab("schedule");
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Add rule')]"))).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay .rule-summary")));
        for (boolean dark : new boolean[] {false, true}) {
            theme(dark);
            assertNoSeriousAxeViolations("the rule dialog" + (dark ? ", dark" : ""));
        }
        theme(false);
    }
}
