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
        for (String path : new String[] {"/portal", "/portal/customers", "/portal/customers/" + demo.id(Demo.OWN),
                "/portal/users", "/portal/audit", "/portal/my-account"}) {
            open(path);
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
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
