package com.switchboard.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.switchboard.BrowserTest;
import com.switchboard.Demo;
import com.switchboard.account.AccountService;
import com.switchboard.base.domain.Channel;
import com.switchboard.customer.AccountSettings;
import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator reaches an account's Settings page from the account page and adds a tag and a
 * customer field with the keyboard alone in real Chromium; the page and its preview have no serious
 * or critical axe-core finding, light and dark, and nothing runs past a 390 px phone's right edge.
 */
class SettingsJourneyTest extends BrowserTest {

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
            visit(document.querySelector(arguments[0]));
            return found;""";

    @Autowired JdbcTemplate jdbc;
    @Autowired Demo demo;
    @Autowired AccountService accounts;
    @Autowired AccountSettings settings;

    private String account;

    @BeforeEach
    void anAccountWithATag() {
        demo.signIn("admin");
        account = accounts.create("Settings journey " + UUID.randomUUID().toString().substring(0, 8), Channel.API).id();
        settings.patch(account, List.of(Tag.create(null, account, "Existing", TagColor.Green)), null, Channel.API);
        demo.signOut();
    }

    @AfterEach
    void cleanUp() {
        browser.manage().window().setSize(new Dimension(1400, 900));
        ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null");
        jdbc.update("DELETE FROM tag WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account_settings WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account_change WHERE account_id = ?", account);
        jdbc.update("DELETE FROM account WHERE id = ?", account);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void bothThemes(String where) {
        for (boolean dark : new boolean[] {false, true}) {
            js(dark ? "document.body.setAttribute('theme', 'dark')" : "document.body.removeAttribute('theme')");
            assertNoSeriousAxeViolations(where + (dark ? ", dark" : ""));
        }
        js("document.body.removeAttribute('theme')");
    }

    private WebElement button(String text) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "' and not(@disabled)]")));
    }

    @Test
    void an_administrator_adds_a_tag_and_a_field_with_the_keyboard() throws InterruptedException {
        signIn("admin", "admin");
        find("vaadin-side-nav");
        open("/portal/accounts/" + account);
        find(".account-header h1");
        find("a.account-settings-link").sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".settings-view h1"),
                "Settings of"));
        find(".tag-row");
        bothThemes("the settings page");

        button("Add tag").sendKeys(Keys.ENTER);
        Thread.sleep(500);
        new Actions(browser).sendKeys("VIP").sendKeys(Keys.TAB).perform();
        button("Add field").sendKeys(Keys.ENTER);
        Thread.sleep(500);
        new Actions(browser).sendKeys("plan").sendKeys(Keys.TAB).sendKeys("Plan").sendKeys(Keys.TAB).perform();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".data-tab-preview vaadin-text-field")));
        bothThemes("the settings page with a new tag, a new field and its preview");

        button("Save settings").sendKeys(Keys.ENTER);
        waitFor().until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM tag WHERE account_id = ? AND name = 'VIP'",
                Long.class, account) == 1);
        waitFor().until(d -> jdbc.queryForList("SELECT customer_fields FROM account_settings WHERE account_id = ?",
                String.class, account).stream().anyMatch(json -> json.contains("\"plan\"")));
    }

    @Test
    void on_a_phone_nothing_runs_past_the_right_edge() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("admin", "admin");
        find("vaadin-side-nav");
        open("/portal/accounts/" + account + "/settings");
        find(".tag-row");
        button("Add field").click();
        find(".customer-field-editor");
        assertThat(js("return window.innerWidth")).isEqualTo(390L);
        assertThat(js(PAST_THE_RIGHT_EDGE, ".settings-view")).as("the settings page at 390 px").isEqualTo(List.of());
        assertNoSeriousAxeViolations("the settings page at 390 px");
    }
}
