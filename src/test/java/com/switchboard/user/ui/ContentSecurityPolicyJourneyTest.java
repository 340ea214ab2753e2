package com.switchboard.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view of the portal, as an administrator, under the Content-Security-Policy: the base class
 * fails the test on any violation the browser reports.
 */
class ContentSecurityPolicyJourneyTest extends BrowserTest {

    @Autowired Demo demo;

    @Test
    void every_view_works_under_the_content_security_policy() {
        signIn("admin", "admin");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
        String[][] views = {{"/portal", "Overview"}, {"/portal/customers", "Customers"},
                {"/portal/customers/" + demo.id(Demo.OWN), Demo.OWN}, {"/portal/users", "Users"},
                {"/portal/audit", "Audit log"}, {"/portal/my-account", "My account"}};
        for (String[] view : views) {
            open(view[0]);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(
                        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), view[1]));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(view[0] + " did not show " + view[1] + ": " + browser.getCurrentUrl(), e);
            }
        }
        find("vaadin-grid");
        assertThat(browser.getTitle()).contains("My account");
    }

    @Test
    void the_sign_in_page_works_under_it_and_says_how_long_to_wait_when_throttled() {
        open("/login?throttled=3");
        waitFor().until(driver -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f && f.i18n && f.i18n.errorMessage"
                        + " ? f.i18n.errorMessage.message : ''")).contains("try again in 3 minutes"));
    }
}
