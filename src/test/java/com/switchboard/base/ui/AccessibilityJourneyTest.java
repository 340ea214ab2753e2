package com.switchboard.base.ui;

import com.switchboard.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core finds no serious or critical violation on sign-in, the overview, the customers grid (as
 * a manager, an administrator and a customer user), the new-customer and bulk-move dialogs, the
 * users, audit log and my-account views with the new-user dialog, and the not-allowed view, in the
 * light and the dark theme.
 */
class AccessibilityJourneyTest extends BrowserTest {

    @Test
    void sign_in_is_accessible() {
        open("/login");
        find("vaadin-login-form input[name='username']");
        assertNoSeriousAxeViolations("sign-in");
    }

    @Test
    void a_managers_overview_grid_and_dialogs_are_accessible_in_light_and_dark() throws InterruptedException {
        signIn("manager", "manager");
        find(".figure-customers");
        try {
            for (String theme : new String[] {"light", "dark"}) {
                open("/portal");
                find(".figure-customers");
                assertNoSeriousAxeViolations("overview (" + theme + ")");

                open("/portal/customers");
                gridLoaded();
                assertNoSeriousAxeViolations("customers grid (" + theme + ")");

                browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='New customer']")).click();
                find("vaadin-dialog-overlay");
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-button[normalize-space(.)='Create']")));
                settle();
                assertNoSeriousAxeViolations("new-customer dialog (" + theme + ")");
                new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));

                browser.findElement(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Select all')]")).click();
                waitFor().until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[normalize-space(.)='Move to staging']"))).click();
                find("vaadin-dialog-overlay");
                settle();
                assertNoSeriousAxeViolations("bulk-move confirmation (" + theme + ")");
                browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Cancel']")).click();
                waitFor().until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("vaadin-dialog-overlay")));

                if (theme.equals("light")) {
                    switchTheme("Dark theme", true);
                }
            }
        } finally {
            switchTheme("Light theme", false);
        }
    }

    @Test
    void an_administrators_and_a_customer_users_grid_are_accessible_in_light_and_dark() {
        for (String user : new String[] {"admin", "customer"}) {
            forgetSession();
            signIn(user, user);
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            try {
                open("/portal/customers");
                gridLoaded();
                assertNoSeriousAxeViolations("customers grid of " + user + " (light)");
                switchTheme("Dark theme", true);
                gridLoaded();
                assertNoSeriousAxeViolations("customers grid of " + user + " (dark)");
            } finally {
                switchTheme("Light theme", false);
            }
        }
    }

    @Test
    void the_user_administration_views_and_a_refusal_are_accessible_in_light_and_dark() {
        signIn("admin", "admin");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        try {
            for (String theme : new String[] {"light", "dark"}) {
                open("/portal/users");
                waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Users"));
                find("vaadin-grid");
                assertNoSeriousAxeViolations("users (" + theme + ")");

                browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='New user']")).click();
                find("vaadin-dialog-overlay");
                assertNoSeriousAxeViolations("new-user dialog (" + theme + ")");
                new Actions(browser).sendKeys(Keys.ESCAPE).perform();
                waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));

                open("/portal/audit");
                waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Audit log"));
                find("vaadin-grid");
                assertNoSeriousAxeViolations("audit log (" + theme + ")");

                open("/portal/my-account");
                waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "My account"));
                assertNoSeriousAxeViolations("my account (" + theme + ")");

                if (theme.equals("light")) {
                    switchTheme("Dark theme", true);
                }
            }
        } finally {
            switchTheme("Light theme", false);
        }
        forgetSession();
        signIn("customer", "customer");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        open("/portal/users");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "Not allowed"));
        assertNoSeriousAxeViolations("not-allowed view");
    }

    /** Lets an opening overlay finish its fade-in, which axe would measure at partial opacity. */
    private static void settle() throws InterruptedException {
        Thread.sleep(800);
    }

    private void gridLoaded() {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid-cell-content a.customer-link")));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content .badge-production")));
    }

    private void switchTheme(String label, boolean dark) {
        var buttons = browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + label + "']"));
        if (buttons.isEmpty()) {
            return;
        }
        buttons.get(0).click();
        if (dark) {
            waitFor().until(ExpectedConditions.attributeContains(By.tagName("body"), "theme", "dark"));
        } else {
            waitFor().until(d -> !String.valueOf(d.findElement(By.tagName("body")).getAttribute("theme")).contains("dark"));
        }
    }
}
