package com.switchboard.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

class SignInJourneyTest extends BrowserTest {

    @Test
    void a_manager_signs_in_sees_its_accounts_switches_theme_and_signs_out() {
        open("/portal");
        waitFor().until(ExpectedConditions.urlContains("/login"));

        signIn("manager", "wrong");
        waitFor().until(driver -> loginFormShowsError());
        assertThat(browser.getCurrentUrl()).contains("/login");

        signIn("manager", "manager");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".figure-customers .figure-value"), "21"));
        assertThat(find(".figure-staging .figure-value").getText()).isEqualTo("2");
        assertThat(find(".user-name").getText()).isEqualTo("manager");
        assertThat(find("vaadin-side-nav-item").getText()).contains("Overview");

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Dark theme')]")).click();
        waitFor().until(ExpectedConditions.attributeContains(By.tagName("body"), "theme", "dark"));

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Sign out')]")).click();
        waitFor().until(ExpectedConditions.urlContains("/login"));
        open("/portal");
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    private boolean loginFormShowsError() {
        try {
            return browser.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error") != null;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
        }
    }

    @Test
    void a_customer_user_lands_on_its_own_customer() {
        signIn("customer", "customer");
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".customer-header h1"), "Acme Dental Downtown"));
        assertThat(find(".user-role").getText()).isEqualTo("Customer");
        assertThat(browser.getCurrentUrl()).contains("/portal/customers/");
    }
}
